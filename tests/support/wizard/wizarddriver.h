#pragma once

#include "zohoaccountsemulator.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class OnboardingWizard;
class VerifyPage;

// The set-up the wizard tests share: an emulator of Zoho's accounts servers on loopback that the
// wizard (through the environment) talks to, the sample client registered with both return
// addresses, the wizard opened as a person finds it, and the walks a person makes: from the welcome
// page to the check page (a data center chosen, the two values pasted, Next), and past every page.
class WizardDriver
{
public:
    // Starts the emulator for `dataCenters` and points ZOHO_ONBOARDING_ACCOUNTS_SERVERS at it.
    // `redirectUris`: what the sample client has in Zoho; by default hotglue's and the assistant's
    // own (at LoopbackAddress's configured port). False, with errorString(), when it cannot listen.
    bool startZoho(const QStringList &dataCenters, const QStringList &redirectUris = defaultRedirectUris());
    // The same Zoho knowing no client yet: the sample client's check fails ("not here", with the fix
    // of choosing another data center) until one is added.
    bool startZohoKnowingNoClient(const QStringList &dataCenters);
    static QStringList defaultRedirectUris();
    QString errorString() const;
    ZohoAccountsEmulator &zoho() { return *m_zoho; }

    // Shows `wizard` as the tests find it: a browser that shows Zoho's page and waits there,
    // `dataCenter` chosen beforehand ("auto" for "I don't know"; none when empty), the window
    // exposed and the keychain's answer about stored credentials in. False (said why) otherwise.
    static bool open(OnboardingWizard &wizard, const QString &dataCenter = QStringLiteral("eu"));

    // From wherever the wizard is to the check page, as a person: on the welcome page `dataCenter`
    // is chosen ("auto" for "I don't know"), Next up to the credentials page, the values pasted,
    // Next. Returns the check page; nullptr when the walk did not get there.
    static VerifyPage *walkToCheck(OnboardingWizard &wizard, const QString &clientId, const QString &secret,
                                   const QString &dataCenter = QStringLiteral("eu"));
    // The credentials page's two fields, filled as a paste would.
    static bool paste(OnboardingWizard &wizard, const QString &clientId, const QString &secret);

    // The walks past every page call this on each page with its name ("01-welcome", …): what a test
    // checks there, and the name its screenshot is saved under.
    using AtPage = std::function<void(const QString &name)>;
    // The walks fail the running test (QTest) where the wizard does not go on; a check failed in
    // `atPage` ends them too. Callers look at QTest::currentTestFailed() after each.
    //
    // From the welcome page through the guide's steps to the credentials page, each page shown
    // ("01-welcome" … "07-credentials") before Next.
    static void walkGuide(OnboardingWizard &wizard, const AtPage &atPage);
    // From the credentials page, filled with values whose check fails: Next, the check failed
    // ("08-verify-failed"), then its fix: "09-verify-choose-data-center" (another data center, for
    // a client Zoho does not know there) or "09-verify-add-redirect-address" (an address the
    // client lacks).
    static void walkFailedCheck(OnboardingWizard &wizard, const AtPage &atPage);
    // The last pages, with the sample client as if verified and stored: the Done page ("10-done")
    // and the returning customer's status page ("11-returning-status").
    static void walkStoredPages(OnboardingWizard &wizard, const AtPage &atPage);

private:
    std::unique_ptr<ZohoAccountsEmulator> m_zoho = std::make_unique<ZohoAccountsEmulator>();
};
