#include "verifypage.h"

#include "../onboardingwizard.h"
#include "../secretclipboard.h"
#include "../supportreportwidget.h"

#include "clientprober.h"
#include "datacenter.h"
#include "onboardingguide.h"
#include "probestatus.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
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
    , m_skipSignIn(new QPushButton(tr("Save &Without Signing In"), this))
    , m_signInBox(new QWidget(this))
    , m_openSignIn(new QPushButton(tr("&Open the Sign-in Page Again"), this))
    , m_pasteBox(new QWidget(m_signInBox))
    , m_pastedAddress(new QLineEdit(m_pasteBox))
    , m_submitAddress(new QPushButton(tr("C&ontinue"), m_pasteBox))
    , m_pasteError(new QLabel(m_pasteBox))
    , m_secretBox(new QWidget(this))
    , m_secretOnScreen(new QLineEdit(m_secretBox))
{
    setObjectName(QStringLiteral("VerifyPage"));
    setTitle(tr("Checking with Zoho"));
    setSubTitle(tr("The assistant asks Zoho whether it knows your client, signs in once to prove the "
                   "credentials, and keeps them in this computer's keychain."));

    m_headline->setObjectName(QStringLiteral("headline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
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
    connect(m_retry, &QPushButton::clicked, this, &VerifyPage::retry);
    m_skipSignIn->setObjectName(QStringLiteral("skipSignInButton"));
    m_skipSignIn->setAutoDefault(false);
    m_skipSignIn->setToolTip(tr("Zoho already recognised the client. Without the sign-in, the secret itself is "
                                "not proven until Optiply connects."));
    connect(m_skipSignIn, &QPushButton::clicked, this, [this] {
        if (m_signIn)
            m_signIn->cancel();
        startStore();
    });

    // While the browser shows Zoho's page: what to do there, and what to do when it goes wrong.
    m_signInBox->setObjectName(QStringLiteral("signInBox"));
    auto *browserHelp = new QLabel(
        tr("If the browser shows <b>Invalid Redirect Uri</b>: the second redirect URI from step 3 is missing. "
           "Open your client in Zoho's API Console, add it, click Update, then sign in again.<br>"
           "If it shows <b>Invalid Client</b>: Zoho signed you in to another data center than the client's. Sign "
           "out of Zoho in the browser, then start the sign-in again."),
        m_signInBox);
    browserHelp->setObjectName(QStringLiteral("browserHelp"));
    browserHelp->setWordWrap(true);
    browserHelp->setTextFormat(Qt::RichText);
    m_openSignIn->setObjectName(QStringLiteral("openSignInButton"));
    m_openSignIn->setAutoDefault(false);
    connect(m_openSignIn, &QPushButton::clicked, this, [this] {
        if (m_signInUrl.isValid())
            onAuthorizationUrl(m_signInUrl);
    });

    // When the loopback port is taken, the customer brings Zoho's answer over by hand.
    m_pasteBox->setObjectName(QStringLiteral("pasteBox"));
    auto *pasteLabel = new QLabel(m_pasteBox);
    pasteLabel->setObjectName(QStringLiteral("pasteLabel"));
    pasteLabel->setWordWrap(true);
    pasteLabel->setText(tr("Another program on this computer uses port %1, so the assistant cannot receive "
                           "Zoho's answer by itself. After you click Accept on Zoho's page, your browser shows "
                           "an error or another program's page: copy the whole &address from its address bar "
                           "and paste it here.")
                            .arg(ZohoSignIn::configuredPort()));
    pasteLabel->setBuddy(m_pastedAddress);
    m_pastedAddress->setObjectName(QStringLiteral("pastedAddress"));
    m_pastedAddress->setAccessibleName(tr("Address from the browser"));
    m_pastedAddress->setPlaceholderText(OnboardingGuide::signInRedirectUri().toString() + QStringLiteral("?code=…"));
    m_submitAddress->setObjectName(QStringLiteral("submitAddressButton"));
    m_submitAddress->setAutoDefault(false);
    connect(m_submitAddress, &QPushButton::clicked, this, &VerifyPage::submitPastedAddress);
    connect(m_pastedAddress, &QLineEdit::returnPressed, this, &VerifyPage::submitPastedAddress);
    m_pasteError->setObjectName(QStringLiteral("pasteError"));
    m_pasteError->setWordWrap(true);
    m_pasteError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_pasteError->hide();
    auto *pasteLayout = new QGridLayout(m_pasteBox);
    pasteLayout->setContentsMargins(0, 0, 0, 0);
    pasteLayout->addWidget(pasteLabel, 0, 0, 1, 2);
    pasteLayout->addWidget(m_pastedAddress, 1, 0);
    pasteLayout->addWidget(m_submitAddress, 1, 1);
    pasteLayout->addWidget(m_pasteError, 2, 0, 1, 2);
    m_pasteBox->hide();

    auto *signInLayout = new QVBoxLayout(m_signInBox);
    signInLayout->setContentsMargins(0, 0, 0, 0);
    signInLayout->addWidget(m_pasteBox);
    signInLayout->addWidget(browserHelp);

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
    auto *secretClipboard = new SecretClipboard(this);
    connect(copy, &QPushButton::clicked, this, [this, secretClipboard] { secretClipboard->copySecret(m_secretOnScreen->text()); });
    auto *secretLayout = new QGridLayout(m_secretBox);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(secretLabel, 0, 0, 1, 3);
    secretLayout->addWidget(m_secretOnScreen, 1, 0);
    secretLayout->addWidget(reveal, 1, 1);
    secretLayout->addWidget(copy, 1, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(m_advice);
    top->addLayout(texts, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openSignIn);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_skipSignIn);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(m_signInBox);
    layout->addLayout(buttons);
    layout->addWidget(m_secretBox);
    layout->addStretch();
    layout->addWidget(m_details);
    layout->addWidget(m_support = new SupportReportWidget([this](SupportReport *report) {
        report->setAccountsServers(m_wizard->accountsServers());
        report->setCredentials(m_wizard->credentials());
        if (!m_wizard->credentials().dataCenter.isEmpty())
            report->setDataCenters({m_wizard->credentials().dataCenter});
    }, this));

    setState(State::Idle);
}

void VerifyPage::initializePage()
{
    startCheck();
}

void VerifyPage::cleanupPage()
{
    // Back is always safe: nothing keeps running for a page the customer left.
    delete m_prober;
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel(); // finishes a revocation under way, quietly
    }
    // A keychain write under way is left to finish (it cannot be taken back half-way); its
    // answer is simply no longer shown.
    if (m_store)
        m_store->disconnect(this);
    m_store = nullptr;
    setState(State::Idle);
}

void VerifyPage::settle()
{
    // Also the ones a Back or a new attempt left finishing in the background.
    for (ZohoSignIn *signIn : findChildren<ZohoSignIn *>())
        signIn->waitUntilSettled(std::chrono::seconds(10));
}

bool VerifyPage::isComplete() const
{
    return m_state == State::Stored;
}

QString VerifyPage::dataCenterName(const QString &code) const
{
    const DataCenter dc = DataCenters::find(code);
    return dc.isValid() ? dc.displayName() : tr("any");
}

void VerifyPage::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    m_busy->setVisible(state == State::Checking || state == State::SigningIn || state == State::Storing);
    m_openSignIn->setVisible(state == State::SigningIn);
    m_retry->setVisible(state == State::CheckFailed || state == State::SignInFailed || state == State::StoreFailed
                        || state == State::SigningIn);
    m_skipSignIn->setVisible(state == State::SigningIn || state == State::SignInFailed);
    m_signInBox->setVisible(state == State::SigningIn);
    m_secretBox->setVisible(state == State::StoreFailed);
    switch (state) {
    case State::CheckFailed: m_retry->setText(tr("&Check Again")); break;
    case State::SigningIn: m_retry->setText(tr("&Start the Sign-in Again")); break;
    case State::SignInFailed: m_retry->setText(tr("&Sign In Again")); break;
    case State::StoreFailed: m_retry->setText(tr("&Try Saving Again")); break;
    default: break;
    }
    if (changed) {
        emit completeChanged();
        emit stateChanged(state);
    }
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
    const DataCenter dc = DataCenters::find(m_wizard->dataCenterChoice());
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
    m_prober->probe(m_wizard->credentials(), dataCenters);
}

void VerifyPage::onProbeFinished(const ProbeReport &report)
{
    m_report = report;
    if (m_prober)
        m_prober->deleteLater();
    QStringList details;
    for (const ProbeReport::Answer &answer : report.answers) {
        if (answer.status != ProbeStatus::Ok && answer.status != ProbeStatus::UnknownClient && !answer.detail.isEmpty())
            details.append(QStringLiteral("%1: %2").arg(answer.dataCenter, answer.detail));
    }
    qCInfo(lcVerify) << "check finished:" << ProbeStatusText::key(report.status) << report.dataCenter;
    m_support->noteVerification(report);

    if (!report.isOk()) {
        showResult(QStyle::SP_MessageBoxWarning, ProbeStatusText::headline(report.status),
                   ProbeStatusText::advice(report, dataCenterName(report.dataCenter)),
                   details.join(QLatin1Char('\n')));
        setState(State::CheckFailed);
        return;
    }

    Credentials credentials = m_wizard->credentials();
    credentials.dataCenter = report.dataCenter;
    m_wizard->setCredentials(credentials);
    startSignIn();
}

void VerifyPage::startSignIn()
{
    const QString dataCenter = m_wizard->credentials().dataCenter;
    QString advice = tr("Zoho's sign-in page opens in your browser. Sign in with your Zoho account and click "
                        "Accept: the assistant then receives Zoho's answer by itself. The test sign-in is "
                        "removed from your Zoho account right after.");
    if (m_report.recognisedIn.size() > 1) {
        advice += QLatin1Char(' ')
            + tr("This client is enabled in several data centers (%1).").arg(m_report.recognisedIn.join(QStringLiteral(", ")));
    }
    showResult(QStyle::SP_DialogApplyButton,
               tr("Zoho recognises your client in its %1 data center. Now sign in once.").arg(dataCenterName(dataCenter)),
               advice);
    m_pasteBox->hide();
    m_pasteError->hide();
    m_pastedAddress->clear();
    m_signInUrl.clear();
    setState(State::SigningIn);

    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
    }
    m_signIn = new ZohoSignIn(this);
    m_signIn->setAccountsServers(m_wizard->accountsServers());
    connect(m_signIn, &ZohoSignIn::authorizationUrlReady, this, &VerifyPage::onAuthorizationUrl);
    connect(m_signIn, &ZohoSignIn::listenerUnavailable, this, [this] { m_pasteBox->show(); });
    connect(m_signIn, &ZohoSignIn::finished, this, &VerifyPage::onSignInFinished);
    m_signIn->start(m_wizard->credentials(), dataCenter);
}

void VerifyPage::onAuthorizationUrl(const QUrl &url)
{
    m_signInUrl = url;
    if (!m_wizard->openUrl(url)) {
        QApplication::clipboard()->setText(url.toString());
        m_advice->setText(tr("Your browser could not be opened. The address of Zoho's sign-in page is now on the "
                             "clipboard: paste it into your browser's address bar."));
    }
}

void VerifyPage::submitPastedAddress()
{
    if (!m_signIn)
        return;
    QString error;
    if (!m_signIn->submitRedirectAddress(m_pastedAddress->text(), &error)) {
        m_pasteError->setText(error);
        m_pasteError->show();
        return;
    }
    m_pasteError->hide();
}

void VerifyPage::onSignInFinished(const ZohoSignIn::Result &result)
{
    if (m_signIn)
        m_signIn->deleteLater();
    qCInfo(lcVerify) << "sign-in finished:" << ProbeStatusText::key(result.status) << result.dataCenter;
    m_support->noteVerification(result);
    if (!result.isVerified()) {
        QString advice = ProbeStatusText::advice(result.status, result.cause, dataCenterName(result.dataCenter),
                                                 result.certificateIssuer, result.proxy);
        if (result.status == ProbeStatus::RedirectUriNotRegistered) {
            advice = tr("Zoho does not accept %1 as a redirect URI of this client. Open the client in the API "
                        "Console, add it as the second Authorized Redirect URI exactly as shown in step 3, click "
                        "Update, then sign in again.")
                         .arg(OnboardingGuide::signInRedirectUri().toString());
        }
        showResult(QStyle::SP_MessageBoxWarning, ProbeStatusText::headline(result.status), advice, result.detail);
        setState(State::SignInFailed);
        return;
    }
    Credentials credentials = m_wizard->credentials();
    credentials.dataCenter = result.dataCenter;
    m_wizard->setCredentials(credentials);
    m_wizard->setVerifiedAccount(result.accountEmail.isEmpty() ? tr("your Zoho account") : result.accountEmail);
    if (result.revocationFailed)
        m_wizard->setVerificationNote(tr("The test sign-in could not be removed from Zoho. It expires by itself; "
                                         "you can also remove it under Zoho Accounts → Connected Apps."));
    startStore();
}

void VerifyPage::startStore()
{
    const Credentials credentials = m_wizard->credentials();
    const QString account = m_wizard->verifiedAccount();
    showResult(QStyle::SP_DialogApplyButton,
               account.isEmpty() ? tr("Zoho recognises your client in its %1 data center").arg(dataCenterName(credentials.dataCenter))
                                 : tr("Verified — connected as %1").arg(account),
               tr("Saving the credentials in this computer's keychain…"));
    setState(State::Storing);
    // A store of its own per attempt: one abandoned by Back may still be finishing. It first looks
    // for credentials already kept, which are replaced only when the customer agrees; until the
    // new ones are written (one atomic keychain item) the old ones stay.
    auto *store = new SecretStore(this);
    store->setService(m_wizard->keychainService());
    m_store = store;
    const auto saveNow = [this, store, credentials] {
        store->disconnect(this);
        connect(store, &SecretStore::saved, store, &QObject::deleteLater);
        connect(store, &SecretStore::failed, store, &QObject::deleteLater);
        connect(store, &SecretStore::saved, this, &VerifyPage::onStored);
        connect(store, &SecretStore::failed, this, &VerifyPage::onStoreFailed);
        store->save(credentials);
    };
    connect(store, &SecretStore::loaded, this, [this, store, credentials, saveNow](const Credentials &existing) {
        const bool same = existing.clientId == credentials.clientId && existing.clientSecret == credentials.clientSecret;
        if (same || confirmReplace(existing)) {
            saveNow();
            return;
        }
        store->deleteLater();
        m_store = nullptr;
        m_secretOnScreen->setText(credentials.clientSecret);
        showResult(QStyle::SP_MessageBoxInformation, tr("Not saved: the stored credentials were kept"),
                   tr("This computer still keeps the earlier Zoho credentials. The new ones are not saved: copy the "
                      "secret below if you want to keep it, or save them after all."));
        setState(State::StoreFailed);
    });
    // Nothing stored yet, or nothing readable (an unusable keychain, an item that is not ours):
    // the save itself then succeeds or says what is wrong, in terms of saving.
    connect(store, &SecretStore::failed, this, [saveNow](const SecretStore::Error &) { saveNow(); });
    store->load();
}

bool VerifyPage::confirmReplace(const Credentials &existing)
{
    QMessageBox box(QMessageBox::Question, tr("Replace the stored credentials?"),
                    tr("This computer already keeps Zoho credentials: Client ID %1, saved %2. Replace them with the "
                       "ones you just checked?")
                        .arg(Credentials::maskClientId(existing.clientId),
                             QLocale().toString(existing.storedAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmReplaceBox"));
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Keep the Old Ones"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(replace);
}

void VerifyPage::onStored(const Credentials &credentials)
{
    m_store = nullptr;
    m_wizard->setCredentials(credentials);
    m_wizard->setCredentialsStored(true);
    const QString account = m_wizard->verifiedAccount();
    QString advice = tr("Your credentials are saved in this computer's keychain.");
    if (!m_wizard->verificationNote().isEmpty())
        advice += QLatin1Char(' ') + m_wizard->verificationNote();
    if (account.isEmpty()) {
        showResult(QStyle::SP_DialogApplyButton,
                   tr("Zoho recognises your client in its %1 data center").arg(dataCenterName(credentials.dataCenter)),
                   advice + QLatin1Char(' ')
                       + tr("Without the sign-in, the secret is proven only when Optiply connects."));
    } else {
        showResult(QStyle::SP_DialogApplyButton, tr("Verified — connected as %1").arg(account), advice);
    }
    setState(State::Stored);
}

void VerifyPage::onStoreFailed(const SecretStore::Error &error)
{
    m_store = nullptr;
    m_secretOnScreen->setText(m_wizard->credentials().clientSecret);
    showResult(QStyle::SP_MessageBoxCritical, tr("Your credentials are fine, but they could not be saved"),
               error.message, error.detail);
    setState(State::StoreFailed);
}

void VerifyPage::retry()
{
    switch (m_state) {
    case State::StoreFailed: startStore(); break;
    case State::SigningIn:
    case State::SignInFailed: startSignIn(); break;
    default: startCheck(); break;
    }
}
