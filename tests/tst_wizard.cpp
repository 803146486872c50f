// The wizard end to end, driven as a person would: a real window (offscreen platform), the
// project's emulator of Zoho's accounts servers on loopback, and a real Secret Service
// (tests/keyring-session.sh). Every page is saved as a PNG for people to look at.

#include "copyfield.h"
#include "focusring.h"
#include "logfile.h"
#include "loopbackports.h"
#include "loopbackaddress.h"
#include "onboardingwizard.h"
#include "pages/assistantpage.h"
#include "pages/credentialspage.h"
#include "pages/donepage.h"
#include "pages/guidesteppage.h"
#include "pages/statuspage.h"
#include "pages/verifypage.h"
#include "pages/welcomepage.h"
#include "outsideview.h"
#include "secretclipboard.h"
#include "secretstore.h"
#include "datacenter.h"
#include "onboardingguide.h"
#include "probereport.h"
#include "probestatus.h"
#include "illustrationview.h"
#include "wizarddriver.h"
#include "zohoaccountsemulator.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace {
const QString clientId = QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4CHUEX0");
const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef0123456789");
const QString hotglue = QStringLiteral("https://hotglue.xyz/callback");

QString keychainItem()
{
    return QString::fromUtf8(OutsideView::keychainItem(SecretStore::defaultService()));
}

// Every log line of the run, every category at debug level: none may hold a secret or token.
QStringList *collectedLog = nullptr;
QtMessageHandler previousHandler = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    collectedLog->append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    // On to the log file (LogFile's handler), which passes only warnings on to the terminal.
    previousHandler(type, context, message);
}

void clearKeychain()
{
    OutsideView::clearKeychain(SecretStore::defaultService());
}

// Every accessibility event of the run, as a screen reader would receive it: installed before any
// wizard exists, so the wizard's own guard sits in front of it, as it sits in front of the
// platform's bridge.
struct HeardEvent
{
    QAccessible::Event type;
    QString objectName;
    QString name;
    QString description;
    QString text; // inserted, removed or updated text, and the value
    bool revealed = false; // a secret field the customer chose to show (Show button)
};
QList<HeardEvent> *heard = nullptr;

void hear(QAccessibleEvent *event)
{
    if (!heard)
        return;
    HeardEvent h{event->type(), event->object() ? event->object()->objectName() : QString(), {}, {}, {}, false};
    if (auto *edit = qobject_cast<QLineEdit *>(event->object()))
        h.revealed = edit->echoMode() == QLineEdit::Normal && edit->objectName() == QLatin1String("secretEdit");
    if (QAccessibleInterface *iface = event->accessibleInterface()) {
        h.name = iface->text(QAccessible::Name);
        h.description = iface->text(QAccessible::Description);
        h.text = iface->text(QAccessible::Value);
        if (QAccessibleTextInterface *text = iface->textInterface())
            h.text += QLatin1Char('|') + text->text(0, text->characterCount());
    }
    switch (event->type()) {
    case QAccessible::TextInserted: h.text += QLatin1Char('|') + static_cast<QAccessibleTextInsertEvent *>(event)->textInserted(); break;
    case QAccessible::TextRemoved: h.text += QLatin1Char('|') + static_cast<QAccessibleTextRemoveEvent *>(event)->textRemoved(); break;
    case QAccessible::TextUpdated:
        h.text += QLatin1Char('|') + static_cast<QAccessibleTextUpdateEvent *>(event)->textInserted() + QLatin1Char('|')
            + static_cast<QAccessibleTextUpdateEvent *>(event)->textRemoved();
        break;
    default: break;
    }
    heard->append(h);
}

// What a screen reader was told to say (alerts and descriptions) since `from`.
QStringList announcedSince(qsizetype from)
{
    QStringList said;
    for (qsizetype i = from; i < heard->size(); ++i) {
        if (heard->at(i).type == QAccessible::Alert || heard->at(i).type == QAccessible::DescriptionChanged)
            said.append(heard->at(i).description);
    }
    return said;
}
} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void walkEveryPageAndStoreInTheKeychain();
    void wrongSecretIsExplainedAndNothingIsStored();
    void browserThatCannotOpenShowsTheLink();
    void pasteProblemsAreShownNextToTheField();
    void closingWithAnUnsavedSecretAsksFirst();
    void backFromVerifyCancelsTheCheck();
    void busyPortFallsBackToPastingTheAddress();
    void crowdedPortOffersThePaste();
    void missingLoopbackUriCanBeSkipped();
    void replacingStoredCredentialsAsksFirst();
    void closingDuringTheSignInStillRevokes();
    void keyboardOnlyWalk();
    void failuresOfferTheFixAndFocusIt();
    void missingRedirectAddressFixShowsStep3();
    void missingIntegrationAddressFixShowsIt();
    void throttledCheckWaitsThenChecksAgain();
    void returningCustomerFindsTheirCredentials();
    void secretFieldsTellScreenReadersNothing();
    void controlsAreNamedForWhatTheyAre();

private:
    // Plays the person at a question box when it appears: clicks the button of `role` and keeps
    // the question's text. Never asserts inside, so a modal box can never be left hanging.
    void answerWhenAsked(const QString &boxName, QMessageBox::ButtonRole role, QString *question,
                         const QString &screenshotName = QString());
    // What the test's browser does with Zoho's sign-in page.
    enum class Browser { FollowRedirect, StopAtRedirect, ShowPage };
    void screenshot(const QString &name);
    void clickNext();
    void goToCredentials();
    // From the welcome page: the eu data center, the sample credentials pasted, Next; the verify page.
    VerifyPage *checkInEurope();
    void paste(const QString &id, const QString &secretText);
    // Sends a key to whatever has the focus, as a keyboard does.
    void press(int key);
    QWidget *focused() const { return m_wizard->focusWidget(); }
    // From the credentials to the sign-in under way, the browser stopping at Zoho's redirect (the
    // address it lands on is m_landedAt); null when the page did not get there.
    VerifyPage *signInStoppingAtRedirect();
    void newWizard();

    std::unique_ptr<ZohoAccountsEmulator> m_zoho;
    std::unique_ptr<OnboardingWizard> m_wizard;
    QList<QUrl> m_opened;
    QString m_screenshotDir;
    Browser m_browserMode = Browser::FollowRedirect;
    QUrl m_landedAt; // where the browser was sent after consent, with StopAtRedirect
    QNetworkAccessManager m_browser;
    quint16 m_port = 0;
    QStringList m_log;
    QStringList m_tokens; // every token the emulator issued during the run
    QList<HeardEvent> m_heard;
    bool m_screenReader = false;
};

void TestWizard::initTestCase()
{
    QVERIFY2(OutsideView::keychainIsPrivate(),
             "run through tests/keyring-session.sh: this test needs a private Secret Service");
    m_screenshotDir = qEnvironmentVariable("ZOHO_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
    QVERIFY(QDir().mkpath(m_screenshotDir));
    collectedLog = &m_log;
    // The program's log file, debug lines included, inside this run's home: the leak check covers it.
    QVERIFY(LogFile::install(LogFile::defaultDirectory(), true));
    previousHandler = qInstallMessageHandler(collect);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    heard = &m_heard;
    QAccessible::installUpdateHandler(hear);
    // Under tests/screen-reader-session.sh, Qt's bridge to the accessibility bus is on, as with a
    // screen reader running; elsewhere (offscreen) no accessibility event is sent at all.
    m_screenReader = qEnvironmentVariableIsSet("ZOHO_SCREEN_READER_TEST");
    if (m_screenReader)
        QTRY_VERIFY_WITH_TIMEOUT(QAccessible::isActive(), 10000);
}

void TestWizard::cleanupTestCase()
{
    // Not one accessibility event of the whole run carried the secret, in any form.
    if (m_screenReader)
        QVERIFY2(m_heard.size() > 100, "accessibility events were not captured: the check would prove nothing");
    bool secretFieldHeard = false;
    for (const HeardEvent &event : std::as_const(m_heard)) {
        // Shown on screen on purpose (Show), it is read like the screen shows it; only then.
        if (event.revealed)
            continue;
        QVERIFY2(!event.text.contains(secret) && !event.name.contains(secret) && !event.description.contains(secret),
                 qPrintable(QStringLiteral("the secret reached a screen reader from %1 (event %2): %3")
                                .arg(event.objectName).arg(int(event.type)).arg(event.text)));
        // Parts of it neither (a secret typed key by key arrives in pieces).
        if (event.objectName == QLatin1String("secretEdit") && event.type == QAccessible::TextInserted) {
            secretFieldHeard = true;
            QVERIFY2(!event.text.contains(secret.mid(10, 8)), "a piece of the secret reached a screen reader");
        }
    }
    if (m_screenReader)
        QVERIFY2(secretFieldHeard, "no typing into the secret field was heard: the check would prove nothing");
    QAccessible::installUpdateHandler(nullptr);
    heard = nullptr;

    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
    const QString logFile = LogFile::currentPath();
    LogFile::uninstall();
    QVERIFY2(QFileInfo(logFile).size() > 1000, qPrintable(logFile));
    QVERIFY2(logFile.startsWith(OutsideView::sandbox()), qPrintable(logFile));
    QVERIFY2(m_log.size() > 20, "debug logging was not on: the leak check would prove nothing");
    const QStringList secrets = QStringList{secret} + m_tokens;
    for (const QString &line : std::as_const(m_log)) {
        for (const QString &value : secrets)
            QVERIFY2(!line.contains(value), qPrintable(QStringLiteral("a log line holds a secret or token: ") + line));
    }
    // Nothing in this run's home, settings or caches holds the secret in clear text (the keyring's
    // own file is encrypted).
    int files = 0;
    const QString leak = OutsideView::fileContaining(secret.toLatin1(), &files);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    QVERIFY(files > 0);
    // Nor any grant code or token the run saw (the log file included).
    QVERIFY(!m_tokens.isEmpty());
    for (const QString &token : std::as_const(m_tokens))
        QVERIFY2(OutsideView::fileContaining(token.toLatin1()).isEmpty(), qPrintable(token.left(8)));
}

void TestWizard::init()
{
    clearKeychain();
    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    // Every data center of the table, so that nothing can ever reach the real Zoho.
    QVERIFY2(m_zoho->start(DataCenters::codes()),
             qPrintable(m_zoho->errorString()));
    m_port = LoopbackPorts::unused();
    QVERIFY(m_port);
    qputenv("ZOHO_ONBOARDING_SIGNIN_PORT", QByteArray::number(m_port));
    m_zoho->addClient({clientId, secret, QStringLiteral("eu"), {hotglue, LoopbackAddress::redirectUri(m_port).toString()}, false});
    qputenv("ZOHO_ONBOARDING_ACCOUNTS_SERVERS", m_zoho->overridesSpec().toUtf8());

    m_opened.clear();
    m_landedAt.clear();
    m_browserMode = Browser::FollowRedirect;
    newWizard();
}

void TestWizard::newWizard()
{
    if (m_wizard)
        m_wizard->setCredentialsStored(true);
    m_wizard = std::make_unique<OnboardingWizard>();
    // The system browser, played: Zoho's pages are the emulator's; the console is only recorded.
    m_wizard->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        if (url.host() != QLatin1String("127.0.0.1") || m_browserMode == Browser::ShowPage)
            return true;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             m_browserMode == Browser::FollowRedirect ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                                      : QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_browser.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_landedAt = reply->header(QNetworkRequest::LocationHeader).toUrl();
            reply->deleteLater();
        });
        return true;
    });
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    // The keychain is read once the window shows; the tests start from its answer.
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->storedCredentialsChecked(), 10000);
}

void TestWizard::cleanup()
{
    m_wizard->setCredentialsStored(true); // no question on the way out
    m_wizard.reset();
    m_tokens += m_zoho->issuedAccessTokens() + m_zoho->issuedRefreshTokens() + m_zoho->issuedCodes();
    m_zoho.reset();
}

void TestWizard::screenshot(const QString &name)
{
    QApplication::processEvents();
    // Every control a person can reach on the page has a name a screen reader can say.
    for (QWidget *widget : m_wizard->currentPage()->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QString name = widget->accessibleName();
        if (name.isEmpty()) {
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                name = button->text();
        }
        const bool isInput = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget);
        if (isInput && name.remove(QLatin1Char('&')).trimmed().isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("%1 on %2 has no accessible name")
                                 .arg(QString::fromLatin1(widget->metaObject()->className()), name.isEmpty() ? widget->objectName() : name)
                                 + QStringLiteral(" (page %1)").arg(m_wizard->currentPage()->objectName())));
        }
    }
    // ... and no two of them share it, the wizard's own buttons included.
    QStringList names;
    for (QWidget *widget : m_wizard->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || !m_wizard->isAncestorOf(widget))
            continue;
        if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLineEdit *>(widget) && !qobject_cast<QComboBox *>(widget))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString accessible = iface ? iface->text(QAccessible::Name) : QString();
        QVERIFY2(!names.contains(accessible),
                 qPrintable(QStringLiteral("two controls are called \"%1\" on %2").arg(accessible, m_wizard->currentPage()->objectName())));
        names.append(accessible);
    }
    const QString path = m_screenshotDir + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY2(m_wizard->grab().save(path), qPrintable(path));
}

void TestWizard::clickNext()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QVERIFY(next->isVisible());
    QVERIFY(next->isEnabled());
    const int before = m_wizard->currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(m_wizard->currentId() != before);
}

void TestWizard::goToCredentials()
{
    while (m_wizard->currentId() != OnboardingWizard::CredentialsPageId) {
        clickNext();
        if (QTest::currentTestFailed())
            return;
    }
}

VerifyPage *TestWizard::checkInEurope()
{
    if (!qobject_cast<WelcomePage *>(m_wizard->currentPage()))
        return nullptr;
    return WizardDriver::walkToCheck(*m_wizard, clientId, secret);
}

void TestWizard::paste(const QString &id, const QString &secretText)
{
    QVERIFY(WizardDriver::paste(*m_wizard, id, secretText));
}

void TestWizard::walkEveryPageAndStoreInTheKeychain()
{
    // Welcome: the customer does not know their data center.
    QCOMPARE(m_wizard->currentId(), int(OnboardingWizard::WelcomePageId));
    auto *welcome = qobject_cast<WelcomePage *>(m_wizard->currentPage());
    QCOMPARE(welcome->dataCenterBox()->currentData().toString(), QStringLiteral("auto"));
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isVisible());
    screenshot(QStringLiteral("01-welcome"));

    // Step 1 opens the console in the browser.
    clickNext();
    auto *step1 = qobject_cast<GuideStepPage *>(m_wizard->currentPage());
    QCOMPARE(step1->step().number, 1);
    QTest::mouseClick(step1->openConsoleButton(), Qt::LeftButton);
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://api-console.zoho.com"))});
    QVERIFY(!step1->consoleLinkField()->isVisible());
    screenshot(QStringLiteral("02-step1-open-console"));

    clickNext();
    screenshot(QStringLiteral("03-step2-add-client"));

    // Step 3: each value to enter, one click to copy.
    clickNext();
    auto *step3 = m_wizard->currentPage();
    auto *redirect = step3->findChild<CopyField *>(QStringLiteral("redirect_uris"));
    QVERIFY(redirect);
    QCOMPARE(redirect->value(), hotglue);
    QTest::mouseClick(redirect->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), hotglue);
    QCOMPARE(step3->findChild<CopyField *>(QStringLiteral("redirect_uris_2"))->value(),
             LoopbackAddress::redirectUri(m_port).toString());
    QCOMPARE(step3->findChild<CopyField *>(QStringLiteral("client_name"))->value(), QStringLiteral("Optiply"));
    QCOMPARE(step3->findChild<CopyField *>(QStringLiteral("homepage_url"))->value(), QStringLiteral("https://www.optiply.com"));
    screenshot(QStringLiteral("04-step3-fill-details"));

    clickNext();
    screenshot(QStringLiteral("05-step4-create"));
    clickNext();
    screenshot(QStringLiteral("06-step5-copy-credentials"));

    // Credentials: Next waits for both values.
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(OnboardingWizard::CredentialsPageId));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    auto *credentials = qobject_cast<CredentialsPage *>(m_wizard->currentPage());
    QCOMPARE(credentials->secretEdit()->echoMode(), QLineEdit::Password);
    // Pasted as people do: with a label and a trailing line break.
    paste(QStringLiteral("Client ID: ") + clientId, secret + QStringLiteral("\n "));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(QStringLiteral("07-credentials"));

    // Verify: the emulator is asked, the client found in the EU, the credentials stored.
    clickNext();
    auto *verify = qobject_cast<VerifyPage *>(m_wizard->currentPage());
    QVERIFY(verify);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 15000);
    QCOMPARE(verify->headlineLabel()->text(), QStringLiteral("Verified — connected as jane@example.com"));
    // Every data center asked once, then one sign-in in the EU: state, PKCE, both tokens revoked.
    int probes = 0;
    for (const auto &request : m_zoho->requests()) {
        if (request.path == QLatin1String("/oauth/v2/token")
            && request.form.queryItemValue(QStringLiteral("code")).startsWith(QLatin1String("1000.0000")))
            ++probes;
    }
    // Every data center asked once, then the EU once more for the sign-in's own return address.
    QCOMPARE(probes, int(DataCenters::codes().size()) + 1);
    QCOMPARE(m_zoho->requests().value(int(DataCenters::codes().size())).form.queryItemValue(QStringLiteral("redirect_uri"),
                                                                                          QUrl::FullyDecoded),
             LoopbackAddress::redirectUri(m_port).toString());
    QVERIFY(m_zoho->lastAuthorizeState().size() >= 43);
    QVERIFY(m_zoho->lastPkceVerified());
    QCOMPARE(m_zoho->revokedTokens().size(), 2);
    QVERIFY(m_zoho->revokedTokens().contains(m_zoho->issuedRefreshTokens().value(0)));
    QCOMPARE(m_opened.size(), 2); // the console, then Zoho's sign-in page
    screenshot(QStringLiteral("08-verify"));

    clickNext();
    QCOMPARE(m_wizard->currentId(), int(OnboardingWizard::DonePageId));
    auto *done = qobject_cast<DonePage *>(m_wizard->currentPage());
    QVERIFY(done->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QLatin1String("jane@example.com")));
    QCOMPARE(done->clientIdField()->value(), clientId);
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    screenshot(QStringLiteral("09-done"));

    // The keychain, read by another program, holds exactly what was pasted, cleaned.
    Credentials stored;
    QVERIFY(Credentials::fromKeychainData(keychainItem().toUtf8(), &stored));
    QCOMPARE(stored.clientId, clientId);
    QCOMPARE(stored.clientSecret, secret);
    QCOMPARE(stored.dataCenter, QStringLiteral("eu"));

    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!m_wizard->isVisible());
}

void TestWizard::wrongSecretIsExplainedAndNothingIsStored()
{
    auto *welcome = qobject_cast<WelcomePage *>(m_wizard->currentPage());
    welcome->dataCenterBox()->setCurrentIndex(welcome->dataCenterBox()->findData(QStringLiteral("eu")));
    goToCredentials();
    paste(clientId, QStringLiteral("ffffffffffffffffffffffffffffffffffffffffff"));
    clickNext();
    auto *verify = qobject_cast<VerifyPage *>(m_wizard->currentPage());
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::CheckFailed, 15000);
    QCOMPARE(verify->headlineLabel()->text(), QStringLiteral("The Client Secret is wrong"));
    QVERIFY(verify->adviceLabel()->text().contains(QLatin1String("Client Secret tab")));
    QVERIFY(verify->retryButton()->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(m_zoho->requests().size(), 1); // only the chosen data center
    screenshot(QStringLiteral("10-verify-wrong-secret"));
    QVERIFY(keychainItem().isEmpty());

    // Back, fix the secret, and the check passes.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    paste(clientId, secret);
    clickNext();
    verify = qobject_cast<VerifyPage *>(m_wizard->currentPage());
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 15000);
}

void TestWizard::browserThatCannotOpenShowsTheLink()
{
    m_wizard->setUrlOpener([](const QUrl &) { return false; });
    auto *welcome = qobject_cast<WelcomePage *>(m_wizard->currentPage());
    welcome->dataCenterBox()->setCurrentIndex(welcome->dataCenterBox()->findData(QStringLiteral("au")));
    clickNext();
    auto *step1 = qobject_cast<GuideStepPage *>(m_wizard->currentPage());
    QTest::mouseClick(step1->openConsoleButton(), Qt::LeftButton);
    QVERIFY(step1->consoleLinkField()->isVisible());
    QCOMPARE(step1->consoleLinkField()->value(), QStringLiteral("https://api-console.zoho.com.au"));
    QTest::mouseClick(step1->consoleLinkField()->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("https://api-console.zoho.com.au"));
    screenshot(QStringLiteral("11-step1-browser-failed"));
}

void TestWizard::pasteProblemsAreShownNextToTheField()
{
    goToCredentials();
    auto *page = qobject_cast<CredentialsPage *>(m_wizard->currentPage());

    // Swapped: the wizard offers to swap, and Next waits.
    paste(secret, clientId);
    QVERIFY(page->swapButton()->isVisible());
    QCOMPARE(page->clientIdEdit()->echoMode(), QLineEdit::Password); // the secret stays masked, wherever it was pasted
    QVERIFY(page->clientIdMessage()->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(QStringLiteral("12-credentials-swapped"));
    QTest::mouseClick(page->swapButton(), Qt::LeftButton);
    QCOMPARE(page->clientIdEdit()->text(), clientId);
    QCOMPARE(page->secretEdit()->text(), secret);
    QVERIFY(!page->swapButton()->isVisible());
    QCOMPARE(page->clientIdEdit()->echoMode(), QLineEdit::Normal);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    // A cut-off Client ID says how much is missing.
    paste(clientId.left(20), secret);
    QVERIFY(page->clientIdMessage()->isVisible());
    QVERIFY(page->clientIdMessage()->text().contains(QLatin1String("20 of its 35")));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

    // Both values pasted into the ID field are taken apart.
    paste(clientId + QLatin1Char('\t') + secret, QString());
    QCOMPARE(page->clientIdEdit()->text(), clientId);
    QCOMPARE(page->secretEdit()->text(), secret);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    // A secret pasted with more on its line: the page says which value it took.
    paste(clientId, QStringLiteral("Client Secret: %1 (EU)").arg(secret));
    auto *notes = page->findChild<QLabel *>(QStringLiteral("pasteNotes"));
    QVERIFY(notes && notes->isVisible());
    QVERIFY2(notes->text().contains(QLatin1String("42-character value after 'Client Secret'")), qPrintable(notes->text()));
    QVERIFY(!notes->text().contains(secret.left(8)));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    // The secret is masked until the customer reveals it.
    QCOMPARE(page->secretEdit()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(page->revealButton(), Qt::LeftButton);
    QCOMPARE(page->secretEdit()->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(page->revealButton(), Qt::LeftButton);
    QCOMPARE(page->secretEdit()->echoMode(), QLineEdit::Password);
}

void TestWizard::closingWithAnUnsavedSecretAsksFirst()
{
    goToCredentials();
    paste(clientId, secret);

    // The customer closes the window, thinks again, and keeps working.
    QString question;
    answerWhenAsked(QStringLiteral("confirmCloseBox"), QMessageBox::RejectRole, &question,
                    QStringLiteral("13-confirm-close"));
    m_wizard->close();
    QVERIFY(question.contains(QLatin1String("only once")));
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(qobject_cast<CredentialsPage *>(m_wizard->currentPage())->secretEdit()->text(), secret);

    // Esc asks the same.
    question.clear();
    answerWhenAsked(QStringLiteral("confirmCloseBox"), QMessageBox::RejectRole, &question);
    QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
    QVERIFY(!question.isEmpty());
    QVERIFY(m_wizard->isVisible());

    // Now they close anyway.
    question.clear();
    answerWhenAsked(QStringLiteral("confirmCloseBox"), QMessageBox::DestructiveRole, &question);
    m_wizard->reject();
    QVERIFY(!question.isEmpty());
    QVERIFY(!m_wizard->isVisible());
}

void TestWizard::backFromVerifyCancelsTheCheck()
{
    m_zoho->setFault(QStringLiteral("eu"), ZohoAccountsEmulator::Fault::Hang);
    VerifyPage *verify = checkInEurope();
    QVERIFY(verify);
    QCOMPARE(verify->state(), VerifyPage::State::Checking);
    QTRY_COMPARE(m_zoho->requests().size(), 1);
    screenshot(QStringLiteral("14-verify-checking"));
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(OnboardingWizard::CredentialsPageId));
    QCOMPARE(verify->state(), VerifyPage::State::Idle);
    // The pasted values are still there.
    QCOMPARE(qobject_cast<CredentialsPage *>(m_wizard->currentPage())->secretEdit()->text(), secret);
}

VerifyPage *TestWizard::signInStoppingAtRedirect()
{
    m_browserMode = Browser::StopAtRedirect;
    goToCredentials();
    paste(clientId, secret);
    clickNext();
    auto *verify = qobject_cast<VerifyPage *>(m_wizard->currentPage());
    if (!verify || !QTest::qWaitFor([verify] { return verify->state() == VerifyPage::State::SigningIn; }, 15000))
        return nullptr;
    return verify;
}

void TestWizard::busyPortFallsBackToPastingTheAddress()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, m_port));
    VerifyPage *verify = signInStoppingAtRedirect();
    QVERIFY(verify);
    QTRY_VERIFY(verify->pasteBox()->isVisible());
    QTRY_VERIFY(m_landedAt.isValid());
    screenshot(QStringLiteral("15-verify-paste-address"));

    // A wrong paste is explained and changes nothing.
    verify->pastedAddressEdit()->setText(QStringLiteral("https://www.zoho.eu/"));
    QTest::mouseClick(verify->submitAddressButton(), Qt::LeftButton);
    auto *error = verify->findChild<QLabel *>(QStringLiteral("pasteError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("address bar")));
    QCOMPARE(verify->state(), VerifyPage::State::SigningIn);

    verify->pastedAddressEdit()->setText(m_landedAt.toString());
    QTest::mouseClick(verify->submitAddressButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 15000);
    QCOMPARE(verify->headlineLabel()->text(), QStringLiteral("Verified — connected as jane@example.com"));
}

void TestWizard::crowdedPortOffersThePaste()
{
    // Another program floods the port Zoho's answer comes to: the page says so, puts the box to
    // paste the address in reach with the focus in it, and the pasted address finishes the job.
    VerifyPage *verify = signInStoppingAtRedirect();
    QVERIFY(verify);
    QTRY_VERIFY(m_landedAt.isValid());
    QVERIFY(!verify->pasteBox()->isVisible());
    const auto hog = LoopbackPorts::crowd(m_port, 24);
    QTRY_VERIFY_WITH_TIMEOUT(verify->pasteBox()->isVisible(), 15000);
    QVERIFY2(verify->pasteLabel()->text().contains(QLatin1String("flooding")), qPrintable(verify->pasteLabel()->text()));
    QVERIFY2(verify->adviceLabel()->text().contains(QLatin1String("flooding")), qPrintable(verify->adviceLabel()->text()));
    QVERIFY2(!verify->adviceLabel()->text().contains(QLatin1String("by itself.")), qPrintable(verify->adviceLabel()->text()));
    QCOMPARE(focused(), verify->pastedAddressEdit());
    // The longer advice gets the room it needs once the layout has caught up (nothing cut off).
    QLabel *advice = verify->adviceLabel();
    QTRY_VERIFY2(advice->height() >= advice->heightForWidth(advice->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(advice->height()).arg(advice->heightForWidth(advice->width()))));
    screenshot(QStringLiteral("15b-verify-crowded-port"));
    QTest::keyClicks(verify->pastedAddressEdit(), m_landedAt.toString());
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 15000);
}

void TestWizard::missingLoopbackUriCanBeSkipped()
{
    // The customer registered only hotglue's URI (the likeliest slip in step 3): Zoho's token
    // endpoint says so before any browser opens, and the page names the address to add, with its
    // fix, or lets them go on without the sign-in.
    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    QVERIFY(m_zoho->start({QStringLiteral("eu")}));
    m_zoho->addClient({clientId, secret, QStringLiteral("eu"), {hotglue}, false});
    qputenv("ZOHO_ONBOARDING_ACCOUNTS_SERVERS", m_zoho->overridesSpec().toUtf8());
    m_wizard->setCredentialsStored(true);
    m_wizard = std::make_unique<OnboardingWizard>();
    m_wizard->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    m_wizard->show();
    VerifyPage *verify = checkInEurope();
    QVERIFY(verify);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::CheckFailed, 15000);
    const QString loopback = LoopbackAddress::redirectUri(m_port).toString();
    for (const QUrl &opened : std::as_const(m_opened))
        QVERIFY2(!opened.path().endsWith(QLatin1String("/oauth/v2/auth")), "a sign-in that cannot work was opened");
    QCOMPARE(verify->fix(), VerifyPage::Fix::AddRedirectAddress);
    QVERIFY2(verify->adviceLabel()->text().contains(loopback), qPrintable(verify->adviceLabel()->text()));
    QCOMPARE(focused(), verify->fixButton());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(verify->skipSignInButton()->isVisible());
    // The fix: the exact address, its Copy button, the console; a second line, then Check Again.
    QTest::mouseClick(verify->fixButton(), Qt::LeftButton);
    QCOMPARE(verify->redirectField()->value(), loopback);
    // One more line, never over one already there; "then click" names the button as it reads.
    const QString howTo = verify->redirectInstructions()->text();
    QVERIFY2(howTo.contains(QLatin1String("one more line")) && howTo.contains(loopback), qPrintable(howTo));
    QVERIFY2(howTo.contains(QLatin1String("Then click <b>Check Again</b>")), qPrintable(howTo));
    QVERIFY2(!howTo.contains(QLatin1String("first line")), qPrintable(howTo));
    QCOMPARE(verify->retryButton()->text(), QStringLiteral("&Check Again"));
    screenshot(QStringLiteral("16-verify-sign-in-address-missing"));

    QTest::mouseClick(verify->skipSignInButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 15000);
    QVERIFY(verify->headlineLabel()->text().startsWith(QLatin1String("Zoho recognises your client")));
    QVERIFY(verify->adviceLabel()->text().contains(QLatin1String("Without the sign-in")));
    Credentials stored;
    QVERIFY(Credentials::fromKeychainData(keychainItem().toUtf8(), &stored));
    QCOMPARE(stored.clientSecret, secret);
}

void TestWizard::replacingStoredCredentialsAsksFirst()
{
    // Credentials from an earlier onboarding are in the keychain.
    const QString oldSecret = QStringLiteral("fedcba9876543210fedcba9876543210fedcba9876");
    {
        SecretStore store;
        QSignalSpy saved(&store, &SecretStore::saved);
        store.save({clientId, oldSecret, QStringLiteral("eu"), {}});
        QVERIFY(saved.wait(10000));
    }
    QString question;
    goToCredentials();
    paste(clientId, secret);
    answerWhenAsked(QStringLiteral("confirmReplaceBox"), QMessageBox::RejectRole, &question,
                    QStringLiteral("17-confirm-replace")); // keep the old ones
    clickNext();
    auto *verify = qobject_cast<VerifyPage *>(m_wizard->currentPage());
    // Keeping the old ones is an end, not a dead end: Next goes on with them, Cancel asks nothing.
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::KeptExisting, 15000);
    QCOMPARE(verify->headlineLabel()->text(), QStringLiteral("Not saved: the stored credentials were kept"));
    QVERIFY2(question.contains(QStringLiteral("1000.GMB0…UEX0")), qPrintable(question));
    QVERIFY(keychainItem().contains(oldSecret));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(focused(), m_wizard->button(QWizard::NextButton));
    QVERIFY(m_wizard->credentialsStored()); // closing now loses nothing the customer chose to keep
    QCOMPARE(m_wizard->credentials().clientSecret, oldSecret);
    // The new secret is not lost: it is on screen, masked.
    auto *onScreen = verify->findChild<QWidget *>(QStringLiteral("secretOnScreen"));
    QVERIFY(onScreen->isVisible());
    QCOMPARE(onScreen->findChild<QLineEdit *>()->text(), secret);

    // Changing one's mind: replace them after all, without being asked again.
    QCOMPARE(verify->retryButton()->text(), QStringLiteral("&Replace Them After All"));
    QTest::mouseClick(verify->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 15000);
    QVERIFY(keychainItem().contains(secret));
    QVERIFY(!keychainItem().contains(oldSecret));
    QCOMPARE(m_wizard->credentials().clientSecret, secret);
}

void TestWizard::closingDuringTheSignInStillRevokes()
{
    // Zoho answers slowly: the customer closes the window after the tokens were issued, before
    // the assistant revoked them. Closing waits for the revocations, or a live refresh token
    // would stay in their Zoho account.
    auto *welcome = qobject_cast<WelcomePage *>(m_wizard->currentPage());
    welcome->dataCenterBox()->setCurrentIndex(welcome->dataCenterBox()->findData(QStringLiteral("eu")));
    goToCredentials();
    paste(clientId, secret);
    // Slow from the start: set only once the sign-in had begun, the whole exchange and revocation
    // could finish on loopback between two polls of the state, and there would be nothing to close on.
    m_zoho->setDelay(QStringLiteral("eu"), 400);
    clickNext();
    auto *verify = qobject_cast<VerifyPage *>(m_wizard->currentPage());
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::SigningIn, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_zoho->issuedRefreshTokens().size(), 1, 15000);
    QVERIFY(m_zoho->revokedTokens().isEmpty());

    QString question;
    answerWhenAsked(QStringLiteral("confirmCloseBox"), QMessageBox::DestructiveRole, &question);
    m_wizard->close();
    QVERIFY(!question.isEmpty());
    QVERIFY(!m_wizard->isVisible());
    QVERIFY(m_zoho->revokedTokens().contains(m_zoho->issuedRefreshTokens().first()));
    QVERIFY(m_zoho->revokedTokens().contains(m_zoho->issuedAccessTokens().first()));
}

void TestWizard::press(int key)
{
    QWidget *target = focused();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key));
}

void TestWizard::keyboardOnlyWalk()
{
    // The whole way with the keyboard alone: every key goes to the widget that has the focus, and
    // after every action the focus is on what comes next.
    // Every stop the focus makes on the way, as a screen reader follows it: where, and whether the
    // customer could see and use it. Shown means shown on its page, and the page is the current one
    // (QWizard hides its whole frame while it switches pages).
    struct FocusStop
    {
        QString name;
        bool usable;
    };
    QList<FocusStop> stops;
    const auto usable = [this](const QWidget *widget) {
        if (!widget->isEnabled() || widget->isHidden())
            return false;
        const QWidget *page = widget->parentWidget();
        while (page && !qobject_cast<const QWizardPage *>(page))
            page = page->parentWidget();
        if (!page)
            return true; // the wizard's own buttons
        for (const QWidget *up = widget; up != page; up = up->parentWidget()) {
            if (up->isHidden())
                return false;
        }
        return page == m_wizard->currentPage();
    };
    connect(qApp, &QApplication::focusChanged, m_wizard.get(), [&stops, usable](QWidget *, QWidget *now) {
        if (now)
            stops.append({now->objectName() + QLatin1Char('/') + QString::fromUtf8(now->metaObject()->className()), usable(now)});
    });
    // A page appears: the focus goes once, straight to the page's own first action.
    const auto pressToNextPage = [&](int key) {
        const int before = m_wizard->currentId();
        const qsizetype from = stops.size();
        press(key);
        QVERIFY(m_wizard->currentId() != before);
        auto *page = qobject_cast<AssistantPage *>(m_wizard->currentPage());
        QVERIFY(page);
        QStringList names;
        for (qsizetype i = from; i < stops.size(); ++i)
            names.append(stops.at(i).name);
        // None: it stays where it was (Next, pressed), which is where the page wants it.
        QVERIFY2(stops.size() - from <= 1, qPrintable(QStringLiteral("page %1: %2").arg(m_wizard->currentId()).arg(names.join(QLatin1String(", ")))));
        QCOMPARE(focused(), page->arrivalTarget());
    };
    // The keyboard's window, as for a person (on X without a window manager nothing activates it).
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    auto *welcome = qobject_cast<WelcomePage *>(m_wizard->currentPage());
    QCOMPARE(focused(), welcome->dataCenterBox());
    QVERIFY(m_wizard->testAttribute(Qt::WA_KeyboardFocusChange)); // the focus ring shows
    const int eu = welcome->dataCenterBox()->findData(QStringLiteral("eu"));
    for (int i = 0; i < eu; ++i)
        press(Qt::Key_Down);
    QCOMPARE(m_wizard->dataCenterChoice(), QStringLiteral("eu"));

    // Enter in the list: the page's default, Next. The page change is announced.
    qsizetype mark = m_heard.size();
    pressToNextPage(Qt::Key_Return);
    if (QTest::currentTestFailed())
        return;
    auto *step1 = qobject_cast<GuideStepPage *>(m_wizard->currentPage());
    QVERIFY(step1);
    if (m_screenReader) {
        QVERIFY2(announcedSince(mark).join(QLatin1Char(' ')).contains(QLatin1String("Step 1 of 5")),
                 qPrintable(announcedSince(mark).join(QLatin1Char('/'))));
    }
    // Enter on the focused button presses it: the console opens, and nothing moves on.
    QCOMPARE(focused(), step1->openConsoleButton());
    // And it looks focused, unlike Next, the default button beside it: a ring in the text colour
    // around it (Fusion draws both in one blue outline of their own).
    const auto ringedOnScreen = [this](QWidget *control) {
        const QImage shot = m_wizard->grab().toImage();
        const QPoint above = control->mapTo(m_wizard.get(), QPoint(control->width() / 2, -2));
        return shot.pixelColor(above * shot.devicePixelRatio()) == m_wizard->palette().color(QPalette::WindowText);
    };
    QCOMPARE(FocusRing::ringedWidget(), step1->openConsoleButton());
    QVERIFY(ringedOnScreen(step1->openConsoleButton()));
    QVERIFY(!ringedOnScreen(m_wizard->button(QWizard::NextButton)));
    press(Qt::Key_Tab);
    QCOMPARE(FocusRing::ringedWidget(), focused());
    QVERIFY(ringedOnScreen(focused()));
    QVERIFY(!ringedOnScreen(step1->openConsoleButton()));
    press(Qt::Key_Backtab);
    QCOMPARE(focused(), step1->openConsoleButton());
    press(Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(OnboardingWizard::OpenConsolePageId));
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://api-console.zoho.eu"))});
    QCOMPARE(focused(), m_wizard->button(QWizard::NextButton));
    pressToNextPage(Qt::Key_Return);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_wizard->currentId(), int(OnboardingWizard::AddClientPageId));
    QCOMPARE(focused(), m_wizard->button(QWizard::NextButton));
    pressToNextPage(Qt::Key_Return);
    if (QTest::currentTestFailed())
        return;

    // Step 3: Enter copies the focused value, and the focus goes on to the next one, then to Next.
    auto *step3 = qobject_cast<GuideStepPage *>(m_wizard->currentPage());
    QCOMPARE(m_wizard->currentId(), int(OnboardingWizard::FillDetailsPageId));
    const QList<CopyField *> fields = step3->formFields();
    QVERIFY(fields.size() >= 4);
    for (CopyField *field : fields) {
        QCOMPARE(focused(), field->copyButton());
        QApplication::clipboard()->clear();
        press(Qt::Key_Return);
        QCOMPARE(m_wizard->currentId(), int(OnboardingWizard::FillDetailsPageId));
        QCOMPARE(QApplication::clipboard()->text(), field->value());
        QCOMPARE(field->copyButton()->text(), QStringLiteral("Copied"));
    }
    QCOMPARE(focused(), m_wizard->button(QWizard::NextButton));
    pressToNextPage(Qt::Key_Return);
    if (QTest::currentTestFailed())
        return;
    pressToNextPage(Qt::Key_Return);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_wizard->currentId(), int(OnboardingWizard::CopyCredentialsPageId));
    pressToNextPage(Qt::Key_Return);
    if (QTest::currentTestFailed())
        return;

    // The credentials, typed (as a screen-reader user may): the cursor is in the ID field.
    auto *credentials = qobject_cast<CredentialsPage *>(m_wizard->currentPage());
    QVERIFY(credentials);
    QCOMPARE(focused(), credentials->clientIdEdit());
    QVERIFY(credentials->nextHint()->isVisible());
    QTest::keyClicks(focused(), clientId);
    press(Qt::Key_Tab);
    QCOMPARE(focused(), credentials->secretEdit());
    QTest::keyClicks(focused(), secret);
    QVERIFY(!credentials->nextHint()->isVisible());
    mark = m_heard.size();
    pressToNextPage(Qt::Key_Return); // in a field: the default, Next
    if (QTest::currentTestFailed())
        return;

    auto *verify = qobject_cast<VerifyPage *>(m_wizard->currentPage());
    QVERIFY(verify);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 15000);
    // The result is announced when it arrives, and Enter goes on: not Back.
    if (m_screenReader) {
        QVERIFY2(announcedSince(mark).join(QLatin1Char(' ')).contains(QStringLiteral("Verified — connected as jane@example.com")),
                 qPrintable(announcedSince(mark).join(QLatin1Char('/'))));
    }
    QCOMPARE(focused(), m_wizard->button(QWizard::NextButton));
    QCOMPARE(verify->title(), QStringLiteral("Checked and saved"));
    pressToNextPage(Qt::Key_Return);
    if (QTest::currentTestFailed())
        return;

    // Done: copy the ID, copy the secret, open Optiply, finish; Enter each time.
    auto *done = qobject_cast<DonePage *>(m_wizard->currentPage());
    QVERIFY(done);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isVisible()); // the end: Finish only
    QCOMPARE(focused(), done->clientIdField()->copyButton());
    press(Qt::Key_Return);
    QCOMPARE(QApplication::clipboard()->text(), clientId);
    QCOMPARE(focused(), done->copySecretButton());
    mark = m_heard.size();
    press(Qt::Key_Return);
    QCOMPARE(QApplication::clipboard()->text(), secret);
    QCOMPARE(done->copySecretButton()->text(), QStringLiteral("Copied"));
    if (m_screenReader)
        QVERIFY(announcedSince(mark).join(QLatin1Char(' ')).contains(QLatin1String("copied")));
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(focused(), done->openOptiplyButton());
    press(Qt::Key_Return);
    QCOMPARE(m_opened.last(), OnboardingGuide::optiplyIntegrationsUrl());
    QCOMPARE(focused(), m_wizard->button(QWizard::FinishButton));
    press(Qt::Key_Return);
    QVERIFY(!m_wizard->isVisible());

    // Finished, and the secret is still there to paste into Optiply until its time is up; the
    // program waits in the background for that, then takes it off.
    QCOMPARE(QApplication::clipboard()->text(), secret);
    QVERIFY(m_wizard->isLingering());
    QVERIFY(!QGuiApplication::quitOnLastWindowClosed());
    m_wizard->secretClipboard()->setClearAfter(std::chrono::milliseconds(50));
    m_wizard->secretClipboard()->copySecret(secret); // restarts the timer with the short time
    QTRY_VERIFY(!m_wizard->isLingering());
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    QVERIFY(QGuiApplication::quitOnLastWindowClosed());

    // Not once on the way did the focus rest on a control the customer could not see or use.
    for (const FocusStop &stop : std::as_const(stops))
        QVERIFY2(stop.usable, qPrintable(QStringLiteral("the focus went to %1 while it was hidden or disabled").arg(stop.name)));
    QVERIFY(stops.size() > 10);
    disconnect(qApp, &QApplication::focusChanged, m_wizard.get(), nullptr);
}

void TestWizard::failuresOfferTheFixAndFocusIt()
{
    // The wrong data center chosen: the fix is choosing another, right there.
    auto *welcome = qobject_cast<WelcomePage *>(m_wizard->currentPage());
    welcome->dataCenterBox()->setCurrentIndex(welcome->dataCenterBox()->findData(QStringLiteral("us")));
    goToCredentials();
    paste(clientId, secret);
    clickNext();
    auto *verify = qobject_cast<VerifyPage *>(m_wizard->currentPage());
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::CheckFailed, 15000);
    QCOMPARE(verify->fix(), VerifyPage::Fix::ChooseDataCenter);
    QCOMPARE(verify->title(), QStringLiteral("Not connected yet: one thing to fix"));
    QCOMPARE(focused(), verify->fixButton());
    QVERIFY(verify->retryButton()->isVisible()); // beside Check Again
    press(Qt::Key_Return);
    QVERIFY(verify->dataCenterChooser()->isVisible());
    QCOMPARE(focused(), verify->dataCenterCombo());
    // The list's first choice reads as the welcome page's and the advice name it.
    QCOMPARE(verify->dataCenterCombo()->itemText(0), DataCenters::anyChoiceLabel());
    QVERIFY2(verify->adviceLabel()->text().contains(DataCenters::anyChoiceLabel()), qPrintable(verify->adviceLabel()->text()));
    screenshot(QStringLiteral("20-verify-choose-data-center"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), verify->checkThereButton());
    press(Qt::Key_Return); // all of them: found in the EU
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 15000);
    QCOMPARE(focused(), m_wizard->button(QWizard::NextButton));
    QCOMPARE(qobject_cast<WelcomePage *>(m_wizard->page(OnboardingWizard::WelcomePageId))->dataCenterBox()->currentData().toString(),
             QStringLiteral("auto"));

    // A wrong secret: the fix is pasting it again, in an emptied field with the cursor in it.
    clearKeychain();
    newWizard();
    welcome = qobject_cast<WelcomePage *>(m_wizard->currentPage());
    welcome->dataCenterBox()->setCurrentIndex(welcome->dataCenterBox()->findData(QStringLiteral("eu")));
    goToCredentials();
    paste(clientId, QStringLiteral("ffffffffffffffffffffffffffffffffffffffffff"));
    clickNext();
    verify = qobject_cast<VerifyPage *>(m_wizard->currentPage());
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::CheckFailed, 15000);
    QCOMPARE(verify->fix(), VerifyPage::Fix::PasteSecretAgain);
    QCOMPARE(focused(), verify->fixButton());
    QVERIFY(verify->detailsLabel()->isEnabled()); // readable, not greyed out
    press(Qt::Key_Return);
    auto *credentials = qobject_cast<CredentialsPage *>(m_wizard->currentPage());
    QVERIFY(credentials);
    QVERIFY(credentials->secretEdit()->text().isEmpty());
    QCOMPARE(credentials->clientIdEdit()->text(), clientId);
    QCOMPARE(focused(), credentials->secretEdit());
    QTest::keyClicks(focused(), secret);
    press(Qt::Key_Return);
    verify = qobject_cast<VerifyPage *>(m_wizard->currentPage());
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 15000);
}

void TestWizard::missingRedirectAddressFixShowsStep3()
{
    // The customer registered only hotglue's address, and this Zoho hands out a code anyway: its
    // code exchange is what refuses the assistant's return address (invalid_redirect_uri).
    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    QVERIFY(m_zoho->start(DataCenters::codes()));
    m_zoho->addClient({clientId, secret, QStringLiteral("eu"), {hotglue}, false});
    m_zoho->setConsentChecksRedirectUri(false);
    // ... and judges the probe's impossible code first, so the check cannot tell beforehand.
    m_zoho->setCodeCheckedFirst(true);
    qputenv("ZOHO_ONBOARDING_ACCOUNTS_SERVERS", m_zoho->overridesSpec().toUtf8());
    newWizard();
    VerifyPage *verify = checkInEurope();
    QVERIFY(verify);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::SignInFailed, 15000);
    QCOMPARE(verify->fix(), VerifyPage::Fix::AddRedirectAddress);
    QCOMPARE(verify->title(), QStringLiteral("Not connected yet: one thing to fix"));
    QVERIFY2(verify->adviceLabel()->text().contains(QLatin1String("second line of Authorized Redirect URIs")),
             qPrintable(verify->adviceLabel()->text()));
    QCOMPARE(verify->fixButton()->text(), QStringLiteral("Add the &Missing Address in Zoho"));
    QCOMPARE(focused(), verify->fixButton());
    QVERIFY(verify->retryButton()->isVisible()); // beside Sign In Again
    QVERIFY(!verify->redirectHelp()->isVisible());

    // Enter shows step 3's picture and the missing value with its Copy button, and offers the console.
    press(Qt::Key_Return);
    QVERIFY(verify->redirectHelp()->isVisible());
    auto *picture = verify->redirectHelp()->findChild<IllustrationView *>();
    QVERIFY(picture && picture->isVisible());
    QVERIFY2(picture->accessibleName().contains(QLatin1String("Add the missing address in Zoho")),
             qPrintable(picture->accessibleName()));
    QVERIFY2(verify->redirectInstructions()->text().contains(QLatin1String("Then click <b>Sign In Again</b>")),
             qPrintable(verify->redirectInstructions()->text()));
    const QString loopback = LoopbackAddress::redirectUri(m_port).toString();
    QCOMPARE(verify->redirectField()->value(), loopback);
    QVERIFY(verify->redirectField()->copyButton()->isVisible());
    auto *openConsole = verify->findChild<QPushButton *>(QStringLiteral("verifyOpenConsoleButton"));
    QCOMPARE(focused(), openConsole);
    screenshot(QStringLiteral("21-verify-add-redirect-address"));
    m_opened.clear();
    press(Qt::Key_Return);
    QCOMPARE(m_opened, QList<QUrl>{DataCenters::find(QStringLiteral("eu")).apiConsole});
    QCOMPARE(focused(), verify->redirectField()->copyButton());
    QApplication::clipboard()->clear();
    press(Qt::Key_Return);
    QCOMPARE(QApplication::clipboard()->text(), loopback);
    QCOMPARE(focused(), verify->retryButton());
    QCOMPARE(verify->retryButton()->text(), QStringLiteral("&Sign In Again"));

    // The customer adds the line in Zoho; Sign In Again now goes through, with the secret pasted at first.
    m_zoho->addRedirectUri(clientId, loopback);
    QCOMPARE(m_wizard->credentials().clientSecret, secret);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 15000);
    QVERIFY(!verify->redirectHelp()->isVisible());
    QCOMPARE(focused(), m_wizard->button(QWizard::NextButton));
    Credentials stored;
    QVERIFY(Credentials::fromKeychainData(keychainItem().toUtf8(), &stored));
    QCOMPARE(stored.clientSecret, secret);
    QCOMPARE(stored.clientId, clientId);
}

void TestWizard::missingIntegrationAddressFixShowsIt()
{
    // The customer registered only the assistant's address: the check itself is refused, since it
    // names Optiply's (hotglue's) address, the first line of step 3.
    const QString loopback = LoopbackAddress::redirectUri(m_port).toString();
    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    QVERIFY(m_zoho->start(DataCenters::codes()));
    m_zoho->addClient({clientId, secret, QStringLiteral("eu"), {loopback}, false});
    qputenv("ZOHO_ONBOARDING_ACCOUNTS_SERVERS", m_zoho->overridesSpec().toUtf8());
    newWizard();
    VerifyPage *verify = checkInEurope();
    QVERIFY(verify);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::CheckFailed, 15000);
    QCOMPARE(verify->fix(), VerifyPage::Fix::AddRedirectAddress);
    QCOMPARE(focused(), verify->fixButton());
    QCOMPARE(verify->retryButton()->text(), QStringLiteral("&Check Again"));
    press(Qt::Key_Return);
    QVERIFY(verify->redirectHelp()->isVisible());
    QCOMPARE(verify->redirectField()->value(), hotglue);
    // Pasted into a new line: the first line, the assistant's own address, stays as it is.
    const QString howTo = verify->redirectInstructions()->text();
    QVERIFY2(howTo.contains(QLatin1String("new, empty line")) && howTo.contains(hotglue), qPrintable(howTo));
    QVERIFY2(howTo.contains(QLatin1String("Then click <b>Check Again</b>")), qPrintable(howTo));
    QVERIFY2(!howTo.contains(QLatin1String("first line")), qPrintable(howTo));
    press(Qt::Key_Return); // opens the console
    QCOMPARE(focused(), verify->redirectField()->copyButton());
    press(Qt::Key_Return);
    QCOMPARE(QApplication::clipboard()->text(), hotglue);
    QCOMPARE(focused(), verify->retryButton());
    screenshot(QStringLiteral("23-verify-add-integration-address"));

    // Added in Zoho: Check Again finds the client, and the sign-in and the save follow.
    m_zoho->addRedirectUri(clientId, hotglue);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 15000);
    Credentials stored;
    QVERIFY(Credentials::fromKeychainData(keychainItem().toUtf8(), &stored));
    QCOMPARE(stored.clientSecret, secret);
}

void TestWizard::throttledCheckWaitsThenChecksAgain()
{
    // Zoho throttles the client: the advice says how long to wait, and the fix waits exactly that.
    auto *welcome = qobject_cast<WelcomePage *>(m_wizard->currentPage());
    welcome->dataCenterBox()->setCurrentIndex(welcome->dataCenterBox()->findData(QStringLiteral("eu")));
    goToCredentials();
    paste(clientId, secret);
    m_zoho->setFault(QStringLiteral("eu"), ZohoAccountsEmulator::Fault::Throttle);
    clickNext();
    auto *verify = qobject_cast<VerifyPage *>(m_wizard->currentPage());
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::CheckFailed, 15000);
    QCOMPARE(verify->fix(), VerifyPage::Fix::WaitAndRetry);
    QVERIFY2(verify->adviceLabel()->text().contains(QLatin1String("Wait ten minutes")),
             qPrintable(verify->adviceLabel()->text()));
    QCOMPARE(verify->fixButton()->text(), QStringLiteral("&Wait Ten Minutes, Then Check Again"));
    QCOMPARE(VerifyPage::waitSeconds, 10 * 60); // what the advice and the button say is what it waits
    QCOMPARE(focused(), verify->fixButton());
    QVERIFY(verify->retryButton()->isVisible());

    // Ten minutes pass in twelve seconds here; the count shown is the real one. The wait ends by
    // the clock, not by timer ticks, so the test does what it must before it is over (a screenshot
    // takes seconds under Wine).
    verify->setCountdownSecondForTesting(std::chrono::milliseconds(20));
    const qsizetype checksBefore = m_zoho->requests().size();
    press(Qt::Key_Return);
    QCOMPARE(verify->fixButton()->text(), QStringLiteral("Checking again in 10:00"));
    QVERIFY(!verify->fixButton()->isEnabled());
    QVERIFY(!verify->retryButton()->isEnabled()); // no early retry to be throttled again
    QCOMPARE(focused(), verify->headlineLabel());
    QCOMPARE(m_zoho->requests().size(), checksBefore);
    // It counts down (how far, when this looks, depends on the machine's speed).
    QTRY_VERIFY_WITH_TIMEOUT(verify->fixButton()->text().startsWith(QLatin1String("Checking again in "))
                                 && verify->fixButton()->text() != QLatin1String("Checking again in 10:00"),
                             5000);
    QCOMPARE(m_zoho->requests().size(), checksBefore); // still waiting
    m_zoho->setFault(QStringLiteral("eu"), ZohoAccountsEmulator::Fault::None); // Zoho lets requests in again
    screenshot(QStringLiteral("22-verify-waiting"));

    // Then it checks again by itself, signs in and saves: the secret pasted at first, not lost.
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 30000);
    QVERIFY(m_zoho->requests().size() > checksBefore);
    QCOMPARE(focused(), m_wizard->button(QWizard::NextButton));
    Credentials stored;
    QVERIFY(Credentials::fromKeychainData(keychainItem().toUtf8(), &stored));
    QCOMPARE(stored.clientSecret, secret);
}

void TestWizard::returningCustomerFindsTheirCredentials()
{
    {
        SecretStore store;
        QSignalSpy saved(&store, &SecretStore::saved);
        Credentials credentials{clientId, secret, QStringLiteral("eu"), {}};
        credentials.verifiedAccount = QStringLiteral("jane@example.com");
        store.save(credentials);
        QVERIFY(saved.wait(10000));
    }
    newWizard();
    QCOMPARE(m_wizard->currentId(), int(OnboardingWizard::StatusPageId));
    auto *status = qobject_cast<StatusPage *>(m_wizard->currentPage());
    const QString details = status->detailsLabel()->text();
    QVERIFY2(details.contains(QStringLiteral("1000.GMB0…UEX0")), qPrintable(details));
    QVERIFY(!details.contains(clientId));
    QVERIFY(!details.contains(secret));
    QVERIFY(details.contains(QLatin1String("jane@example.com")));
    QVERIFY(details.contains(QLatin1String("zoho.eu")));
    // A screen reader hears what the label shows, after what it is.
    const QString heard = QAccessible::queryAccessibleInterface(status->detailsLabel())->text(QAccessible::Name);
    QVERIFY2(heard.startsWith(QLatin1String("Stored credentials: ")) && heard.contains(QStringLiteral("1000.GMB0…UEX0"))
                 && heard.contains(QLatin1String("jane@example.com")),
             qPrintable(heard));
    QVERIFY(!heard.contains(QLatin1Char('<')));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    screenshot(QStringLiteral("19-returning-status"));

    // Copy for Optiply, with the keyboard.
    QCOMPARE(focused(), status->copyClientIdButton());
    press(Qt::Key_Return);
    QCOMPARE(QApplication::clipboard()->text(), clientId);
    QCOMPARE(focused(), status->copySecretButton());
    press(Qt::Key_Return);
    QCOMPARE(QApplication::clipboard()->text(), secret);

    // Verify Again: the stored credentials are checked and signed in with once more.
    QTest::mouseClick(status->verifyAgainButton(), Qt::LeftButton);
    auto *verify = qobject_cast<VerifyPage *>(m_wizard->currentPage());
    QVERIFY(verify);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::Stored, 15000);
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(OnboardingWizard::StatusPageId));

    // Replace starts the guide (the stored ones stay until new ones are saved).
    QTest::mouseClick(status->replaceButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(OnboardingWizard::WelcomePageId));
    QVERIFY(!keychainItem().isEmpty());
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);

    // Forget asks, then removes them, and the assistant starts from the beginning.
    QString question;
    answerWhenAsked(QStringLiteral("confirmForgetBox"), QMessageBox::DestructiveRole, &question);
    QTest::mouseClick(status->forgetButton(), Qt::LeftButton);
    QVERIFY(question.contains(QLatin1String("Forget")));
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(OnboardingWizard::WelcomePageId), 10000);
    QTRY_VERIFY(keychainItem().isEmpty());
}

// What a screen reader names each control by: the question a list answers (its label, whose buddy
// it is), not the value it shows now; a field's description says what goes in, not its placeholder.
void TestWizard::controlsAreNamedForWhatTheyAre()
{
    auto *welcome = qobject_cast<WelcomePage *>(m_wizard->currentPage());
    QVERIFY(welcome);
    const auto labelledBy = [](QWidget *widget) {
        QStringList labels;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        for (const auto &relation : iface->relations(QAccessible::Label))
            labels.append(relation.first->text(QAccessible::Name));
        return labels;
    };
    QCOMPARE(labelledBy(welcome->dataCenterBox()), QStringList{QStringLiteral("Where is your Zoho account?")});
    QCOMPARE(labelledBy(welcome->languageBox()), QStringList{QStringLiteral("Language:")});
    // The name UI Automation uses (AT-SPI names a list by its value and relates the label above).
    QCOMPARE(welcome->dataCenterBox()->accessibleName(), QStringLiteral("Zoho data center"));
    QCOMPARE(welcome->languageBox()->accessibleName(), QStringLiteral("Language of the assistant"));
    // The advice names the list's choice exactly as the list shows it.
    QCOMPARE(welcome->dataCenterBox()->itemText(0), DataCenters::anyChoiceLabel());
    ProbeReport unknown;
    unknown.status = ProbeStatus::UnknownClient;
    QVERIFY(ProbeStatusText::advice(unknown, QStringLiteral("Europe")).contains(
        QStringLiteral("\"%1\"").arg(welcome->dataCenterBox()->itemText(0))));

    goToCredentials();
    auto *credentials = qobject_cast<CredentialsPage *>(m_wizard->currentPage());
    QVERIFY(credentials);
    QAccessibleInterface *idField = QAccessible::queryAccessibleInterface(credentials->clientIdEdit());
    QCOMPARE(idField->text(QAccessible::Name), QStringLiteral("Client ID"));
    const QString description = idField->text(QAccessible::Description);
    QVERIFY2(description.contains(QLatin1String("starts with 1000")), qPrintable(description));
    QVERIFY(!description.contains(credentials->clientIdEdit()->placeholderText()));
    QCOMPARE(labelledBy(credentials->clientIdEdit()), QStringList{QStringLiteral("Client ID:")});
}

void TestWizard::secretFieldsTellScreenReadersNothing()
{
    goToCredentials();
    auto *page = qobject_cast<CredentialsPage *>(m_wizard->currentPage());
    const qsizetype mark = m_heard.size();
    paste(clientId, secret);
    // The fields' interfaces, as a screen reader queries them: masked, the length only.
    for (QLineEdit *edit : {page->secretEdit(), page->clientIdEdit()}) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(edit);
        QVERIFY(iface);
        QVERIFY(!iface->text(QAccessible::Value).contains(secret));
        QVERIFY(!iface->text(QAccessible::Name).contains(secret));
        if (QAccessibleTextInterface *text = iface->textInterface())
            QVERIFY(!text->text(0, text->characterCount()).contains(secret));
    }
    QCOMPARE(QAccessible::queryAccessibleInterface(page->secretEdit())->text(QAccessible::Value), QString(secret.size(), QLatin1Char('*')));
    // Pasted by mistake into the ID field: masked there too.
    paste(secret, QString());
    QAccessibleInterface *idIface = QAccessible::queryAccessibleInterface(page->clientIdEdit());
    QVERIFY(!idIface->text(QAccessible::Value).contains(secret));
    QVERIFY(!idIface->textInterface()->text(0, idIface->textInterface()->characterCount()).contains(secret));
    // The events were heard, masked: the length is all that is said.
    bool insertHeard = false;
    for (qsizetype i = mark; i < m_heard.size(); ++i) {
        if (m_heard.at(i).type == QAccessible::TextInserted && m_heard.at(i).objectName == QLatin1String("secretEdit")
            && m_heard.at(i).text.contains(QString(secret.size(), QLatin1Char('*'))))
            insertHeard = true;
    }
    QCOMPARE(insertHeard, m_screenReader);
    // Every control on the way has a name of its own.
    QStringList names;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        const QString name = QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name);
        QVERIFY2(!names.contains(name), qPrintable(QStringLiteral("two controls are called ") + name));
        names.append(name);
    }
}

void TestWizard::answerWhenAsked(const QString &boxName, QMessageBox::ButtonRole role, QString *question,
                                 const QString &screenshotName)
{
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll, boxName, role, question, screenshotName] {
        auto *box = m_wizard->findChild<QMessageBox *>(boxName);
        if (!box || !box->isVisible())
            return;
        poll->deleteLater();
        poll->stop();
        *question = box->text() + QLatin1Char('\n') + box->informativeText();
        if (!screenshotName.isEmpty())
            box->grab().save(m_screenshotDir + QLatin1Char('/') + screenshotName + QStringLiteral(".png"));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role)
                button->click();
        }
    });
    poll->start(20);
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
