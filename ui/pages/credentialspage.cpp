#include "credentialspage.h"

#include "../accessiblesecretguard.h"
#include "../illustrationview.h"
#include "../onboardingwizard.h"

#include "credentials.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString colourFor(CredentialParser::Severity severity)
{
    switch (severity) {
    case CredentialParser::Severity::Error: return QStringLiteral("#b3261e");
    case CredentialParser::Severity::Warning: return QStringLiteral("#8a5300");
    case CredentialParser::Severity::None: break;
    }
    return {};
}
} // namespace

CredentialsPage::CredentialsPage(OnboardingWizard *wizard)
    : AssistantPage(wizard)
    , m_wizard(wizard)
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_swap(new QPushButton(this))
    , m_clientIdMessage(new QLabel(this))
    , m_secretMessage(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_nextHint(new QLabel(this))
    , m_idLabel(new QLabel(this))
    , m_secretLabel(new QLabel(this))
    , m_picture(new IllustrationView(QStringLiteral(":/illustrations/step5-copy-credentials.svg"), this))
{
    setObjectName(QStringLiteral("CredentialsPage"));

    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(QStringLiteral("1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"));
    m_clientId->setClearButtonEnabled(true);
    // A secret pasted here by mistake must not reach a screen reader either.
    m_clientId->setProperty(AccessibleSecretGuard::secretProperty, true);

    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    m_secret->setProperty(AccessibleSecretGuard::secretProperty, true);
    // No input-method suggestions or history for a secret.
    m_secret->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);

    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setCheckable(true);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("&Hide") : tr("&Show"));
        reassess();
        m_reveal->setAccessibleName(shown ? tr("Hide the Client Secret") : tr("Show the Client Secret"));
    });

    for (QLabel *message : {m_clientIdMessage, m_secretMessage, m_notes, m_nextHint}) {
        message->setWordWrap(true);
        message->setTextFormat(Qt::PlainText);
        message->hide();
    }
    m_clientIdMessage->setObjectName(QStringLiteral("clientIdMessage"));
    m_secretMessage->setObjectName(QStringLiteral("secretMessage"));
    m_notes->setObjectName(QStringLiteral("pasteNotes"));
    m_nextHint->setObjectName(QStringLiteral("nextHint"));
    m_fingerprint->setObjectName(QStringLiteral("secretFingerprint"));
    m_fingerprint->hide();

    m_swap->setObjectName(QStringLiteral("swapButton"));
    m_swap->setAutoDefault(false);
    m_swap->hide();
    connect(m_swap, &QPushButton::clicked, this, &CredentialsPage::swapFields);

    m_idLabel->setBuddy(m_clientId);
    m_secretLabel->setBuddy(m_secret);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);

    auto *form = new QFormLayout;
    form->addRow(m_idLabel, m_clientId);
    form->addRow(QString(), m_clientIdMessage);
    form->addRow(m_secretLabel, secretRow);
    form->addRow(QString(), m_secretMessage);
    form->addRow(QString(), m_fingerprint);

    // Where the two values are, as a reminder: the picture of step 5.

    auto *layout = contentLayout();
    layout->addLayout(form);
    layout->addWidget(m_swap, 0, Qt::AlignLeft);
    layout->addWidget(m_notes);
    layout->addWidget(m_nextHint);
    layout->addWidget(m_picture, 1);

    connect(m_clientId, &QLineEdit::textChanged, this, &CredentialsPage::reassess);
    connect(m_secret, &QLineEdit::textChanged, this, &CredentialsPage::reassess);
    retranslateUi();
}

void CredentialsPage::retranslateUi()
{
    setTitle(tr("Paste the Client ID and the Client Secret"));
    setSubTitle(tr("Copy each value from Zoho's Client Secret tab and paste it here. Spaces, line breaks and "
                   "labels that come along are removed for you."));
    m_clientId->setAccessibleName(tr("Client ID"));
    // Said after the name; without it a screen reader reads the placeholder, a row of X's.
    m_clientId->setAccessibleDescription(tr("From the Client Secret tab of your client in Zoho's API Console. It "
                                            "starts with 1000 and a dot."));
    m_secret->setAccessibleName(tr("Client Secret"));
    const bool shown = m_reveal->isChecked();
    m_reveal->setText(shown ? tr("&Hide") : tr("&Show"));
    m_reveal->setAccessibleName(shown ? tr("Hide the Client Secret") : tr("Show the Client Secret"));
    m_reveal->setToolTip(tr("Show or hide the secret. Hide it while you share your screen."));
    m_fingerprint->setToolTip(tr("The last four characters of the secret and a short check code. Support can "
                                 "compare it without anyone reading the secret out."));
    m_swap->setText(tr("S&wap the Two Fields"));
    m_idLabel->setText(tr("Client &ID:"));
    m_secretLabel->setText(tr("Client S&ecret:"));
    m_picture->setAccessibleName(tr("Illustration: the Client ID and the Client Secret on Zoho's Client Secret tab"));

    // The fields' clear buttons, named for screen readers.
    const auto nameClearButton = [](QLineEdit *edit, const QString &name) {
        for (QToolButton *button : edit->findChildren<QToolButton *>())
            button->setAccessibleName(name);
    };
    nameClearButton(m_clientId, tr("Clear the Client ID"));
    nameClearButton(m_secret, tr("Clear the Client Secret"));

    // The parser's findings and notes are worded when the values are judged: judged again, they
    // come in the language now applied (the values stay as they are).
    reassess();
}

bool CredentialsPage::hasSecret() const
{
    return !m_secret->text().trimmed().isEmpty();
}

void CredentialsPage::reassess()
{
    m_result = CredentialParser::parse(m_clientId->text(), m_secret->text());
    // What the page promises: labels, spaces and line breaks that came along are removed, and the
    // customer sees the value that will be used. Only for a value that is right once cleaned, so
    // typing is never disturbed half-way.
    const auto showCleaned = [](QLineEdit *edit, const CredentialParser::FieldResult &field) {
        if (field.finding == CredentialParser::Finding::Ok && !field.value.isEmpty() && edit->text() != field.value) {
            const QSignalBlocker blocker(edit);
            edit->setText(field.value);
        }
    };
    if (!m_result.looksSwapped) {
        showCleaned(m_clientId, m_result.clientId);
        showCleaned(m_secret, m_result.clientSecret);
    }
    if (m_result.splitFromOneField) {
        // Both values in one field: put each where it belongs, so the customer sees what will be used.
        const QSignalBlocker idBlocker(m_clientId);
        const QSignalBlocker secretBlocker(m_secret);
        m_clientId->setText(m_result.clientId.value);
        m_secret->setText(m_result.clientSecret.value);
    }
    // A secret pasted into the ID field is masked there too: the screen may be shared.
    const bool secretInIdField = m_result.looksSwapped || m_result.clientId.finding == CredentialParser::Finding::ClientIdIsSecret;
    m_clientId->setEchoMode(secretInIdField && !m_reveal->isChecked() ? QLineEdit::Password : QLineEdit::Normal);
    showFinding(m_clientIdMessage, m_result.clientId);
    showFinding(m_secretMessage, m_result.clientSecret);
    // The swap also moves a secret pasted into the ID field over to its own field.
    m_swap->setVisible(m_result.looksSwapped
                       || (m_result.clientId.finding == CredentialParser::Finding::ClientIdIsSecret
                           && m_secret->text().trimmed().isEmpty()));

    m_notes->setText(m_result.notes.join(QLatin1Char(' ')));
    m_notes->setVisible(!m_result.notes.isEmpty());

    const QString fingerprint = Credentials::secretFingerprint(m_result.clientSecret.value);
    //: %1 is the secret's last four characters and a check code, for support
    m_fingerprint->setText(tr("For support: the secret ends in %1").arg(fingerprint));
    m_fingerprint->setVisible(!fingerprint.isEmpty());

    // Next greyed out says why, in one line.
    QString hint;
    if (!m_result.isUsable()) {
        if (m_swap->isVisible())
            hint = tr("To go on, click “Swap the Two Fields”.");
        else if (m_result.clientId.finding == CredentialParser::Finding::Empty)
            hint = tr("To go on, paste the Client ID.");
        else if (m_result.clientSecret.finding == CredentialParser::Finding::Empty)
            hint = tr("To go on, paste the Client Secret.");
        else
            hint = tr("To go on, correct the value marked above: copy it again from Zoho and paste it.");
    }
    m_nextHint->setText(hint);
    m_nextHint->setVisible(!hint.isEmpty());
    emit completeChanged();
}

void CredentialsPage::showFinding(QLabel *label, const CredentialParser::FieldResult &field)
{
    label->setText(field.message);
    label->setStyleSheet(field.message.isEmpty() ? QString()
                                                 : QStringLiteral("color: %1;").arg(colourFor(field.severity)));
    label->setVisible(!field.message.isEmpty());
}

void CredentialsPage::swapFields()
{
    const QString id = m_clientId->text();
    {
        const QSignalBlocker blocker(m_clientId);
        m_clientId->setText(m_secret->text());
    }
    m_secret->setText(id);
    m_wizard->moveFocusTo(m_result.isUsable() ? static_cast<QWidget *>(m_wizard->button(QWizard::NextButton)) : m_clientId);
}

QWidget *CredentialsPage::arrivalFocus() const
{
    if (m_clientId->text().isEmpty() || m_result.clientId.severity == CredentialParser::Severity::Error)
        return m_clientId;
    if (m_secret->text().isEmpty() || m_result.clientSecret.severity == CredentialParser::Severity::Error)
        return m_secret;
    return nullptr;
}

void CredentialsPage::pasteAgain(Field field)
{
    QLineEdit *edit = field == Field::Secret ? m_secret : m_clientId;
    edit->clear();
    m_wizard->moveFocusTo(edit);
    OnboardingWizard::announce(edit, field == Field::Secret ? tr("Paste the Client Secret again, copied from Zoho.")
                                                            : tr("Paste the Client ID again, copied from Zoho."));
}

bool CredentialsPage::isComplete() const
{
    return m_result.isUsable();
}

bool CredentialsPage::validatePage()
{
    Credentials credentials = m_wizard->credentials();
    credentials.clientId = m_result.clientId.value;
    credentials.clientSecret = m_result.clientSecret.value;
    m_wizard->setCredentials(credentials);
    return true;
}
