#include "verifypage.h"

#include "../onboardingwizard.h"

#include "clientprober.h"
#include "datacenter.h"
#include "probestatus.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcVerify, "zoho.ui.verify", QtWarningMsg)

VerifyPage::VerifyPage(OnboardingWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_details(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_retry(new QPushButton(this))
    , m_secretBox(new QWidget(this))
    , m_secretOnScreen(new QLineEdit(m_secretBox))
{
    setObjectName(QStringLiteral("VerifyPage"));
    setTitle(tr("Checking with Zoho"));
    setSubTitle(tr("The assistant asks Zoho whether it knows your client, then keeps the credentials in this "
                   "computer's keychain."));

    m_headline->setObjectName(QStringLiteral("headline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_advice->setObjectName(QStringLiteral("advice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setEnabled(false); // greyed: for support, not for the customer

    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->setTextVisible(false);

    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAutoDefault(false);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &VerifyPage::retry);

    // When the keychain fails, the secret must stay within reach until it is stored somewhere.
    m_secretBox->setObjectName(QStringLiteral("secretOnScreen"));
    auto *secretLabel = new QLabel(tr("Your Client &Secret, kept here until it is saved:"), m_secretBox);
    secretLabel->setWordWrap(true);
    secretLabel->setBuddy(m_secretOnScreen);
    m_secretOnScreen->setReadOnly(true);
    m_secretOnScreen->setEchoMode(QLineEdit::Password);
    m_secretOnScreen->setAccessibleName(tr("Client Secret"));
    auto *reveal = new QToolButton(m_secretBox);
    reveal->setCheckable(true);
    reveal->setText(tr("Show"));
    reveal->setAccessibleName(tr("Show the Client Secret"));
    connect(reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_secretOnScreen->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *copy = new QPushButton(tr("Copy"), m_secretBox);
    copy->setAccessibleName(tr("Copy the Client Secret"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_secretOnScreen->text()); });
    auto *secretLayout = new QGridLayout(m_secretBox);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(secretLabel, 0, 0, 1, 3);
    secretLayout->addWidget(m_secretOnScreen, 1, 0);
    secretLayout->addWidget(reveal, 1, 1);
    secretLayout->addWidget(copy, 1, 2);
    m_secretBox->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(m_advice);
    top->addLayout(texts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addWidget(m_secretBox);
    layout->addStretch();
    layout->addWidget(m_details);
}

void VerifyPage::initializePage()
{
    startCheck();
}

void VerifyPage::cleanupPage()
{
    // Back is always safe: nothing keeps running for a page the customer left.
    if (m_prober)
        m_prober->disconnect(this);
    delete m_prober;
    // A keychain write under way is left to finish (it cannot be taken back half-way); its
    // answer is simply no longer shown.
    if (m_store)
        m_store->disconnect(this);
    m_store = nullptr;
    setState(State::Idle);
}

bool VerifyPage::isComplete() const
{
    return m_state == State::Stored;
}

void VerifyPage::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    const bool busy = state == State::Checking || state == State::Storing;
    m_busy->setVisible(busy);
    m_retry->setVisible(state == State::CheckFailed || state == State::StoreFailed);
    m_secretBox->setVisible(state == State::StoreFailed);
    if (state == State::CheckFailed)
        m_retry->setText(tr("&Check Again"));
    else if (state == State::StoreFailed)
        m_retry->setText(tr("&Try Saving Again"));
    emit completeChanged();
    emit stateChanged(state);
}

void VerifyPage::showResult(QStyle::StandardPixmap icon, const QString &headline, const QString &advice,
                            const QString &details)
{
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(40, 40));
    m_headline->setText(headline);
    m_advice->setText(advice);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    setAccessibleDescription(headline + QLatin1Char(' ') + advice);
}

void VerifyPage::startCheck()
{
    const Credentials credentials = m_wizard->credentials();
    const QString choice = m_wizard->dataCenterChoice();
    const DataCenter dc = DataCenters::find(choice);
    const QStringList dataCenters = dc.isValid() ? QStringList{dc.code} : DataCenters::codes();

    showResult(QStyle::SP_BrowserReload,
               dc.isValid() ? tr("Asking Zoho's %1 data center…").arg(dc.displayName())
                            : tr("Asking all of Zoho's data centers where your client is…"),
               tr("This takes a few seconds."));
    setState(State::Checking);

    delete m_prober;
    m_prober = new ClientProber(m_wizard->network(), this);
    m_prober->setAccountsServers(m_wizard->accountsServers());
    connect(m_prober, &ClientProber::finished, this, &VerifyPage::onProbeFinished);
    m_prober->probe(credentials, dataCenters);
}

void VerifyPage::onProbeFinished(const ProbeReport &report)
{
    m_report = report;
    if (m_prober)
        m_prober->deleteLater();
    const DataCenter dc = DataCenters::find(report.dataCenter);
    const QString dcName = dc.isValid() ? dc.displayName() : tr("any");
    QStringList details;
    for (const ProbeReport::Answer &answer : report.answers) {
        if (answer.status != ProbeStatus::Ok && answer.status != ProbeStatus::UnknownClient && !answer.detail.isEmpty())
            details.append(QStringLiteral("%1: %2").arg(answer.dataCenter, answer.detail));
    }
    qCInfo(lcVerify) << "check finished:" << ProbeStatusText::key(report.status) << report.dataCenter;

    if (!report.isOk()) {
        showResult(QStyle::SP_MessageBoxWarning, ProbeStatusText::headline(report.status),
                   ProbeStatusText::advice(report.status, dcName), details.join(QLatin1Char('\n')));
        setState(State::CheckFailed);
        return;
    }

    Credentials credentials = m_wizard->credentials();
    credentials.dataCenter = report.dataCenter;
    m_wizard->setCredentials(credentials);
    startStore();
}

void VerifyPage::startStore()
{
    const DataCenter dc = DataCenters::find(m_report.dataCenter);
    showResult(QStyle::SP_DialogApplyButton, tr("Zoho recognises your client in its %1 data center").arg(dc.displayName()),
               tr("Saving the credentials in this computer's keychain…"));
    setState(State::Storing);
    // A store of its own per attempt: one abandoned by Back may still be finishing.
    auto *store = new SecretStore(this);
    store->setService(m_wizard->keychainService());
    connect(store, &SecretStore::saved, store, &QObject::deleteLater);
    connect(store, &SecretStore::failed, store, &QObject::deleteLater);
    connect(store, &SecretStore::saved, this, &VerifyPage::onStored);
    connect(store, &SecretStore::failed, this, &VerifyPage::onStoreFailed);
    m_store = store;
    store->save(m_wizard->credentials());
}

void VerifyPage::onStored(const Credentials &credentials)
{
    m_store = nullptr;
    m_wizard->setCredentials(credentials);
    m_wizard->setCredentialsStored(true);
    const DataCenter dc = DataCenters::find(credentials.dataCenter);
    QString advice = tr("Your credentials are saved in this computer's keychain.");
    if (m_report.recognisedIn.size() > 1) {
        advice += QLatin1Char(' ')
            + tr("This client is enabled in several data centers (%1); Optiply will use %2.")
                  .arg(m_report.recognisedIn.join(QStringLiteral(", ")), credentials.dataCenter);
    }
    showResult(QStyle::SP_DialogApplyButton,
               tr("Zoho recognises your client in its %1 data center").arg(dc.displayName()), advice);
    setState(State::Stored);
}

void VerifyPage::onStoreFailed(const SecretStore::Error &error)
{
    m_store = nullptr;
    m_secretOnScreen->setText(m_wizard->credentials().clientSecret);
    showResult(QStyle::SP_MessageBoxCritical, tr("Zoho recognises your client, but it could not be saved"),
               error.message, error.detail);
    setState(State::StoreFailed);
}

void VerifyPage::retry()
{
    if (m_state == State::StoreFailed)
        startStore();
    else
        startCheck();
}
