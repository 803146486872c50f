#include "donepage.h"

#include "../copyfield.h"
#include "../onboardingwizard.h"
#include "../secretclipboard.h"

#include "datacenter.h"
#include "keychainname.h"
#include "onboardingguide.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

DonePage::DonePage(OnboardingWizard *wizard)
    : AssistantPage(wizard)
    , m_wizard(wizard)
    // Created in reading order: a screen reader meets them as the eye does.
    , m_summary(new QLabel(this))
    , m_nextSteps(new QLabel(this))
    , m_openOptiply(new QPushButton(this))
    , m_clientId(new CopyField(QString(), QString(), this))
    , m_secretRow(new QWidget(this))
    , m_fingerprint(new QLabel(m_secretRow))
    , m_copySecret(new QPushButton(m_secretRow))
    , m_openFailed(new QLabel(this))
    , m_resetCopyLabel(new QTimer(this))
    , m_clipboardNote(new QLabel(this))
    , m_idLabel(new QLabel(this))
    , m_secretLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("DonePage"));
    setFinalPage(true);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_nextSteps->setObjectName(QStringLiteral("nextSteps"));
    m_nextSteps->setWordWrap(true);
    m_nextSteps->setTextFormat(Qt::RichText);

    m_openOptiply->setObjectName(QStringLiteral("openOptiplyButton"));
    m_openOptiply->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser")));
    m_openOptiply->setAutoDefault(false);
    connect(m_openOptiply, &QPushButton::clicked, this, &DonePage::openOptiply);
    m_openFailed->setObjectName(QStringLiteral("openOptiplyFailed"));
    m_openFailed->setWordWrap(true);
    m_openFailed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFailed->hide();

    m_clientId->setObjectName(QStringLiteral("doneClientId"));
    connect(m_clientId, &CopyField::copied, this, [this] { m_wizard->moveFocusTo(m_copySecret); });

    m_copySecret->setObjectName(QStringLiteral("copySecretButton"));
    m_copySecret->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copySecret->setAutoDefault(false);
    connect(m_copySecret, &QPushButton::clicked, this, &DonePage::copySecret);
    m_resetCopyLabel->setSingleShot(true);
    m_resetCopyLabel->setInterval(2000);
    connect(m_resetCopyLabel, &QTimer::timeout, this, [this] { m_copySecret->setText(tr("Copy &Secret")); });

    auto *clipboardNote = m_clipboardNote;
    clipboardNote->setObjectName(QStringLiteral("clipboardNote"));
    clipboardNote->setWordWrap(true);
    auto *secretLayout = new QHBoxLayout(m_secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_fingerprint, 1);
    secretLayout->addWidget(m_copySecret);

    m_idLabel->setBuddy(m_clientId->lineEdit());
    auto *form = new QFormLayout;
    form->addRow(m_idLabel, m_clientId);
    form->addRow(m_secretLabel, m_secretRow);
    form->addRow(QString(), clipboardNote);

    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openOptiply);
    openRow->addStretch();

    auto *layout = contentLayout();
    layout->addWidget(m_summary);
    layout->addWidget(m_nextSteps);
    layout->addLayout(openRow);
    layout->addWidget(m_openFailed);
    layout->addLayout(form);
    layout->addStretch();

    // Tab follows the page from top to bottom.
    setTabOrder(m_openOptiply, m_clientId->lineEdit());
    setTabOrder(m_clientId->lineEdit(), m_clientId->copyButton());
    setTabOrder(m_clientId->copyButton(), m_copySecret);
    retranslateUi();
}

void DonePage::retranslateUi()
{
    setTitle(tr("Done: your Zoho client is ready"));
    setSubTitle(tr("One thing is left: paste the two values into Optiply."));
    m_nextSteps->setText(
        tr("<b>Last step, in Optiply:</b> open <b>%1</b>, and paste the Client ID and the Client Secret there. "
           "You can close Zoho's page afterwards.")
            .arg(OnboardingGuide::optiplyDestination().toHtmlEscaped()));
    m_openOptiply->setText(tr("&Open Optiply's Integrations Page"));
    m_openOptiply->setAccessibleName(tr("Open Optiply's integrations page in your browser"));
    m_clientId->setWhat(tr("Client ID"));
    m_resetCopyLabel->stop();
    m_copySecret->setText(tr("Copy &Secret"));
    m_copySecret->setAccessibleName(tr("Copy the Client Secret"));
    //: %1 is a number of seconds (60), %2 the label of the wizard's Finish button
    m_clipboardNote->setText(tr("The copied secret is taken off the clipboard after %1 seconds: paste it "
                                "into Optiply before then. Clicking %2 does not take it off sooner.")
                                 .arg(SecretClipboard::defaultClearAfter.count())
                                 .arg(m_wizard->buttonLabel(QWizard::FinishButton)));
    m_idLabel->setText(tr("Client &ID:"));
    m_secretLabel->setText(tr("Client Secret:"));
    renderSummary();
    if (m_openFailedShown)
        //: %1 is a web address
        m_openFailed->setText(tr("Your browser could not be opened. Open this address in your browser: %1")
                                  .arg(OnboardingGuide::optiplyIntegrationsUrl().toString()));
}

void DonePage::initializePage()
{
    renderSummary();
    m_clientId->setValue(m_wizard->credentials().clientId);
    m_copySecret->setText(tr("Copy &Secret"));
    m_openFailed->hide();
    m_openFailedShown = false;
}

void DonePage::renderSummary()
{
    const Credentials credentials = m_wizard->credentials();
    const DataCenter dc = DataCenters::find(credentials.dataCenter);
    const QString account = m_wizard->verifiedAccount().isEmpty() ? tr("your Zoho account") : m_wizard->verifiedAccount();
    if (!m_wizard->signedIn()) {
        //: %2 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        m_summary->setText(tr("Zoho recognises your client in its <b>%1</b> data center, and the credentials are "
                              "saved %2.")
                               .arg(dc.displayName().toHtmlEscaped(), KeychainName::where().toHtmlEscaped()));
    } else {
        //: %3 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        m_summary->setText(tr("<b>Verified — connected as %1.</b> Your client is in Zoho's %2 data center, and the "
                              "credentials are saved %3.")
                               .arg(account.toHtmlEscaped(), dc.displayName().toHtmlEscaped(),
                                    KeychainName::where().toHtmlEscaped()));
    }
    //: %1 is the secret's last four characters and a check code, such as "…a1b2 · 3f9c2e"
    m_fingerprint->setText(tr("hidden (ends in %1)").arg(Credentials::secretFingerprint(credentials.clientSecret)));
}

QWidget *DonePage::arrivalFocus() const
{
    return m_clientId->copyButton();
}

void DonePage::copySecret()
{
    m_wizard->secretClipboard()->copySecret(m_wizard->credentials().clientSecret);
    //: Shown on the button for two seconds after a click
    m_copySecret->setText(tr("Copied"));
    m_resetCopyLabel->start();
    OnboardingWizard::announce(m_copySecret, tr("The Client Secret is copied. Paste it into Optiply."));
    m_wizard->moveFocusTo(m_openOptiply);
}

void DonePage::openOptiply()
{
    const QUrl url = OnboardingGuide::optiplyIntegrationsUrl();
    if (m_wizard->openUrl(url)) {
        m_openFailed->hide();
        m_wizard->moveFocusTo(m_wizard->button(QWizard::FinishButton));
        return;
    }
    //: %1 is a web address
    m_openFailed->setText(tr("Your browser could not be opened. Open this address in your browser: %1").arg(url.toString()));
    m_openFailedShown = true;
    m_openFailed->show();
    OnboardingWizard::announce(m_openFailed, m_openFailed->text());
}
