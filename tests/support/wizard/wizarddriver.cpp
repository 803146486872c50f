#include "wizarddriver.h"

#include "loopbackaddress.h"
#include "onboardingguide.h"
#include "onboardingwizard.h"
#include "pages/credentialspage.h"
#include "pages/verifypage.h"
#include "pages/welcomepage.h"
#include "sampleclient.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

bool WizardDriver::startZoho(const QStringList &dataCenters, const QStringList &redirectUris)
{
    if (!m_zoho->start(dataCenters))
        return false;
    m_zoho->addClient({SampleClient::clientId, SampleClient::secret, QStringLiteral("eu"), redirectUris, false});
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
