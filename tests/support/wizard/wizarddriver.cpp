#include "wizarddriver.h"

#include "credentials.h"
#include "loopbackaddress.h"
#include "onboardingguide.h"
#include "onboardingwizard.h"
#include "pages/credentialspage.h"
#include "pages/verifypage.h"
#include "pages/welcomepage.h"
#include "sampleclient.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

bool WizardDriver::startZoho(const QStringList &dataCenters, const QStringList &redirectUris)
{
    if (!startZohoKnowingNoClient(dataCenters))
        return false;
    m_zoho->addClient({SampleClient::clientId, SampleClient::secret, QStringLiteral("eu"), redirectUris, false});
    return true;
}

bool WizardDriver::startZohoKnowingNoClient(const QStringList &dataCenters)
{
    if (!m_zoho->start(dataCenters))
        return false;
    qputenv("ZOHO_ONBOARDING_ACCOUNTS_SERVERS", m_zoho->overridesSpec().toUtf8());
    return true;
}

QStringList WizardDriver::defaultRedirectUris()
{
    return {OnboardingGuide::integrationRedirectUri().toString(), LoopbackAddress::redirectUri().toString()};
}

QString WizardDriver::errorString() const
{
    return m_zoho->errorString();
}

bool WizardDriver::open(OnboardingWizard &wizard, const QString &dataCenter)
{
    wizard.setUrlOpener([](const QUrl &) { return true; });
    if (!dataCenter.isEmpty())
        wizard.setDataCenterChoice(dataCenter);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard)) {
        qWarning("WizardDriver::open: the window was not exposed");
        return false;
    }
    // The keychain is read once the window shows; the tests start from its answer.
    if (!QTest::qWaitFor([&wizard] { return wizard.storedCredentialsChecked(); }, 10000)) {
        qWarning("WizardDriver::open: no answer from the keychain about stored credentials within 10 s");
        return false;
    }
    return true;
}

bool WizardDriver::paste(OnboardingWizard &wizard, const QString &clientId, const QString &secret)
{
    auto *page = qobject_cast<CredentialsPage *>(wizard.currentPage());
    if (!page)
        return false;
    page->clientIdEdit()->clear();
    page->secretEdit()->clear();
    page->clientIdEdit()->insert(clientId);
    page->secretEdit()->insert(secret);
    return true;
}

VerifyPage *WizardDriver::walkToCheck(OnboardingWizard &wizard, const QString &clientId, const QString &secret,
                                      const QString &dataCenter)
{
    if (auto *welcome = qobject_cast<WelcomePage *>(wizard.currentPage()))
        welcome->dataCenterBox()->setCurrentIndex(welcome->dataCenterBox()->findData(dataCenter));
    // Each Next as a click, so that the pages' own checks run as they do for a person.
    for (int guard = 0; wizard.currentId() != OnboardingWizard::CredentialsPageId && guard < 20; ++guard) {
        if (!wizard.button(QWizard::NextButton)->isEnabled())
            return nullptr;
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }
    if (!paste(wizard, clientId, secret) || !wizard.button(QWizard::NextButton)->isEnabled())
        return nullptr;
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    return qobject_cast<VerifyPage *>(wizard.currentPage());
}

void WizardDriver::walkGuide(OnboardingWizard &wizard, const AtPage &atPage)
{
    const QStringList names{QStringLiteral("01-welcome"), QStringLiteral("02-step1"), QStringLiteral("03-step2"),
                            QStringLiteral("04-step3"), QStringLiteral("05-step4"), QStringLiteral("06-step5"),
                            QStringLiteral("07-credentials")};
    QCOMPARE(wizard.currentId(), int(OnboardingWizard::WelcomePageId));
    for (const QString &name : names) {
        QCoreApplication::processEvents();
        atPage(name);
        if (QTest::currentTestFailed())
            return;
        if (wizard.currentId() != OnboardingWizard::CredentialsPageId)
            wizard.next();
    }
    QCOMPARE(wizard.currentId(), int(OnboardingWizard::CredentialsPageId));
}

void WizardDriver::walkFailedCheck(OnboardingWizard &wizard, const AtPage &atPage)
{
    wizard.next();
    auto *verify = qobject_cast<VerifyPage *>(wizard.currentPage());
    QVERIFY(verify);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::CheckFailed, 15000);
    QVERIFY(verify->fixButton()->isVisible());
    atPage(QStringLiteral("08-verify-failed"));
    if (QTest::currentTestFailed())
        return;
    verify->fixButton()->click();
    // Named for the fix on screen: which one depends on the client the test's Zoho knows.
    if (verify->dataCenterChooser()->isVisible())
        atPage(QStringLiteral("09-verify-choose-data-center"));
    else if (verify->redirectHelp()->isVisible())
        atPage(QStringLiteral("09-verify-add-redirect-address"));
    else
        QFAIL("the fix shows neither the data-center chooser nor the missing address");
}

void WizardDriver::walkStoredPages(OnboardingWizard &wizard, const AtPage &atPage)
{
    Credentials stored{SampleClient::clientId, SampleClient::secret, QStringLiteral("eu"), QDateTime::currentDateTimeUtc()};
    stored.verifiedAccount = QStringLiteral("jane@example.com");
    wizard.setCredentials(stored);
    wizard.setVerifiedAccount(stored.verifiedAccount);
    wizard.setSignedIn(true);
    wizard.setCredentialsStored(true);
    wizard.startOver(OnboardingWizard::DonePageId);
    atPage(QStringLiteral("10-done"));
    if (QTest::currentTestFailed())
        return;
    wizard.setStoredCredentials(stored);
    wizard.startOver(OnboardingWizard::StatusPageId);
    atPage(QStringLiteral("11-returning-status"));
}
