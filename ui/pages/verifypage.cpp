#include "verifypage.h"

#include "../onboardingwizard.h"
#include "../accessiblesecretguard.h"
#include "../copyfield.h"
#include "../flowlayout.h"
#include "../illustrationview.h"
#include "../secretclipboard.h"
#include "credentialspage.h"
#include "../supportreportwidget.h"

#include "clientprober.h"
#include "datacenter.h"
#include "keychainname.h"
#include "onboardingguide.h"
#include "probestatus.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QTimer>
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
    : AssistantPage(wizard)
    , m_wizard(wizard)
    , m_resultBox(new QWidget(this))
    , m_icon(new QLabel(m_resultBox))
    , m_headline(new QLabel(m_resultBox))
    , m_advice(new QLabel(m_resultBox))
    , m_details(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_retry(new QPushButton(this))
    , m_skipSignIn(new QPushButton(this))
    , m_signInBox(new QWidget(this))
    , m_openSignIn(new QPushButton(this))
    , m_pasteBox(new QWidget(m_signInBox))
    , m_pastedAddress(new QLineEdit(m_pasteBox))
    , m_submitAddress(new QPushButton(m_pasteBox))
    , m_pasteError(new QLabel(m_pasteBox))
    , m_secretBox(new QWidget(this))
    , m_secretOnScreen(new QLineEdit(m_secretBox))
    , m_fixButton(new QPushButton(this))
    , m_dataCenterBox(new QWidget(this))
    , m_dataCenterCombo(new QComboBox(m_dataCenterBox))
    , m_checkThere(new QPushButton(m_dataCenterBox))
    , m_redirectBox(new QWidget(this))
    , m_redirectField(new CopyField(QString(), OnboardingGuide::signInRedirectUri().toString(), m_redirectBox))
    , m_openConsole(new QPushButton(m_redirectBox))
    , m_detailsHeading(new QLabel(this))
    , m_waitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("VerifyPage"));
    keepTranslated([this] {
        //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        setSubTitle(tr("The assistant asks Zoho whether it knows your client, signs in once to prove the "
                       "credentials, and keeps them %1.")
                        .arg(KeychainName::where()));
        m_skipSignIn->setText(tr("Sa&ve Without Signing In"));
        m_openSignIn->setText(tr("&Open the Sign-in Page Again"));
        m_submitAddress->setText(tr("Contin&ue"));
        m_checkThere->setText(tr("Check &There"));
        m_redirectField->setWhat(tr("Address Zoho sends you back to"));
        m_openConsole->setText(tr("&Open the Zoho API Console"));
        m_detailsHeading->setText(tr("Details for support:"));
    });

    m_headline->setObjectName(QStringLiteral("headline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    // Focus rests here while Zoho is asked (Next is not available yet), so a screen reader reads it.
    m_headline->setFocusPolicy(Qt::StrongFocus);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_icon->setObjectName(QStringLiteral("resultIcon"));
    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    m_advice->setObjectName(QStringLiteral("advice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // For support, so set apart and smaller, but in the theme's own text colour: readable.
    QFont small = m_details->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_details->setFont(small);
    m_detailsHeading->setObjectName(QStringLiteral("detailsHeading"));
    m_detailsHeading->setFont(small);
    keepTranslated([this] {
        m_details->setAccessibleName(tr("Details for support"));
        m_busy->setAccessibleName(tr("Working"));
    });

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);

    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAutoDefault(false);
    connect(m_retry, &QPushButton::clicked, this, &VerifyPage::retry);
    m_skipSignIn->setObjectName(QStringLiteral("skipSignInButton"));
    m_skipSignIn->setAutoDefault(false);
    keepTranslated([this] {
        m_skipSignIn->setToolTip(tr("Zoho already recognised the client. Without the sign-in, the secret is "
                                    "fully proven only when Optiply connects."));
    });
    connect(m_skipSignIn, &QPushButton::clicked, this, [this] {
        if (m_signIn)
            m_signIn->cancel();
        startStore();
    });

    // While the browser shows Zoho's page: what to do there, and what to do when it goes wrong.
    m_signInBox->setObjectName(QStringLiteral("signInBox"));
    auto *browserHelp = new QLabel(m_signInBox);
    keepTranslated([browserHelp] {
        browserHelp->setText(
            tr("If the browser shows <b>Invalid Redirect Uri</b>: the second line of <b>Authorized Redirect URIs</b> "
               "from step 3 (the address Zoho sends you back to after you approve) is missing. Open your client in "
               "Zoho's API Console, add it, click Update, then sign in again.<br>"
               "If it shows <b>Invalid Client</b>: Zoho signed you in to another region than the client's. Sign "
               "out of Zoho in the browser, then start the sign-in again."));
    });
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
    keepTranslated([pasteLabel] {
        pasteLabel->setText(tr("Another program on this computer is in the way, so the assistant cannot receive "
                               "Zoho's answer by itself. After you click Accept on Zoho's page, your browser shows "
                               "an error or another program's page: copy the whole address from its address bar "
                               "and paste it &here."));
    });
    pasteLabel->setBuddy(m_pastedAddress);
    m_pastedAddress->setObjectName(QStringLiteral("pastedAddress"));
    keepTranslated([this] { m_pastedAddress->setAccessibleName(tr("Address from the browser")); });
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
    auto *secretLabel = new QLabel(m_secretBox);
    secretLabel->setWordWrap(true);
    secretLabel->setBuddy(m_secretOnScreen);
    m_secretOnScreen->setReadOnly(true);
    m_secretOnScreen->setEchoMode(QLineEdit::Password);
    m_secretOnScreen->setProperty(AccessibleSecretGuard::secretProperty, true);
    auto *reveal = new QToolButton(m_secretBox);
    reveal->setCheckable(true);
    connect(reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_secretOnScreen->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *copy = new QPushButton(m_secretBox);
    keepTranslated([this, secretLabel, reveal, copy] {
        secretLabel->setText(tr("Your Client &Secret, kept here until it is saved:"));
        m_secretOnScreen->setAccessibleName(tr("Client Secret, not saved yet"));
        reveal->setText(tr("Show"));
        reveal->setAccessibleName(tr("Show the unsaved Client Secret"));
        copy->setText(tr("Copy"));
        copy->setAccessibleName(tr("Copy the unsaved Client Secret"));
    });
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        m_wizard->secretClipboard()->copySecret(m_secretOnScreen->text());
        copy->setText(tr("Copied"));
        OnboardingWizard::announce(copy, tr("The Client Secret is copied."));
    });
    auto *secretLayout = new QGridLayout(m_secretBox);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(secretLabel, 0, 0, 1, 3);
    secretLayout->addWidget(m_secretOnScreen, 1, 0);
    secretLayout->addWidget(reveal, 1, 1);
    secretLayout->addWidget(copy, 1, 2);

    auto *top = new QHBoxLayout(m_resultBox);
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(m_advice);
    top->addLayout(texts, 1);

    // The fixes: one button, and what some of them open on the page.
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->setAutoDefault(false);
    connect(m_fixButton, &QPushButton::clicked, this, &VerifyPage::applyFix);

    m_dataCenterBox->setObjectName(QStringLiteral("dataCenterChooser"));
    m_dataCenterCombo->setObjectName(QStringLiteral("verifyDataCenterBox"));
    m_dataCenterCombo->addItem(QString(), QStringLiteral("auto"));
    for (const DataCenter &dc : DataCenters::all())
        m_dataCenterCombo->addItem(QString(), dc.code);
    auto *dcLabel = new QLabel(m_dataCenterBox);
    keepTranslated([this, dcLabel] {
        m_dataCenterCombo->setItemText(0, tr("All of them – find it for me"));
        const QList<DataCenter> &all = DataCenters::all();
        for (qsizetype i = 0; i < all.size(); ++i)
            m_dataCenterCombo->setItemText(int(i) + 1, all.at(i).displayName());
        m_dataCenterCombo->setAccessibleName(tr("Zoho data center to check"));
        dcLabel->setText(tr("&Which Zoho data center?"));
    });
    dcLabel->setBuddy(m_dataCenterCombo);
    m_checkThere->setObjectName(QStringLiteral("checkThereButton"));
    m_checkThere->setAutoDefault(false);
    connect(m_checkThere, &QPushButton::clicked, this, [this] {
        m_wizard->setDataCenterChoice(m_dataCenterCombo->currentData().toString());
        startCheck();
    });
    auto *dcLayout = new FlowLayout(m_dataCenterBox);
    dcLayout->setContentsMargins(0, 0, 0, 0);
    dcLayout->addWidget(dcLabel);
    dcLayout->addWidget(m_dataCenterCombo);
    dcLayout->addWidget(m_checkThere);
    m_dataCenterBox->hide();

    m_redirectBox->setObjectName(QStringLiteral("redirectHelp"));
    auto *redirectText = new QLabel(m_redirectBox);
    redirectText->setWordWrap(true);
    redirectText->setTextFormat(Qt::RichText);
    auto *redirectPicture = new IllustrationView(QStringLiteral(":/illustrations/step3-fill-details.svg"), m_redirectBox);
    keepTranslated([this, redirectText, redirectPicture] {
        // The check names hotglue's address (the first line), the sign-in the assistant's own (the second).
        if (m_state == State::CheckFailed) {
            redirectText->setText(tr("In Zoho's API Console, open your client, find <b>Authorized Redirect URIs</b>, "
                                     "paste this address into its first line, exactly as it is (no space, no slash "
                                     "at the end), and click <b>Update</b>. Then click Check Again here."));
        } else {
            redirectText->setText(tr("In Zoho's API Console, open your client, find <b>Authorized Redirect URIs</b>, "
                                     "click <b>+</b> to add a second line, paste this address there and click "
                                     "<b>Update</b>. Then click Sign In Again here."));
        }
        redirectPicture->setAccessibleName(tr("Illustration: the two lines of Authorized Redirect URIs in Zoho's form"));
    });
    m_redirectField->setObjectName(QStringLiteral("redirectAddressField"));
    m_openConsole->setObjectName(QStringLiteral("verifyOpenConsoleButton"));
    m_openConsole->setAutoDefault(false);
    connect(m_openConsole, &QPushButton::clicked, this, [this] {
        const DataCenter dc = DataCenters::find(m_wizard->credentials().dataCenter);
        m_wizard->openUrl(dc.isValid() ? dc.apiConsole : DataCenters::find(QStringLiteral("us")).apiConsole);
        m_wizard->moveFocusTo(m_redirectField->copyButton());
    });
    connect(m_redirectField, &CopyField::copied, this, [this] { m_wizard->moveFocusTo(m_retry); });
    auto *redirectLayout = new QVBoxLayout(m_redirectBox);
    redirectLayout->setContentsMargins(0, 0, 0, 0);
    redirectLayout->addWidget(redirectText);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openConsole);
    openRow->addStretch();
    redirectLayout->addLayout(openRow);
    redirectLayout->addWidget(m_redirectField);
    redirectLayout->addWidget(redirectPicture);
    m_redirectBox->hide();

    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &VerifyPage::tickWait);

    // A row that wraps: three long translated buttons at 200 % are wider than the window.
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_fixButton);
    buttons->addWidget(m_openSignIn);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_skipSignIn);

    auto *layout = contentLayout();
    layout->addWidget(m_resultBox);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);
    layout->addWidget(m_dataCenterBox);
    layout->addWidget(m_redirectBox);
    layout->addWidget(m_signInBox);
    layout->addWidget(m_secretBox);
    layout->addStretch();
    layout->addWidget(m_detailsHeading);
    layout->addWidget(m_details);
    layout->addWidget(m_support = new SupportReportWidget([this](SupportReport *report) {
        report->setAccountsServers(m_wizard->accountsServers());
        report->setCredentials(m_wizard->credentials());
        if (!m_wizard->credentials().dataCenter.isEmpty())
            report->setDataCenters({m_wizard->credentials().dataCenter});
    }, this));

    setState(State::Idle);
    retranslateUi();
}

void VerifyPage::keepTranslated(std::function<void()> setText)
{
    setText();
    m_translatedTexts.append(std::move(setText));
}

void VerifyPage::render(std::function<void()> showResultNow)
{
    m_renderResult = std::move(showResultNow);
    m_renderResult();
}

void VerifyPage::retranslateUi()
{
    for (const auto &setText : std::as_const(m_translatedTexts))
        setText();
    // The title and the retry button follow the state; the result is worded again from what Zoho
    // (or the keychain) answered, not left in the language it was first shown in.
    setState(m_state);
    updateFixText();
    m_pasteError->setText(ZohoSignIn::describe(m_pasteProblem));
    if (m_renderResult)
        m_renderResult();
    if (m_state != State::Idle)
        m_resultBox->setAccessibleName(m_headline->text());
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
    offerFix(Fix::None);
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
    // The header says where things stand, not only what the page is for.
    switch (state) {
    case State::CheckFailed:
    case State::SignInFailed: setTitle(tr("Not connected yet: one thing to fix")); break;
    case State::StoreFailed: setTitle(tr("Checked, but not saved yet")); break;
    case State::Stored: setTitle(tr("Checked and saved")); break;
    default: setTitle(tr("Checking with Zoho")); break;
    }
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
    switch (icon) {
    case QStyle::SP_MessageBoxWarning: m_icon->setAccessibleName(tr("Warning")); break;
    case QStyle::SP_MessageBoxCritical: m_icon->setAccessibleName(tr("Error")); break;
    case QStyle::SP_MessageBoxInformation: m_icon->setAccessibleName(tr("Note")); break;
    case QStyle::SP_DialogApplyButton: m_icon->setAccessibleName(tr("Done")); break;
    default: m_icon->setAccessibleName(tr("Working")); break;
    }
    m_headline->setText(headline);
    m_advice->setText(advice);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_detailsHeading->setVisible(!details.isEmpty());
    setAccessibleDescription(headline + QLatin1Char(' ') + advice);
}

void VerifyPage::startCheck()
{
    const DataCenter dc = DataCenters::find(m_wizard->dataCenterChoice());
    const QStringList dataCenters = dc.isValid() ? QStringList{dc.code} : DataCenters::codes();

    render([this, dc] {
        showResult(QStyle::SP_BrowserReload,
                   dc.isValid() ? tr("Asking Zoho's %1 data center…").arg(dc.displayName())
                                : tr("Asking all of Zoho's data centers where your client is…"),
                   tr("This takes a few seconds."));
    });
    setState(State::Checking);
    offerFix(Fix::None);
    if (isVisible())
        m_wizard->moveFocusTo(m_headline);

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
        render([this, report, details] {
            showResult(QStyle::SP_MessageBoxWarning, ProbeStatusText::headline(report.status),
                       ProbeStatusText::advice(report, dataCenterName(report.dataCenter)),
                       details.join(QLatin1Char('\n')));
        });
        setState(State::CheckFailed);
        switch (report.status) {
        case ProbeStatus::WrongSecret: offerFix(Fix::PasteSecretAgain); break;
        case ProbeStatus::Malformed: offerFix(Fix::PasteClientIdAgain); break;
        case ProbeStatus::UnknownClient:
            // Asked one data center: another may know it. Asked them all: the ID itself is wrong.
            offerFix(DataCenters::find(m_wizard->dataCenterChoice()).isValid() ? Fix::ChooseDataCenter
                                                                               : Fix::PasteClientIdAgain);
            break;
        case ProbeStatus::RateLimited: offerFix(Fix::WaitAndRetry); break;
        case ProbeStatus::RedirectUriNotRegistered: offerFix(Fix::AddRedirectAddress); break;
        default: offerFix(Fix::None); break;
        }
        announceResult();
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
    render([this, dataCenter, recognisedIn = m_report.recognisedIn] {
        QString advice = tr("Zoho's sign-in page opens in your browser. Sign in with your Zoho account and click "
                            "Accept: the assistant then receives Zoho's answer by itself. The test sign-in is "
                            "removed from your Zoho account right after.");
        if (recognisedIn.size() > 1) {
            advice += QLatin1Char(' ')
                + tr("This client is enabled in several data centers (%1).").arg(recognisedIn.join(QStringLiteral(", ")));
        }
        showResult(QStyle::SP_DialogApplyButton,
                   tr("Zoho recognises your client in its %1 data center. Now sign in once.").arg(dataCenterName(dataCenter)),
                   advice);
    });
    m_pasteBox->hide();
    m_pasteError->hide();
    m_pasteProblem = ZohoSignIn::AddressProblem::None;
    m_pastedAddress->clear();
    m_signInUrl.clear();
    setState(State::SigningIn);
    offerFix(Fix::None);

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
        render([this, shown = m_renderResult] {
            if (shown)
                shown();
            m_advice->setText(tr("Your browser could not be opened. The address of Zoho's sign-in page is now on the "
                                 "clipboard: paste it into your browser's address bar."));
        });
    }
}

void VerifyPage::submitPastedAddress()
{
    if (!m_signIn)
        return;
    m_pasteProblem = m_signIn->submitRedirectAddress(m_pastedAddress->text());
    m_pasteError->setText(ZohoSignIn::describe(m_pasteProblem));
    m_pasteError->setVisible(m_pasteProblem != ZohoSignIn::AddressProblem::None);
}

void VerifyPage::onSignInFinished(const ZohoSignIn::Result &result)
{
    if (m_signIn)
        m_signIn->deleteLater();
    qCInfo(lcVerify) << "sign-in finished:" << ProbeStatusText::key(result.status) << result.dataCenter;
    m_support->noteVerification(result);
    if (!result.isVerified()) {
        render([this, result] {
            // With unknown_data_center the advice names the accounts server Zoho's redirect named.
            const QString where = result.cause == ProbeCause::UnknownDataCenter ? result.accountsServer
                                                                               : dataCenterName(result.dataCenter);
            QString advice = ProbeStatusText::advice(result.status, result.cause, where, result.certificateIssuer,
                                                     result.proxy);
            if (result.status == ProbeStatus::RedirectUriNotRegistered) {
                advice = tr("Zoho does not know the address it should send you back to after you approve: the second "
                            "line of Authorized Redirect URIs from step 3 is missing. Add it as shown below, then sign "
                            "in again.");
            }
            showResult(QStyle::SP_MessageBoxWarning, ProbeStatusText::headline(result.status), advice, result.detail);
        });
        setState(State::SignInFailed);
        switch (result.status) {
        case ProbeStatus::RedirectUriNotRegistered: offerFix(Fix::AddRedirectAddress); break;
        case ProbeStatus::WrongSecret: offerFix(Fix::PasteSecretAgain); break;
        case ProbeStatus::Malformed: offerFix(Fix::PasteClientIdAgain); break;
        case ProbeStatus::RateLimited: offerFix(Fix::WaitAndRetry); break;
        default: offerFix(Fix::None); break;
        }
        // Saving without the sign-in is no way out when the sign-in just said the secret is wrong.
        m_skipSignIn->setVisible(m_fix != Fix::PasteSecretAgain && m_fix != Fix::PasteClientIdAgain);
        announceResult();
        return;
    }
    Credentials credentials = m_wizard->credentials();
    credentials.dataCenter = result.dataCenter;
    m_wizard->setCredentials(credentials);
    m_wizard->setVerifiedAccount(result.accountEmail.isEmpty() ? tr("your Zoho account") : result.accountEmail);
    if (result.cause == ProbeCause::RefreshTokenNotRevoked) {
        // A refresh token does not expire by itself: say so, and where to remove it.
        m_wizard->setVerificationNote(ProbeStatusText::advice(result.status, result.cause,
                                                              dataCenterName(result.dataCenter)));
    } else if (result.revocationFailed) {
        m_wizard->setVerificationNote(tr("The test sign-in could not be removed from Zoho. It expires by itself "
                                         "within an hour."));
    }
    startStore();
}

void VerifyPage::startStore()
{
    offerFix(Fix::None);
    const QString account = m_wizard->verifiedAccount();
    Credentials credentials = m_wizard->credentials();
    // Kept with them, so a returning customer sees as whom they were verified.
    credentials.verifiedAccount = account;
    render([this, account, dataCenter = credentials.dataCenter] {
        showResult(QStyle::SP_DialogApplyButton,
                   account.isEmpty() ? tr("Zoho recognises your client in its %1 data center").arg(dataCenterName(dataCenter))
                                     : tr("Verified — connected as %1").arg(account),
                   //: %1 is where the credentials are kept, such as "in Windows Credential Manager"
                   tr("Saving the credentials %1…").arg(KeychainName::where()));
    });
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
        render([this] {
            showResult(QStyle::SP_MessageBoxInformation, tr("Not saved: the stored credentials were kept"),
                       tr("This computer still keeps the earlier Zoho credentials. The new ones are not saved: copy "
                          "the secret below if you want to keep it, or save them after all."));
        });
        setState(State::StoreFailed);
        announceResult();
        m_wizard->moveFocusTo(m_retry);
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
    render([this, account = m_wizard->verifiedAccount(), dataCenter = credentials.dataCenter] {
        //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        QString advice = tr("Your credentials are saved %1.").arg(KeychainName::where());
        if (!m_wizard->verificationNote().isEmpty())
            advice += QLatin1Char(' ') + m_wizard->verificationNote();
        if (account.isEmpty()) {
            showResult(QStyle::SP_DialogApplyButton,
                       tr("Zoho recognises your client in its %1 data center").arg(dataCenterName(dataCenter)),
                       advice + QLatin1Char(' ')
                           + tr("Without the sign-in, the secret is proven only when Optiply connects."));
        } else {
            showResult(QStyle::SP_DialogApplyButton, tr("Verified — connected as %1").arg(account), advice);
        }
    });
    setState(State::Stored);
    m_wizard->setStoredCredentials(credentials);
    announceResult();
    // Done here: Next is what comes next.
    m_wizard->moveFocusTo(m_wizard->button(QWizard::NextButton));
}

void VerifyPage::onStoreFailed(const SecretStore::Error &error)
{
    m_store = nullptr;
    m_secretOnScreen->setText(m_wizard->credentials().clientSecret);
    // Worded from what failed, so that it follows a language change like the headline.
    render([this, error] {
        showResult(QStyle::SP_MessageBoxCritical, tr("Your credentials are fine, but they could not be saved"),
                   SecretStore::messageFor(error.kind, error.operation), error.detail);
    });
    setState(State::StoreFailed);
    announceResult();
    m_wizard->moveFocusTo(m_retry);
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

QWidget *VerifyPage::arrivalFocus() const
{
    return m_headline;
}

void VerifyPage::offerFix(Fix fix)
{
    m_fix = fix;
    m_waitTimer->stop();
    m_dataCenterBox->hide();
    m_redirectBox->hide();
    m_retry->setEnabled(true);
    if (fix == Fix::None)
        m_fixButton->hide();
    if (fix == Fix::WaitAndRetry)
        m_waitLeft = waitSeconds;
    updateFixText();
    if (fix == Fix::None) {
        // Only a new attempt can help (the network, Zoho): that is the action, then.
        if (m_retry->isVisible())
            m_wizard->moveFocusTo(m_retry);
        return;
    }
    m_fixButton->show();
    m_wizard->moveFocusTo(m_fixButton);
}

void VerifyPage::updateFixText()
{
    switch (m_fix) {
    case Fix::None: break;
    case Fix::PasteSecretAgain: m_fixButton->setText(tr("&Paste the Secret Again")); break;
    case Fix::PasteClientIdAgain: m_fixButton->setText(tr("&Paste the Client ID Again")); break;
    case Fix::ChooseDataCenter: m_fixButton->setText(tr("Choose Another &Data Center")); break;
    case Fix::AddRedirectAddress: m_fixButton->setText(tr("Add the &Missing Address in Zoho")); break;
    case Fix::WaitAndRetry:
        if (m_waitTimer->isActive())
            m_fixButton->setText(countdownText(m_waitLeft + 1));
        else
            m_fixButton->setText(tr("&Wait Ten Minutes, Then Check Again"));
        break;
    }
}

void VerifyPage::applyFix()
{
    switch (m_fix) {
    case Fix::None: break;
    case Fix::PasteSecretAgain:
    case Fix::PasteClientIdAgain: {
        const auto field = m_fix == Fix::PasteSecretAgain ? CredentialsPage::Field::Secret : CredentialsPage::Field::ClientId;
        m_wizard->back();
        if (auto *page = qobject_cast<CredentialsPage *>(m_wizard->currentPage()))
            page->pasteAgain(field);
        break;
    }
    case Fix::ChooseDataCenter: {
        // "All of them" first: the one just asked did not know the client, the search finds it anywhere.
        m_dataCenterCombo->setCurrentIndex(0);
        m_dataCenterBox->show();
        m_wizard->moveFocusTo(m_dataCenterCombo);
        break;
    }
    case Fix::AddRedirectAddress:
        // The address Zoho refused: hotglue's for the check, the assistant's own for the sign-in.
        m_redirectField->setValue(m_state == State::CheckFailed ? OnboardingGuide::integrationRedirectUri().toString()
                                                                : OnboardingGuide::signInRedirectUri().toString());
        retranslateUi();
        m_redirectBox->show();
        m_wizard->moveFocusTo(m_openConsole);
        break;
    case Fix::WaitAndRetry:
        m_fixButton->setEnabled(false);
        m_retry->setEnabled(false);
        m_waitTimer->start();
        tickWait();
        // The two buttons wait too: the focus rests on the result, which a screen reader reads.
        m_wizard->moveFocusTo(m_headline);
        break;
    }
}

void VerifyPage::tickWait()
{
    if (m_waitLeft <= 0) {
        m_waitTimer->stop();
        m_fixButton->setEnabled(true);
        m_retry->setEnabled(true);
        retry();
        return;
    }
    m_fixButton->setText(countdownText(m_waitLeft));
    --m_waitLeft;
}

QString VerifyPage::countdownText(int seconds) const
{
    const QString left = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    //: %1 is the time left, in minutes and seconds, such as 9:59
    return tr("Checking again in %1").arg(left);
}

void VerifyPage::setCountdownSecondForTesting(std::chrono::milliseconds second)
{
    m_waitTimer->setInterval(second);
}

void VerifyPage::announceResult()
{
    m_resultBox->setAccessibleName(m_headline->text());
    OnboardingWizard::announce(m_resultBox, m_headline->text() + QLatin1Char(' ') + m_advice->text());
}
