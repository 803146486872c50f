#include "statuspage.h"

#include "../flowlayout.h"
#include "../onboardingwizard.h"
#include "../secretclipboard.h"
#include "../supportreportwidget.h"

#include "credentials.h"
#include "datacenter.h"
#include "secretstore.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace {
QPushButton *makeButton(const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    // Enter on the focused button is handled by the wizard; the page's default stays Finish.
    button->setAutoDefault(false);
    return button;
}
} // namespace

StatusPage::StatusPage(OnboardingWizard *wizard)
    : AssistantPage(wizard)
    , m_wizard(wizard)
    , m_details(new QLabel(this))
    , m_copyClientId(makeButton(QStringLiteral("statusCopyClientId"), this))
    , m_copySecret(makeButton(QStringLiteral("statusCopySecret"), this))
    , m_verifyAgain(makeButton(QStringLiteral("verifyAgainButton"), this))
    , m_replace(makeButton(QStringLiteral("replaceButton"), this))
    , m_forget(makeButton(QStringLiteral("forgetButton"), this))
    , m_message(new QLabel(this))
    , m_copyLabel(new QLabel(this))
    , m_otherLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("StatusPage"));
    setFinalPage(true);

    m_details->setObjectName(QStringLiteral("storedDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_copyClientId->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copySecret->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_copyClientId, &QPushButton::clicked, this, &StatusPage::copyClientId);
    connect(m_copySecret, &QPushButton::clicked, this, &StatusPage::copySecret);
    connect(m_verifyAgain, &QPushButton::clicked, this, [this] {
        const Credentials stored = m_wizard->storedCredentials();
        m_wizard->setCredentials(stored);
        m_wizard->setDataCenterChoice(stored.dataCenter.isEmpty() ? QStringLiteral("auto") : stored.dataCenter);
        goTo(OnboardingWizard::VerifyPageId);
    });
    connect(m_replace, &QPushButton::clicked, this, [this] { goTo(OnboardingWizard::WelcomePageId); });
    connect(m_forget, &QPushButton::clicked, this, &StatusPage::forget);

    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *copyLabel = m_copyLabel;
    copyLabel->setWordWrap(true);
    // Rows that wrap: long translations at 200 % are wider than the window.
    auto *copyRow = new FlowLayout;
    copyRow->addWidget(m_copyClientId);
    copyRow->addWidget(m_copySecret);

    auto *otherLabel = m_otherLabel;
    auto *otherRow = new FlowLayout;
    otherRow->addWidget(m_verifyAgain);
    otherRow->addWidget(m_replace);
    otherRow->addWidget(m_forget);

    auto *layout = contentLayout();
    layout->addWidget(m_details);
    layout->addWidget(copyLabel);
    layout->addLayout(copyRow);
    layout->addWidget(m_message);
    layout->addWidget(otherLabel);
    layout->addLayout(otherRow);
    layout->addStretch();
    // The report and the reference for support, about the stored credentials.
    layout->addWidget(new SupportReportWidget([this](SupportReport *report) {
        report->setAccountsServers(m_wizard->accountsServers());
        report->setCredentials(m_wizard->storedCredentials());
        if (!m_wizard->storedCredentials().dataCenter.isEmpty())
            report->setDataCenters({m_wizard->storedCredentials().dataCenter});
    }, this));
    retranslateUi();
}

void StatusPage::retranslateUi()
{
    setTitle(tr("Your Zoho connection is set up"));
    setSubTitle(tr("This computer keeps the Client ID and Client Secret you made for Optiply."));
    m_copyClientId->setText(tr("Copy Client &ID"));
    m_copySecret->setText(tr("Copy &Secret"));
    m_verifyAgain->setText(tr("&Verify Again"));
    m_replace->setText(tr("R&eplace with New Credentials"));
    m_forget->setText(tr("For&get These Credentials"));
    m_copyClientId->setAccessibleName(tr("Copy the Client ID for Optiply"));
    m_copySecret->setAccessibleName(tr("Copy the Client Secret for Optiply"));
    m_verifyAgain->setToolTip(tr("Checks with Zoho that the stored credentials still work, with one sign-in."));
    m_replace->setToolTip(tr("Walks you through making a new client in Zoho; the stored one stays until the new "
                             "one is saved."));
    m_forget->setToolTip(tr("Removes the credentials from this computer. Zoho and Optiply are not changed."));
    m_copyLabel->setText(tr("<b>For Optiply:</b> copy each value and paste it in Optiply."));
    m_otherLabel->setText(tr("<b>Something else:</b>"));
    // The values shown are the stored ones, worded again (dates too, in the language's format).
    if (!m_details->text().isEmpty())
        renderDetails();
    showMessage(m_messageShown);
}

void StatusPage::showMessage(Message message)
{
    m_messageShown = message;
    switch (message) {
    case Message::None: m_message->clear(); break;
    case Message::ClientIdCopied: m_message->setText(tr("The Client ID is copied.")); break;
    case Message::SecretCopied:
        //: %1 is a number of seconds (60)
        m_message->setText(tr("The Client Secret is copied. It is taken off the clipboard after %1 seconds.")
                               .arg(SecretClipboard::defaultClearAfter.count()));
        break;
    case Message::Failed: m_message->setText(SecretStore::messageFor(m_failure.kind, m_failure.operation)); break;
    }
    m_message->setVisible(message != Message::None);
}

void StatusPage::initializePage()
{
    m_nextId = -1;
    showMessage(Message::None);
    renderDetails();
}

void StatusPage::renderDetails()
{
    const Credentials stored = m_wizard->storedCredentials();
    const DataCenter dc = DataCenters::find(stored.dataCenter);
    const QString when = QLocale().toString(stored.storedAt.toLocalTime(), QLocale::LongFormat);
    QString verified;
    if (!stored.verifiedAccount.isEmpty()) {
        //: %1 is a Zoho account (an email address), %2 a date and time
        verified = tr("Verified as %1 on %2.").arg(stored.verifiedAccount.toHtmlEscaped(), when.toHtmlEscaped());
    } else {
        //: %1 is a date and time
        verified = tr("Saved on %1. Zoho recognised the client; no sign-in was made with it.").arg(when.toHtmlEscaped());
    }
    m_details->setText(
        QStringLiteral("<table cellspacing=\"4\">"
                       "<tr><td>%1</td><td><b>%2</b></td></tr>"
                       "<tr><td>%3</td><td><b>%4</b></td></tr>"
                       "<tr><td>%5</td><td><b>%6</b></td></tr>"
                       "</table><p>%7</p>")
            .arg(tr("Client ID:"), Credentials::maskClientId(stored.clientId).toHtmlEscaped(), tr("Client Secret:"),
                 //: %1 is the secret's last four characters and a check code
                 tr("hidden (ends in %1)").arg(Credentials::secretFingerprint(stored.clientSecret)).toHtmlEscaped(),
                 tr("Zoho data center:"), (dc.isValid() ? dc.displayName() : tr("not known")).toHtmlEscaped(),
                 verified));
    // The name is what a screen reader says for the label: the heading, then what it shows.
    //: %1 is the list of what is stored (Client ID, data center, when)
    m_details->setAccessibleName(
        tr("Stored credentials: %1").arg(QTextDocumentFragment::fromHtml(m_details->text()).toPlainText().simplified()));
}

int StatusPage::nextId() const
{
    return m_nextId;
}

QWidget *StatusPage::arrivalFocus() const
{
    return m_copyClientId;
}

void StatusPage::goTo(int pageId)
{
    m_nextId = pageId;
    m_wizard->next();
    // Coming Back here, the page offers Finish again.
    m_nextId = -1;
}

void StatusPage::copyClientId()
{
    QApplication::clipboard()->setText(m_wizard->storedCredentials().clientId);
    showMessage(Message::ClientIdCopied);
    OnboardingWizard::announce(m_copyClientId, m_message->text());
    m_wizard->moveFocusTo(m_copySecret);
}

void StatusPage::copySecret()
{
    m_wizard->secretClipboard()->copySecret(m_wizard->storedCredentials().clientSecret);
    showMessage(Message::SecretCopied);
    OnboardingWizard::announce(m_copySecret, m_message->text());
    m_wizard->moveFocusTo(m_wizard->button(QWizard::FinishButton));
}

void StatusPage::forget()
{
    QMessageBox box(QMessageBox::Question, tr("Forget the stored credentials?"),
                    tr("Forget the stored credentials?"), QMessageBox::NoButton, this);
    box.setInformativeText(tr("They are removed from this computer. The client in Zoho and the connection in "
                              "Optiply stay as they are."));
    box.setObjectName(QStringLiteral("confirmForgetBox"));
    QPushButton *forget = box.addButton(tr("&Forget Them"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep Them"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(forget))
        return;
    auto *store = new SecretStore(this);
    store->setService(m_wizard->keychainService());
    connect(store, &SecretStore::removed, this, [this, store](bool) {
        store->deleteLater();
        m_wizard->setStoredCredentials(Credentials());
        m_wizard->startOver(OnboardingWizard::WelcomePageId);
    });
    connect(store, &SecretStore::failed, this, [this, store](const SecretStore::Error &error) {
        store->deleteLater();
        m_failure = error;
        showMessage(Message::Failed);
        OnboardingWizard::announce(m_message, m_message->text());
    });
    store->remove();
}
