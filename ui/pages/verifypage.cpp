#include "verifypage.h"

#include "../onboardingwizard.h"
#include "../accessiblesecretguard.h"
#include "../copyfield.h"
#include "../flowlayout.h"
#include "../illustrationview.h"
#include "../secretclipboard.h"
#include "../supportdetailsview.h"
#include "credentialspage.h"
#include "../supportreportwidget.h"

#include "datacenter.h"
#include "keychainname.h"
#include "onboardingguide.h"
#include "probestatus.h"
#include "verificationflow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

VerifyPage::VerifyPage(OnboardingWizard *wizard)
    : AssistantPage(wizard)
    , m_wizard(wizard)
    , m_flow(new VerificationFlow(wizard->network(), this))
    , m_resultBox(new QWidget(this))
    , m_icon(new QLabel(m_resultBox))
    , m_headline(new QLabel(m_resultBox))
    , m_advice(new QLabel(m_resultBox))
    , m_details(new SupportDetailsView(this))
    , m_busy(new QProgressBar(this))
    , m_retry(new QPushButton(this))
    , m_skipSignIn(new QPushButton(this))
    , m_signInBox(new QWidget(this))
    , m_openSignIn(new QPushButton(this))
    , m_pasteBox(new QWidget(m_signInBox))
    , m_pasteLabel(new QLabel(m_pasteBox))
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
    , m_redirectText(new QLabel(m_redirectBox))
    , m_redirectPicture(new IllustrationView(QStringLiteral(":/illustrations/fix-missing-address.svg"), m_redirectBox))
    , m_openConsole(new QPushButton(m_redirectBox))
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
        m_openConsole->setText(OnboardingGuide::openConsoleButtonText());
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
    keepTranslated([this] { m_busy->setAccessibleName(tr("Working")); });

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);

    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAutoDefault(false);
    connect(m_retry, &QPushButton::clicked, m_flow, &VerificationFlow::retry);
    m_skipSignIn->setObjectName(QStringLiteral("skipSignInButton"));
    m_skipSignIn->setAutoDefault(false);
    keepTranslated([this] {
        m_skipSignIn->setToolTip(tr("Zoho already recognised the client. Without the sign-in, the secret is "
                                    "fully proven only when Optiply connects."));
    });
    connect(m_skipSignIn, &QPushButton::clicked, m_flow, &VerificationFlow::skipSignIn);

    // While the browser shows Zoho's page: what to do there, and what to do when it goes wrong.
    m_signInBox->setObjectName(QStringLiteral("signInBox"));
    auto *browserHelp = new QLabel(m_signInBox);
    keepTranslated([browserHelp] {
        browserHelp->setText(
            tr("If the browser shows <b>Invalid Redirect Uri</b>: the second line of <b>Authorized Redirect URIs</b> "
               "from step 3 (the address Zoho sends you back to after you approve) is missing. Open your client in "
               "Zoho's API Console, add it, click <b>%1</b>, then sign in again.<br>"
               "If it shows <b>Invalid Client</b>: Zoho signed you in to another region than the client's. Sign "
               "out of Zoho in the browser, then start the sign-in again.")
                .arg(OnboardingGuide::zohoUpdateLabel()));
    });
    browserHelp->setObjectName(QStringLiteral("browserHelp"));
    browserHelp->setWordWrap(true);
    browserHelp->setTextFormat(Qt::RichText);
    m_openSignIn->setObjectName(QStringLiteral("openSignInButton"));
    m_openSignIn->setAutoDefault(false);
    connect(m_openSignIn, &QPushButton::clicked, this, [this] {
        if (m_flow->signInUrl().isValid())
            openBrowser(m_flow->signInUrl());
    });

    // When the loopback port is taken, the customer brings Zoho's answer over by hand.
    m_pasteBox->setObjectName(QStringLiteral("pasteBox"));
    m_pasteLabel->setObjectName(QStringLiteral("pasteLabel"));
    m_pasteLabel->setWordWrap(true);
    m_pasteLabel->setBuddy(m_pastedAddress);
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
    pasteLayout->addWidget(m_pasteLabel, 0, 0, 1, 2);
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
        m_dataCenterCombo->setItemText(0, DataCenters::anyChoiceLabel());
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
        m_flow->checkIn(m_wizard->dataCenterChoice());
    });
    auto *dcLayout = new FlowLayout(m_dataCenterBox);
    dcLayout->setContentsMargins(0, 0, 0, 0);
    dcLayout->addWidget(dcLabel);
    dcLayout->addWidget(m_dataCenterCombo);
    dcLayout->addWidget(m_checkThere);
    m_dataCenterBox->hide();

    m_redirectBox->setObjectName(QStringLiteral("redirectHelp"));
    m_redirectText->setObjectName(QStringLiteral("redirectInstructions"));
    m_redirectText->setWordWrap(true);
    m_redirectText->setTextFormat(Qt::RichText);
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
    redirectLayout->addWidget(m_redirectText);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openConsole);
    openRow->addStretch();
    redirectLayout->addLayout(openRow);
    redirectLayout->addWidget(m_redirectField);
    redirectLayout->addWidget(m_redirectPicture);
    m_redirectBox->hide();

    connect(m_flow, &VerificationFlow::stateChanged, this, &VerifyPage::onFlowState);
    connect(m_flow, &VerificationFlow::authorizationUrlReady, this, &VerifyPage::openBrowser);
    connect(m_flow, &VerificationFlow::listenerUnavailableChanged, this, &VerifyPage::offerAddressPaste);
    connect(m_flow, &VerificationFlow::listenerCrowded, this, &VerifyPage::offerAddressPaste);
    connect(m_flow, &VerificationFlow::replaceDecisionNeeded, this, &VerifyPage::onReplaceDecisionNeeded);
    connect(m_flow, &VerificationFlow::countdown, this, &VerifyPage::onCountdown);
    connect(m_flow, &VerificationFlow::recorded, this, [this] { m_support->refreshReference(); });

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
    layout->addWidget(m_details);
    layout->addWidget(m_support = new SupportReportWidget([this](SupportReport *report) {
        report->setAccountsServers(m_wizard->accountsServers());
        report->setCredentials(m_wizard->credentials());
        if (!m_wizard->credentials().dataCenter.isEmpty())
            report->setDataCenters({m_wizard->credentials().dataCenter});
    }, this));

    applyState(State::Idle);
    retranslateUi();
}

void VerifyPage::keepTranslated(std::function<void()> setText)
{
    setText();
    m_translatedTexts.append(std::move(setText));
}

void VerifyPage::retranslateUi()
{
    for (const auto &setText : std::as_const(m_translatedTexts))
        setText();
    // The title and the buttons follow the state; the result is worded again from what Zoho (or
    // the keychain) answered, not left in the language it was first shown in.
    applyState(m_flow->state());
    updateFixText();
    updateRedirectHelp();
    updatePasteLabel();
    m_pasteError->setText(ZohoSignIn::describe(m_pasteProblem));
    if (m_flow->state() != State::Idle) {
        showFlowResult();
        m_resultBox->setAccessibleName(m_headline->text());
    }
}

void VerifyPage::initializePage()
{
    startCheck();
}

void VerifyPage::cleanupPage()
{
    // Back is always safe: nothing keeps running for the page the customer left (a sign-in that
    // holds tokens still revokes them; a keychain write under way finishes, unheard).
    m_flow->cancel();
    offerFix(Fix::None);
}

void VerifyPage::settle()
{
    m_flow->settle(std::chrono::seconds(10));
}

bool VerifyPage::isComplete() const
{
    // Kept the old ones: a decision, and an end; Next goes on with the credentials kept.
    return m_flow->state() == State::Stored || m_flow->state() == State::KeptExisting;
}

void VerifyPage::startCheck()
{
    VerificationFlow::Options options;
    options.dataCenter = m_wizard->dataCenterChoice();
    options.servers = m_wizard->accountsServers();
    options.keychainService = m_wizard->keychainService();
    m_flow->setOptions(options);
    m_flow->start(m_wizard->credentials());
}

void VerifyPage::applyState(State state)
{
    m_busy->setVisible(state == State::Checking || state == State::SigningIn || state == State::Storing);
    m_openSignIn->setVisible(state == State::SigningIn);
    m_retry->setVisible(state == State::CheckFailed || state == State::SignInFailed || state == State::StoreFailed
                        || state == State::SigningIn || state == State::KeptExisting);
    // Zoho recognised the client; a sign-in that cannot work yet need not hold the customer up.
    const bool signInAddressMissing = state == State::CheckFailed && m_fix == Fix::AddRedirectAddress
        && m_flow->missingRedirectUri() == m_flow->signInRedirectUri();
    m_skipSignIn->setVisible(((state == State::SigningIn || state == State::SignInFailed) && m_fix != Fix::PasteSecretAgain
                              && m_fix != Fix::PasteClientIdAgain)
                             || signInAddressMissing);
    m_signInBox->setVisible(state == State::SigningIn);
    m_secretBox->setVisible(state == State::StoreFailed || state == State::KeptExisting);
    // The header says where things stand, not only what the page is for.
    switch (state) {
    case State::CheckFailed:
    case State::SignInFailed: setTitle(tr("Not connected yet: one thing to fix")); break;
    case State::StoreFailed:
    case State::KeptExisting: setTitle(tr("Checked, but not saved yet")); break;
    case State::Stored: setTitle(tr("Checked and saved")); break;
    default: setTitle(tr("Checking with Zoho")); break;
    }
    switch (state) {
    case State::CheckFailed: m_retry->setText(tr("&Check Again")); break;
    case State::SigningIn: m_retry->setText(tr("&Start the Sign-in Again")); break;
    case State::SignInFailed: m_retry->setText(tr("&Sign In Again")); break;
    case State::StoreFailed: m_retry->setText(tr("&Try Saving Again")); break;
    case State::KeptExisting: m_retry->setText(tr("&Replace Them After All")); break;
    default: break;
    }
}

void VerifyPage::showFlowResult()
{
    const State state = m_flow->state();
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    switch (state) {
    case State::Checking: icon = QStyle::SP_BrowserReload; break;
    case State::CheckFailed:
    case State::SignInFailed:
    case State::Interrupted: icon = QStyle::SP_MessageBoxWarning; break;
    case State::StoreFailed: icon = m_flow->storeRaceLost() ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxCritical; break;
    case State::AwaitingReplaceDecision:
    case State::KeptExisting: icon = QStyle::SP_MessageBoxInformation; break;
    default: break;
    }
    QString advice = m_flow->advice();
    if (state == State::SigningIn && m_browserFailed) {
        advice = tr("Your browser could not be opened. The address of Zoho's sign-in page is now on the clipboard: "
                    "paste it into your browser's address bar.");
    } else if (state == State::StoreFailed && !m_flow->storeRaceLost()) {
        // The keychain's own words stay with the details.
    } else if (state == State::KeptExisting) {
        advice += QLatin1Char(' ')
            + tr("Click Next to go on with them, or replace them after all. The new secret stays below until you "
                 "close the assistant: copy it if you want to keep it.");
    }
    showResult(icon, m_flow->headline(), advice, m_flow->details());
}

void VerifyPage::onFlowState(State state)
{
    applyState(state);
    // First: Next must be enabled before the focus can move to it.
    emit completeChanged();
    switch (state) {
    case State::Idle: return;
    case State::Checking:
        m_browserFailed = false;
        showFlowResult();
        offerFix(Fix::None);
        if (isVisible())
            m_wizard->moveFocusTo(m_headline);
        break;
    case State::SigningIn: {
        Credentials credentials = m_wizard->credentials();
        credentials.dataCenter = m_flow->credentials().dataCenter;
        m_wizard->setCredentials(credentials);
        m_browserFailed = false;
        m_pasteBox->hide();
        m_pasteError->hide();
        m_pasteProblem = ZohoSignIn::AddressProblem::None;
        m_pastedAddress->clear();
        m_fix = Fix::None;
        m_fixButton->hide();
        m_dataCenterBox->hide();
        m_redirectBox->hide();
        showFlowResult();
        // Not on "Start the Sign-in Again": Enter there would end the sign-in open in the browser.
        if (isVisible())
            m_wizard->moveFocusTo(m_headline);
        break;
    }
    case State::CheckFailed:
    case State::SignInFailed:
        showFlowResult();
        offerFix(m_flow->fix());
        // Saving without the sign-in is no way out when the sign-in just said the secret is wrong.
        applyState(state);
        announceResult();
        break;
    case State::AwaitingReplaceDecision:
    case State::Storing:
        offerFix(Fix::None);
        showFlowResult();
        break;
    case State::Stored: {
        const Credentials stored = m_flow->credentials();
        m_wizard->setCredentials(stored);
        m_wizard->setVerifiedAccount(m_flow->verifiedAccount());
        m_wizard->setSignedIn(m_flow->signedIn());
        m_wizard->setVerificationNote(m_flow->revocationNote());
        m_wizard->setCredentialsStored(true);
        m_wizard->setStoredCredentials(stored);
        showFlowResult();
        announceResult();
        // Done here: Next is what comes next.
        m_wizard->moveFocusTo(m_wizard->button(QWizard::NextButton));
        break;
    }
    case State::StoreFailed:
        m_secretOnScreen->setText(m_flow->credentials().clientSecret);
        showFlowResult();
        announceResult();
        m_wizard->moveFocusTo(m_retry);
        break;
    case State::KeptExisting: {
        // The customer chose the credentials kept before: they are what the assistant goes on with,
        // and closing is no loss of theirs. The new secret stays on screen, in reach.
        m_secretOnScreen->setText(m_flow->credentials().clientSecret);
        const Credentials kept = m_flow->existingCredentials();
        m_wizard->setCredentials(kept);
        m_wizard->setVerifiedAccount(kept.verifiedAccount);
        m_wizard->setSignedIn(!kept.verifiedAccount.isEmpty());
        m_wizard->setCredentialsStored(true);
        m_wizard->setStoredCredentials(kept);
        showFlowResult();
        announceResult();
        m_wizard->moveFocusTo(m_wizard->button(QWizard::NextButton));
        break;
    }
    case State::Checked:
    case State::Verified:
    case State::Interrupted: showFlowResult(); break;
    }
    emit stateChanged(state);
}

void VerifyPage::openBrowser(const QUrl &url)
{
    if (m_wizard->openUrl(url))
        return;
    QApplication::clipboard()->setText(url.toString());
    m_browserFailed = true;
    showFlowResult();
}

void VerifyPage::offerAddressPaste()
{
    if (m_flow->state() != State::SigningIn)
        return;
    // The headline's advice now asks for the address; the box to paste it into has the focus.
    updatePasteLabel();
    m_pasteBox->show();
    showFlowResult();
    m_wizard->moveFocusTo(m_pastedAddress);
}

void VerifyPage::updatePasteLabel()
{
    if (m_flow->isListenerCrowded() && !m_flow->listenerUnavailable()) {
        m_pasteLabel->setText(tr("Another program on this computer is flooding the port the assistant receives Zoho's "
                                 "answer on, so the answer may not arrive by itself. If nothing happens after you "
                                 "click Accept on Zoho's page, copy the whole address from your browser's address "
                                 "bar and paste it &here."));
    } else {
        m_pasteLabel->setText(tr("Another program on this computer is in the way, so the assistant cannot receive "
                                 "Zoho's answer by itself. After you click Accept on Zoho's page, your browser shows "
                                 "an error or another program's page: copy the whole address from its address bar "
                                 "and paste it &here."));
    }
}

void VerifyPage::updateRedirectHelp()
{
    // Numbered clicks that add one more line (never over a line already there), with the picture
    // that numbers the same clicks; "then click …" names the button below as it reads now.
    const OnboardingGuide::Step fix = OnboardingGuide::missingAddressFix(m_flow->missingRedirectUri(), m_retry->text());
    m_redirectText->setText(fix.instructions);
    m_redirectPicture->setWords(fix.pictureWords);
    m_redirectPicture->setAccessibleName(tr("Illustration: %1").arg(fix.title));
}

QLabel *VerifyPage::detailsLabel() const
{
    return m_details->detailsLabel();
}

void VerifyPage::submitPastedAddress()
{
    m_pasteProblem = m_flow->submitRedirectAddress(m_pastedAddress->text());
    m_pasteError->setText(ZohoSignIn::describe(m_pasteProblem));
    m_pasteError->setVisible(m_pasteProblem != ZohoSignIn::AddressProblem::None);
}

void VerifyPage::onReplaceDecisionNeeded(const Credentials &existing)
{
    Q_UNUSED(existing)
    showFlowResult();
    QMessageBox box(QMessageBox::Question, m_flow->headline(), m_flow->advice(), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmReplaceBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Keep the Old Ones"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    m_flow->decideReplace(box.clickedButton() == static_cast<QAbstractButton *>(replace));
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
    m_details->setDetails(details);
    setAccessibleDescription(headline + QLatin1Char(' ') + advice);
}

QWidget *VerifyPage::arrivalFocus() const
{
    return m_headline;
}

void VerifyPage::offerFix(Fix fix)
{
    m_fix = fix;
    m_dataCenterBox->hide();
    m_redirectBox->hide();
    m_retry->setEnabled(true);
    m_fixButton->setEnabled(true);
    updateFixText();
    if (fix == Fix::None) {
        m_fixButton->hide();
        // Only a new attempt can help (the network, Zoho): that is the action, then.
        if (m_retry->isVisibleTo(this) && isVisible())
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
        if (m_flow->isWaiting())
            m_fixButton->setText(countdownText(m_flow->secondsToWait()));
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
        // The exact address Zoho is missing: hotglue's, or the assistant's own for the sign-in.
        m_redirectField->setValue(m_flow->missingRedirectUri().toString());
        updateRedirectHelp();
        m_redirectBox->show();
        m_wizard->moveFocusTo(m_openConsole);
        break;
    case Fix::WaitAndRetry:
        m_fixButton->setEnabled(false);
        m_retry->setEnabled(false);
        m_flow->waitAndRetry();
        // The two buttons wait too: the focus rests on the result, which a screen reader reads.
        m_wizard->moveFocusTo(m_headline);
        break;
    }
}

void VerifyPage::onCountdown(int secondsLeft)
{
    if (secondsLeft > 0) {
        m_fixButton->setText(countdownText(secondsLeft));
        return;
    }
    // The flow checks again now.
    m_fixButton->setEnabled(true);
    m_retry->setEnabled(true);
}

QString VerifyPage::countdownText(int seconds) const
{
    const QString left = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    //: %1 is the time left, in minutes and seconds, such as 9:59
    return tr("Checking again in %1").arg(left);
}

void VerifyPage::setCountdownSecondForTesting(std::chrono::milliseconds second)
{
    m_flow->setCountdownSecondForTesting(second);
}

void VerifyPage::announceResult()
{
    m_resultBox->setAccessibleName(m_headline->text());
    OnboardingWizard::announce(m_resultBox, m_headline->text() + QLatin1Char(' ') + m_advice->text());
}
