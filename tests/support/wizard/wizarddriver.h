#pragma once

#include "zohoaccountsemulator.h"

#include <QString>
#include <QStringList>

#include <memory>

class OnboardingWizard;
class VerifyPage;

// The set-up the wizard tests share: an emulator of Zoho's accounts servers on loopback that the
// wizard (through the environment) talks to, the sample client registered with both return
// addresses, and the walk a person makes from the welcome page to the check page: a data center
// chosen, the two values pasted, Next.
class WizardDriver
{
public:
    // Starts the emulator for `dataCenters` and points ZOHO_ONBOARDING_ACCOUNTS_SERVERS at it.
    // `redirectUris`: what the sample client has in Zoho; by default hotglue's and the assistant's
    // own (at LoopbackAddress's configured port). False, with errorString(), when it cannot listen.
    bool startZoho(const QStringList &dataCenters, const QStringList &redirectUris = defaultRedirectUris());
    static QStringList defaultRedirectUris();
    QString errorString() const;
    ZohoAccountsEmulator &zoho() { return *m_zoho; }

    // From wherever the wizard is to the check page, as a person: on the welcome page `dataCenter`
    // is chosen ("auto" for "I don't know"), Next up to the credentials page, the values pasted,
    // Next. Returns the check page; nullptr when the walk did not get there.
    static VerifyPage *walkToCheck(OnboardingWizard &wizard, const QString &clientId, const QString &secret,
                                   const QString &dataCenter = QStringLiteral("eu"));
    // The credentials page's two fields, filled as a paste would.
    static bool paste(OnboardingWizard &wizard, const QString &clientId, const QString &secret);

private:
    std::unique_ptr<ZohoAccountsEmulator> m_zoho = std::make_unique<ZohoAccountsEmulator>();
};
