// The verification flow on its own, without a window or a terminal: the real prober, sign-in,
// listener and keychain (tests/keyring-session.sh), against the project's emulator of Zoho's
// accounts servers, with the browser played by a network request that follows Zoho's redirect.

#include "datacenter.h"
#include "keychainname.h"
#include "loopbackaddress.h"
#include "onboardingguide.h"
#include "loopbackports.h"
#include "outsideview.h"
#include "probestatus.h"
#include "sampleclient.h"
#include "verificationflow.h"
#include "zohoaccountsemulator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTcpSocket>
#include <QSignalSpy>
#include <QTest>

namespace {
using SampleClient::clientId;
using SampleClient::secret;
const QString hotglue = SampleClient::redirectUri;
const QString service = QStringLiteral("zoho-onboarding-tst-verificationflow");
const QString otherId = QStringLiteral("1000.OTHER0YULZHJK411248S8I5GZ4CHUX");
const QString otherSecret = QStringLiteral("fedcba9876543210fedcba9876543210fedcba9876");
} // namespace

class TestVerificationFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checkSignInAndStore();
    void accountWithoutAddressIsKeptAsData();
    void missingSignInAddressIsNamedBeforeAnyBrowser();
    void unconfirmedOrderGoesOnAndTheTimeoutNamesTheAddress();
    void checkOnlyAndVerifyOnlyEndWhereAsked();
    void interruptedWhileTheBrowserIsOpenLeavesNothing();
    void interruptedDuringTheExchangeRevokes();
    void interruptedWhileCheckingAsksNothingMore();
    void keepingTheOldOnesIsAnEndNotADeadEnd();
    void replacePolicies();
    void storeWithoutCheckOrSignIn();
    void throttledCheckCountsDownThenChecksAgain();
    void unknownClientInOneDataCenterOffersAnother();
    void crowdedListenerOffersThePaste();
    void declinedOnceAsksNoWaitDeclinedAgainDoes();

private:
    VerificationFlow::Options options() const;
    // Plays the browser: opens Zoho's consent page and follows the redirect back (or only opens it).
    void browse(VerificationFlow &flow, bool follow = true);
    // Runs the flow to its end; false when it did not end in time. The wait is longer than the
    // flow's own deadlines added up (the check and the address check, 10 s each, then a sign-in's
    // requests): on a loaded machine the flow still ends by itself, and its end is the oracle.
    bool runToEnd(VerificationFlow &flow, int timeoutMs = 60000);
    QList<VerificationFlow::State> states() const { return m_states; }
    void watch(VerificationFlow &flow);
    bool requested(const QString &path) const;
    Credentials storedItem() const;

    std::unique_ptr<ZohoAccountsEmulator> m_zoho;
    QNetworkAccessManager m_browser;
    quint16 m_port = 0;
    QList<VerificationFlow::State> m_states;
};

void TestVerificationFlow::initTestCase()
{
    QVERIFY2(OutsideView::keychainIsPrivate(),
             "run through tests/keyring-session.sh: this test needs a private Secret Service");
    // The flow keeps the recent sign-ins in the settings, under the program's names as main() sets
    // them (on Windows, QSettings needs an organization for its registry key).
    QCoreApplication::setOrganizationName(QStringLiteral("Optiply"));
    QCoreApplication::setApplicationName(QStringLiteral("zoho-onboarding-flowtest"));
}

void TestVerificationFlow::init()
{
    OutsideView::clearKeychain(service);
    m_port = LoopbackPorts::unused();
    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    QVERIFY(m_zoho->start(DataCenters::codes())); // every one: nothing may reach the real Zoho
    m_zoho->addClient({clientId, secret, QStringLiteral("eu"), {hotglue, LoopbackAddress::redirectUri(m_port).toString()}, false});
    m_states.clear();
    // A kept-alive connection to an emulator port of an earlier test must not carry this one's visit.
    m_browser.clearConnectionCache();
}

void TestVerificationFlow::cleanup()
{
    m_zoho.reset();
    OutsideView::clearKeychain(service);
}

VerificationFlow::Options TestVerificationFlow::options() const
{
    VerificationFlow::Options o;
    o.servers = AccountsServerMap();
    o.servers.addSpec(m_zoho->overridesSpec(), nullptr);
    o.port = m_port;
    o.keychainService = service;
    o.networkTimeout = std::chrono::seconds(10);
    return o;
}

void TestVerificationFlow::browse(VerificationFlow &flow, bool follow)
{
    connect(&flow, &VerificationFlow::authorizationUrlReady, this, [this, follow](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             follow ? QNetworkRequest::NoLessSafeRedirectPolicy : QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_browser.get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
}

void TestVerificationFlow::watch(VerificationFlow &flow)
{
    connect(&flow, &VerificationFlow::stateChanged, this, [this](VerificationFlow::State state) { m_states.append(state); });
}

bool TestVerificationFlow::runToEnd(VerificationFlow &flow, int timeoutMs)
{
    QSignalSpy finished(&flow, &VerificationFlow::finished);
    if (finished.wait(timeoutMs))
        return true;
    // Where it stood, for whoever reads the failure.
    qWarning() << "the flow did not end; it stands at" << flow.state() << "after" << m_states
               << "with" << m_zoho->requests().size() << "requests to Zoho";
    return false;
}

bool TestVerificationFlow::requested(const QString &path) const
{
    const auto requests = m_zoho->requests();
    return std::any_of(requests.cbegin(), requests.cend(), [&](const auto &r) { return r.path == path; });
}

Credentials TestVerificationFlow::storedItem() const
{
    Credentials c;
    const QByteArray item = OutsideView::keychainItem(service);
    if (!item.isEmpty())
        Credentials::fromKeychainData(item, &c);
    return c;
}

void TestVerificationFlow::checkSignInAndStore()
{
    VerificationFlow flow;
    flow.setOptions(options());
    watch(flow);
    browse(flow);
    QSignalSpy urls(&flow, &VerificationFlow::authorizationUrlReady);
    QSignalSpy recorded(&flow, &VerificationFlow::recorded);
    flow.start({clientId, secret, {}, {}});
    QVERIFY(runToEnd(flow));
    QCOMPARE(flow.state(), VerificationFlow::State::Stored);
    QCOMPARE(m_states, (QList<VerificationFlow::State>{VerificationFlow::State::Checking, VerificationFlow::State::SigningIn,
                                                        VerificationFlow::State::Storing, VerificationFlow::State::Stored}));
    QCOMPARE(urls.size(), 1);
    // The check, then the sign-in: both recorded for support.
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(flow.credentials().dataCenter, QStringLiteral("eu"));
    QVERIFY(flow.signedIn());
    QCOMPARE(m_zoho->revokedTokens().size(), 2);
    // What the keychain holds, read from outside: these credentials, the data center, the account.
    const Credentials stored = storedItem();
    QCOMPARE(stored.clientId, clientId);
    QCOMPARE(stored.clientSecret, secret);
    QCOMPARE(stored.dataCenter, QStringLiteral("eu"));
    QCOMPARE(stored.verifiedAccount, QStringLiteral("jane@example.com"));
    // What the person reads.
    QCOMPARE(flow.headline(), QStringLiteral("Verified — connected as jane@example.com"));
    QVERIFY2(flow.advice().contains(QStringLiteral("saved %1").arg(KeychainName::where())), qPrintable(flow.advice()));
    QVERIFY2(flow.advice().contains(QLatin1String("removed from Zoho again")), qPrintable(flow.advice()));
}

void TestVerificationFlow::accountWithoutAddressIsKeptAsData()
{
    // Zoho names no e-mail address: the keychain keeps none, never words standing in for one
    // (a Dutch customer's keychain would hold Dutch prose, shown later in any language).
    m_zoho->setAccount(QString(), QStringLiteral("Jane"), QStringLiteral("Doe"));
    VerificationFlow flow;
    flow.setOptions(options());
    browse(flow);
    flow.start({clientId, secret, {}, {}});
    QVERIFY(runToEnd(flow));
    QCOMPARE(flow.state(), VerificationFlow::State::Stored);
    QVERIFY(flow.signedIn());
    QVERIFY(flow.verifiedAccount().isEmpty());
    QVERIFY(storedItem().verifiedAccount.isEmpty());
    QCOMPARE(storedItem().clientId, clientId);
    // Shown, it still says verified.
    QVERIFY2(flow.headline().startsWith(QLatin1String("Verified")), qPrintable(flow.headline()));
}

void TestVerificationFlow::missingSignInAddressIsNamedBeforeAnyBrowser()
{
    // Only hotglue's line was added in Zoho: the most likely slip in step 3.
    m_zoho.reset();
    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    QVERIFY(m_zoho->start(DataCenters::codes())); // every one: nothing may reach the real Zoho
    m_zoho->addClient({clientId, secret, QStringLiteral("eu"), {hotglue}, false});
    VerificationFlow flow;
    flow.setOptions(options());
    watch(flow);
    QSignalSpy urls(&flow, &VerificationFlow::authorizationUrlReady);
    flow.start({clientId, secret, {}, {}});
    QVERIFY(runToEnd(flow));
    QCOMPARE(flow.state(), VerificationFlow::State::CheckFailed);
    QVERIFY(!m_states.contains(VerificationFlow::State::SigningIn));
    QCOMPARE(urls.size(), 0);
    QVERIFY(!requested(QStringLiteral("/oauth/v2/auth")));
    QCOMPARE(flow.fix(), VerificationFlow::Fix::AddRedirectAddress);
    const QString address = LoopbackAddress::redirectUri(m_port).toString();
    QCOMPARE(flow.missingRedirectUri().toString(), address);
    QCOMPARE(flow.report().status, ProbeStatus::RedirectUriNotRegistered);
    QVERIFY2(flow.advice().contains(address), qPrintable(flow.advice()));
    QVERIFY(!flow.advice().contains(hotglue));
    QVERIFY(storedItem().clientId.isEmpty());

    // The customer adds it; Check Again goes on to the sign-in.
    m_zoho->addRedirectUri(clientId, address);
    browse(flow);
    flow.retry();
    QVERIFY(runToEnd(flow));
    QCOMPARE(flow.state(), VerificationFlow::State::Stored);
}

void TestVerificationFlow::unconfirmedOrderGoesOnAndTheTimeoutNamesTheAddress()
{
    // Where Zoho judges the code first, the probe cannot tell: the flow goes on to the sign-in,
    // the browser shows "Invalid Redirect Uri" and nobody comes back.
    m_zoho.reset();
    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    QVERIFY(m_zoho->start(DataCenters::codes())); // every one: nothing may reach the real Zoho
    m_zoho->addClient({clientId, secret, QStringLiteral("eu"), {hotglue}, false});
    m_zoho->setCodeCheckedFirst(true);
    VerificationFlow flow;
    VerificationFlow::Options o = options();
    o.consentTimeout = std::chrono::milliseconds(800);
    flow.setOptions(o);
    browse(flow);
    flow.start({clientId, secret, {}, {}});
    QVERIFY(runToEnd(flow));
    QCOMPARE(flow.state(), VerificationFlow::State::SignInFailed);
    QVERIFY(requested(QStringLiteral("/oauth/v2/auth")));
    const ZohoSignIn::Result result = flow.signInResult();
    QCOMPARE(ProbeStatusText::causeKey(result.cause), QStringLiteral("consent_timeout"));
    QCOMPARE(result.status, ProbeStatus::SignInFailed);
    const QString address = LoopbackAddress::redirectUri(m_port).toString();
    QCOMPARE(flow.fix(), VerificationFlow::Fix::AddRedirectAddress);
    QCOMPARE(flow.missingRedirectUri().toString(), address);
    // What the person reads: what happened, the usual cause, the exact address; not the network.
    const QString advice = flow.advice();
    QVERIFY2(advice.contains(QLatin1String("Invalid Redirect Uri")), qPrintable(advice));
    QVERIFY2(advice.contains(LoopbackAddress::redirectUri().toString()), qPrintable(advice));
    QVERIFY2(!advice.contains(QLatin1String("internet connection")), qPrintable(advice));
    // Zoho's button named as Zoho labels it, as the guide's own steps do.
    QVERIFY2(advice.contains(QStringLiteral("click %1,").arg(OnboardingGuide::zohoUpdateLabel())), qPrintable(advice));
    QVERIFY(OnboardingGuide::missingAddressFix(QUrl(address), QString()).instructions.contains(OnboardingGuide::zohoUpdateLabel()));
    QVERIFY2(!flow.headline().contains(QLatin1String("did not answer")), qPrintable(flow.headline()));
}

void TestVerificationFlow::checkOnlyAndVerifyOnlyEndWhereAsked()
{
    VerificationFlow check;
    VerificationFlow::Options o = options();
    o.signIn = false;
    o.store = false;
    check.setOptions(o);
    check.start({clientId, secret, {}, {}});
    QVERIFY(runToEnd(check));
    QCOMPARE(check.state(), VerificationFlow::State::Checked);
    QCOMPARE(check.headline(), ProbeStatusText::headline(ProbeStatus::Ok));
    QVERIFY(!requested(QStringLiteral("/oauth/v2/auth")));

    VerificationFlow verify;
    o.signIn = true;
    verify.setOptions(o);
    browse(verify);
    verify.start({clientId, secret, {}, {}});
    QVERIFY(runToEnd(verify));
    QCOMPARE(verify.state(), VerificationFlow::State::Verified);
    QCOMPARE(m_zoho->revokedTokens().size(), 2);
    QVERIFY(storedItem().clientId.isEmpty());
    QVERIFY2(verify.advice().contains(QLatin1String("removed from Zoho again")), qPrintable(verify.advice()));
}

void TestVerificationFlow::interruptedWhileTheBrowserIsOpenLeavesNothing()
{
    VerificationFlow flow;
    flow.setOptions(options());
    browse(flow, false); // the page is shown; nobody clicks Accept
    QSignalSpy urls(&flow, &VerificationFlow::authorizationUrlReady);
    flow.start({clientId, secret, {}, {}});
    QVERIFY(urls.wait(10000));
    QCOMPARE(flow.state(), VerificationFlow::State::SigningIn);
    QSignalSpy finished(&flow, &VerificationFlow::finished);
    flow.interrupt();
    QVERIFY(!finished.isEmpty() || finished.wait(5000));
    QCOMPARE(flow.state(), VerificationFlow::State::Interrupted);
    QVERIFY(flow.wasInterrupted());
    QVERIFY(m_zoho->issuedRefreshTokens().isEmpty());
    QVERIFY2(flow.advice().contains(QLatin1String("nothing was left behind")), qPrintable(flow.advice()));
    QVERIFY(storedItem().clientId.isEmpty());
}

void TestVerificationFlow::interruptedDuringTheExchangeRevokes()
{
    // Zoho is slow: the interruption comes while the code exchange is on its way.
    m_zoho->setDelay(QStringLiteral("eu"), 700);
    VerificationFlow flow;
    flow.setOptions(options());
    browse(flow);
    bool exchangeSeen = false;
    connect(m_zoho.get(), &ZohoAccountsEmulator::requestReceived, &flow, [&](const ZohoAccountsEmulator::Request &r) {
        if (r.form.hasQueryItem(QStringLiteral("code_verifier")) && !exchangeSeen) {
            exchangeSeen = true;
            flow.interrupt();
        }
    });
    flow.start({clientId, secret, {}, {}});
    QVERIFY(runToEnd(flow, 30000));
    QVERIFY(exchangeSeen);
    QCOMPARE(flow.state(), VerificationFlow::State::Interrupted);
    // The exchange finished, and what it issued was revoked; nothing new was asked (no account).
    QCOMPARE(m_zoho->issuedRefreshTokens().size(), 1);
    QVERIFY(m_zoho->revokedTokens().contains(m_zoho->issuedRefreshTokens().first()));
    QVERIFY(!requested(QStringLiteral("/oauth/user/info")));
    QVERIFY2(flow.advice().contains(QLatin1String("Interrupted: the test sign-in was removed from Zoho")),
             qPrintable(flow.advice()));
    QVERIFY(storedItem().clientId.isEmpty());
}

void TestVerificationFlow::interruptedWhileCheckingAsksNothingMore()
{
    m_zoho->setFault(QStringLiteral("eu"), ZohoAccountsEmulator::Fault::Hang);
    VerificationFlow flow;
    VerificationFlow::Options o = options();
    o.dataCenter = QStringLiteral("eu"); // one request: all of it is under way when interrupted
    flow.setOptions(o);
    QSignalSpy finished(&flow, &VerificationFlow::finished);
    bool asked = false;
    connect(m_zoho.get(), &ZohoAccountsEmulator::requestReceived, &flow, [&] {
        if (!asked) {
            asked = true;
            flow.interrupt();
        }
    });
    flow.start({clientId, secret, {}, {}});
    QVERIFY(finished.wait(10000));
    QCOMPARE(flow.state(), VerificationFlow::State::Interrupted);
    const qsizetype seen = m_zoho->requests().size();
    QTest::qWait(50); // events left over may run; none of them asks Zoho again
    QCOMPARE(m_zoho->requests().size(), seen);
    QVERIFY(!requested(QStringLiteral("/oauth/v2/auth")));
    QCOMPARE(ProbeStatusText::causeKey(flow.report().cause), QStringLiteral("interrupted"));
}

void TestVerificationFlow::keepingTheOldOnesIsAnEndNotADeadEnd()
{
    VerificationFlow first;
    VerificationFlow::Options o = options();
    o.check = false;
    o.signIn = false;
    first.setOptions(o);
    first.start({otherId, otherSecret, QStringLiteral("us"), {}});
    QVERIFY(runToEnd(first));
    QCOMPARE(first.state(), VerificationFlow::State::Stored);

    VerificationFlow flow;
    flow.setOptions(options());
    browse(flow);
    QSignalSpy asked(&flow, &VerificationFlow::replaceDecisionNeeded);
    flow.start({clientId, secret, {}, {}});
    QVERIFY(asked.wait(20000));
    QCOMPARE(flow.state(), VerificationFlow::State::AwaitingReplaceDecision);
    QCOMPARE(asked.first().first().value<Credentials>().clientId, otherId);
    QVERIFY2(flow.advice().contains(Credentials::maskClientId(otherId)), qPrintable(flow.advice()));
    QSignalSpy finished(&flow, &VerificationFlow::finished);
    flow.decideReplace(false);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(flow.state(), VerificationFlow::State::KeptExisting);
    QVERIFY(flow.isFinished());
    QCOMPARE(storedItem().clientId, otherId);
    QVERIFY2(flow.advice().contains(Credentials::maskClientId(otherId)), qPrintable(flow.advice()));

    // Changing one's mind: Again replaces them.
    flow.retry();
    QVERIFY(runToEnd(flow));
    QCOMPARE(flow.state(), VerificationFlow::State::Stored);
    QCOMPARE(storedItem().clientId, clientId);
}

void TestVerificationFlow::replacePolicies()
{
    VerificationFlow::Options o = options();
    o.check = false;
    o.signIn = false;
    VerificationFlow first;
    first.setOptions(o);
    first.start({otherId, otherSecret, QStringLiteral("us"), {}});
    QVERIFY(runToEnd(first));

    VerificationFlow keep;
    o.replace = VerificationFlow::ReplacePolicy::Keep;
    keep.setOptions(o);
    QSignalSpy asked(&keep, &VerificationFlow::replaceDecisionNeeded);
    keep.start({clientId, secret, QStringLiteral("eu"), {}});
    QVERIFY(runToEnd(keep));
    QCOMPARE(keep.state(), VerificationFlow::State::KeptExisting);
    QCOMPARE(asked.size(), 0);
    QCOMPARE(storedItem().clientId, otherId);

    VerificationFlow replace;
    o.replace = VerificationFlow::ReplacePolicy::Replace;
    replace.setOptions(o);
    replace.start({clientId, secret, QStringLiteral("eu"), {}});
    QVERIFY(runToEnd(replace));
    QCOMPARE(replace.state(), VerificationFlow::State::Stored);
    QCOMPARE(storedItem().clientId, clientId);

    // The same credentials again: no question, whatever the policy.
    VerificationFlow same;
    o.replace = VerificationFlow::ReplacePolicy::Ask;
    same.setOptions(o);
    same.start({clientId, secret, QStringLiteral("eu"), {}});
    QVERIFY(runToEnd(same));
    QCOMPARE(same.state(), VerificationFlow::State::Stored);
}

void TestVerificationFlow::storeWithoutCheckOrSignIn()
{
    VerificationFlow flow;
    VerificationFlow::Options o = options();
    o.check = false;
    o.signIn = false;
    flow.setOptions(o);
    flow.start({clientId, secret, QStringLiteral("eu"), {}});
    QVERIFY(runToEnd(flow));
    QCOMPARE(flow.state(), VerificationFlow::State::Stored);
    QVERIFY(m_zoho->requests().isEmpty());
    QVERIFY2(flow.advice().contains(QLatin1String("proven only when Optiply connects")), qPrintable(flow.advice()));
}

void TestVerificationFlow::throttledCheckCountsDownThenChecksAgain()
{
    m_zoho->setFault(QStringLiteral("eu"), ZohoAccountsEmulator::Fault::Throttle);
    VerificationFlow flow;
    VerificationFlow::Options o = options();
    o.dataCenter = QStringLiteral("eu");
    o.signIn = false;
    o.store = false;
    flow.setOptions(o);
    flow.setCountdownSecondForTesting(std::chrono::milliseconds(1));
    flow.start({clientId, secret, {}, {}});
    QVERIFY(runToEnd(flow));
    QCOMPARE(flow.state(), VerificationFlow::State::CheckFailed);
    QCOMPARE(flow.fix(), VerificationFlow::Fix::WaitAndRetry);
    QSignalSpy countdown(&flow, &VerificationFlow::countdown);
    QSignalSpy finished(&flow, &VerificationFlow::finished);
    flow.waitAndRetry();
    QCOMPARE(countdown.first().first().toInt(), VerificationFlow::waitSeconds);
    // Zoho lets requests in again by the time the wait is over.
    m_zoho->setFault(QStringLiteral("eu"), ZohoAccountsEmulator::Fault::None);
    QVERIFY(finished.wait(20000));
    QCOMPARE(flow.state(), VerificationFlow::State::Checked);
    // Every second shown counts down, to 0 (on a busy computer a late tick skips a second: the
    // wait ends by the clock, not by the number of ticks).
    for (qsizetype i = 1; i < countdown.size(); ++i)
        QVERIFY2(countdown.at(i).first().toInt() < countdown.at(i - 1).first().toInt(), qPrintable(QString::number(i)));
    QCOMPARE(countdown.last().first().toInt(), 0);
}

void TestVerificationFlow::unknownClientInOneDataCenterOffersAnother()
{
    VerificationFlow flow;
    VerificationFlow::Options o = options();
    o.dataCenter = QStringLiteral("us");
    o.signIn = false;
    o.store = false;
    flow.setOptions(o);
    flow.start({clientId, secret, {}, {}});
    QVERIFY(runToEnd(flow));
    QCOMPARE(flow.state(), VerificationFlow::State::CheckFailed);
    QCOMPARE(flow.fix(), VerificationFlow::Fix::ChooseDataCenter);
    flow.checkIn(QStringLiteral("auto"));
    QVERIFY(runToEnd(flow));
    QCOMPARE(flow.state(), VerificationFlow::State::Checked);
    QCOMPARE(flow.credentials().dataCenter, QStringLiteral("eu"));
}

QTEST_GUILESS_MAIN(TestVerificationFlow)
void TestVerificationFlow::crowdedListenerOffersThePaste()
{
    // Another program holds many connections open to the port Zoho's answer comes to. The flow
    // says so once, with the paste fallback, and a pasted address finishes the sign-in.
    VerificationFlow flow;
    flow.setOptions(options());
    QSignalSpy crowded(&flow, &VerificationFlow::listenerCrowded);
    QUrl consentPage;
    connect(&flow, &VerificationFlow::authorizationUrlReady, this, [&](const QUrl &url) { consentPage = url; });
    flow.start({clientId, secret, {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(consentPage.isValid(), 15000);
    QVERIFY(!flow.isListenerCrowded());
    const QString calm = flow.advice();
    QVERIFY2(!calm.contains(QLatin1String("flooding")), qPrintable(calm));

    const auto hog = LoopbackPorts::crowd(m_port, 24);
    QTRY_COMPARE_WITH_TIMEOUT(crowded.size(), 1, 15000);
    QCOMPARE(crowded.first().first().value<quint16>(), m_port);
    QVERIFY(flow.isListenerCrowded());
    QCOMPARE(flow.state(), VerificationFlow::State::SigningIn);
    const QString advice = flow.advice();
    QVERIFY2(advice.contains(QLatin1String("flooding")) && advice.contains(QLatin1String("bring the address")),
             qPrintable(advice));

    // The browser lands on Zoho's redirect; the person copies that address over.
    QNetworkRequest request(consentPage);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_browser.get(request);
    QSignalSpy answered(reply, &QNetworkReply::finished);
    QVERIFY(answered.wait(15000));
    const QUrl landed = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    reply->deleteLater();
    QCOMPARE(landed.port(), int(m_port));
    QCOMPARE(flow.submitRedirectAddress(landed.toString()), ZohoSignIn::AddressProblem::None);
    QVERIFY(runToEnd(flow));
    QCOMPARE(flow.state(), VerificationFlow::State::Stored);
    QCOMPARE(storedItem().clientId, clientId);
    QCOMPARE(crowded.size(), 1); // said once
}

void TestVerificationFlow::declinedOnceAsksNoWaitDeclinedAgainDoes()
{
    // One decline is a click on Reject: sign in again at once. Declined after several sign-ins
    // within Zoho's ten minutes, it is most likely Zoho's limit: then, and only then, wait.
    QSettings settings;
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addSecs(-VerificationFlow::waitSeconds - 60);
    settings.setValue(VerificationFlow::recentSignInsKey(),
                      QStringList(5, longAgo.toString(Qt::ISODate))); // older than the window: not counted
    settings.sync();
    m_zoho->setConsent(ZohoAccountsEmulator::Consent::Decline);
    VerificationFlow flow;
    flow.setOptions(options());
    browse(flow);
    flow.start({clientId, secret, {}, {}});
    for (int attempt = 1; attempt <= VerificationFlow::repeatedSignIns; ++attempt) {
        if (attempt > 1)
            flow.retry();
        QVERIFY(runToEnd(flow));
        QCOMPARE(flow.state(), VerificationFlow::State::SignInFailed);
        const QString advice = flow.advice();
        if (attempt < VerificationFlow::repeatedSignIns) {
            QCOMPARE(flow.signInResult().cause, ProbeCause::ConsentDeclined);
            QCOMPARE(flow.fix(), VerificationFlow::Fix::None);
            QVERIFY2(advice.contains(QLatin1String("click Accept")) && !advice.contains(QLatin1String("Wait")),
                     qPrintable(advice));
        } else {
            QCOMPARE(flow.signInResult().cause, ProbeCause::ConsentDeclinedAgain);
            QCOMPARE(flow.fix(), VerificationFlow::Fix::WaitAndRetry);
            QVERIFY2(advice.contains(QLatin1String("Wait 10 minutes")), qPrintable(advice));
        }
    }
    QVERIFY(storedItem().clientId.isEmpty());
}

#include "tst_verificationflow.moc"
