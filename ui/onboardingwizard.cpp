#include "onboardingwizard.h"

#include "aboutdialog.h"
#include "pages/credentialspage.h"
#include "pages/donepage.h"
#include "pages/guidesteppage.h"
#include "pages/verifypage.h"
#include "pages/welcomepage.h"

#include "onboardingguide.h"
#include "secretstore.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QNetworkAccessManager>

OnboardingWizard::OnboardingWizard(QWidget *parent)
    : QWizard(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_keychainService(SecretStore::defaultService())
    , m_urlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("OnboardingWizard"));
    setWindowTitle(tr("Connect Zoho to Optiply"));
    setAccessibleName(windowTitle());
    // The same look on every platform keeps support's screenshots and the customer's screen alike.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // The About box, on every page: the version a customer tells support.
    setOption(QWizard::HaveHelpButton);
    setButtonText(QWizard::HelpButton, tr("&About"));
    connect(this, &QWizard::helpRequested, this, [this] { AboutDialog(this).exec(); });

    if (!m_servers.loadEnvironment(&m_configurationError))
        m_servers = AccountsServerMap();

    setPage(WelcomePageId, new WelcomePage(this));
    const QList<OnboardingGuide::Step> steps = OnboardingGuide::steps();
    const PageId stepIds[] = {OpenConsolePageId, AddClientPageId, FillDetailsPageId, CreateClientPageId,
                              CopyCredentialsPageId};
    for (qsizetype i = 0; i < steps.size() && i < qsizetype(std::size(stepIds)); ++i)
        setPage(stepIds[i], new GuideStepPage(this, steps.at(i), int(steps.size())));
    setPage(CredentialsPageId, new CredentialsPage(this));
    setPage(VerifyPageId, new VerifyPage(this));
    setPage(DonePageId, new DonePage(this));
    setStartId(WelcomePageId);

    resize(760, 680);
}

QString OnboardingWizard::dataCenterChoice() const
{
    return m_dataCenterChoice;
}

void OnboardingWizard::setDataCenterChoice(const QString &choice)
{
    if (choice == m_dataCenterChoice)
        return;
    m_dataCenterChoice = choice;
    emit dataCenterChoiceChanged(choice);
}

void OnboardingWizard::setCredentials(const Credentials &credentials)
{
    if (credentials.clientId != m_credentials.clientId || credentials.clientSecret != m_credentials.clientSecret) {
        m_stored = false;
        m_verifiedAccount.clear();
        m_verificationNote.clear();
    }
    m_credentials = credentials;
}

void OnboardingWizard::done(int result)
{
    // Window button, Esc and Cancel all end here: the secret Zoho showed once must not vanish.
    if (result == QDialog::Rejected && !confirmLeavingWithUnsavedSecret())
        return;
    if (auto *verify = qobject_cast<VerifyPage *>(page(VerifyPageId)))
        verify->settle();
    QWizard::done(result);
}

bool OnboardingWizard::confirmLeavingWithUnsavedSecret()
{
    const auto *credentialsPage = qobject_cast<CredentialsPage *>(page(CredentialsPageId));
    const bool secretOnScreen = credentialsPage && credentialsPage->hasSecret();
    if (!secretOnScreen || m_stored)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Close without saving the secret?"),
                    tr("The Client Secret you pasted is not saved yet, and Zoho shows it only once. If you close "
                       "now, you may have to generate a new secret in Zoho's API Console."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmCloseBox"));
    QPushButton *stay = box.addButton(tr("&Keep Working"), QMessageBox::RejectRole);
    box.addButton(tr("&Close Anyway"), QMessageBox::DestructiveRole);
    box.setDefaultButton(stay);
    box.exec();
    return box.clickedButton() != static_cast<QAbstractButton *>(stay);
}
