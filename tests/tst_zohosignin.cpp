// The sign-in round trip against the project's emulator of Zoho's accounts servers: the real
// QtNetworkAuth flow and loopback listener, with the browser played by a network request that
// follows Zoho's consent redirect.

#include "loopbackreplyhandler.h"
#include "zohoaccountsemulator.h"
#include "zohosignin.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {
const QString clientId = QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4CHUEX0");
const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef0123456789");
const QString hotglue = QStringLiteral("https://hotglue.xyz/callback");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}
} // namespace

class TestZohoSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void verifiedRoundTripRevokesBothTokens();
    void redirectToAnotherDataCenterIsHonoured();
    void listenerIsBoundToLoopbackOnly();
    void wrongStateGarbageAndStrayRequestsAreRefused();
    void busyPortFallsBackToPastingTheAddress();
    void declinedConsent();
    void consentTimeout();
    void expiredCodeIsExplained();
    void wrongSecretAtTheExchange();
    void cancelWhileWaitingFreesThePort();
    void forgedAccountsServerIsNotTrusted();

private:
    // Plays the browser: opens the consent page and, unless told not to, follows the redirect.
    QUrl browse(const QUrl &url, bool followRedirect = true, const QUrl &replaceServer = QUrl());
    ZohoSignIn::Result run(ZohoSignIn &signIn, const QString &dataCenter, int timeoutMs = 15000);
    void setUp(ZohoSignIn &signIn);

    std::unique_ptr<ZohoAccountsEmulator> m_zoho;
    QNetworkAccessManager m_browser;
    quint16 m_port = 0;
};

void TestZohoSignIn::init()
{
    m_port = freePort();
    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    QVERIFY(m_zoho->start({QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("in")}));
    m_zoho->addClient({clientId, secret, QStringLiteral("eu"),
                       {hotglue, LoopbackReplyHandler::redirectUri(m_port).toString()}, false});
}

void TestZohoSignIn::cleanup()
{
    m_zoho.reset();
}

void TestZohoSignIn::setUp(ZohoSignIn &signIn)
{
    AccountsServerMap servers;
    QVERIFY(servers.addSpec(m_zoho->overridesSpec(), nullptr));
    signIn.setAccountsServers(servers);
    signIn.setPort(m_port);
}

QUrl TestZohoSignIn::browse(const QUrl &url, bool followRedirect, const QUrl &replaceServer)
{
    QUrl target = url;
    if (replaceServer.isValid()) {
        target.setHost(replaceServer.host());
        target.setPort(replaceServer.port());
    }
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         followRedirect ? QNetworkRequest::NoLessSafeRedirectPolicy : QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_browser.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    reply->deleteLater();
    return reply->header(QNetworkRequest::LocationHeader).toUrl();
}

ZohoSignIn::Result TestZohoSignIn::run(ZohoSignIn &signIn, const QString &dataCenter, int timeoutMs)
{
    QSignalSpy finished(&signIn, &ZohoSignIn::finished);
    signIn.start({clientId, secret, {}, {}}, dataCenter);
    if (!finished.wait(timeoutMs))
        return {};
    return finished.first().first().value<ZohoSignIn::Result>();
}

void TestZohoSignIn::verifiedRoundTripRevokesBothTokens()
{
    ZohoSignIn signIn;
    setUp(signIn);
    QUrl consentPage;
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) {
        consentPage = url;
        browse(url);
    });
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"));
    QCOMPARE(result.status, ProbeStatus::Verified);
    QCOMPARE(result.accountEmail, QStringLiteral("jane@example.com"));
    QCOMPARE(result.dataCenter, QStringLiteral("eu"));

    const QUrlQuery asked(consentPage);
    QCOMPARE(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             LoopbackReplyHandler::redirectUri(m_port).toString());
    QCOMPARE(asked.queryItemValue(QStringLiteral("scope")), ZohoSignIn::scope());
    QCOMPARE(asked.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));

    // What Zoho saw: a strong state, PKCE S256 checked, and both tokens revoked.
    QVERIFY(m_zoho->lastAuthorizeState().size() >= 43);
    QCOMPARE(m_zoho->lastCodeChallengeMethod(), QStringLiteral("S256"));
    QVERIFY(m_zoho->lastPkceVerified());
    QCOMPARE(m_zoho->issuedAccessTokens().size(), 1);
    QCOMPARE(m_zoho->issuedRefreshTokens().size(), 1);
    QVERIFY(m_zoho->revokedTokens().contains(m_zoho->issuedAccessTokens().first()));
    QVERIFY(m_zoho->revokedTokens().contains(m_zoho->issuedRefreshTokens().first()));
    QCOMPARE(result.revoked, (QStringList{QStringLiteral("access_token"), QStringLiteral("refresh_token")}));
    QVERIFY(!result.revocationFailed);

    // The secret went only into the token request's body.
    for (const auto &request : m_zoho->requests())
        QVERIFY(!request.query.toString().contains(secret));

    // A second sign-in gets a state of its own.
    const QString firstState = m_zoho->lastAuthorizeState();
    QCOMPARE(run(signIn, QStringLiteral("eu")).status, ProbeStatus::Verified);
    QVERIFY(m_zoho->lastAuthorizeState() != firstState);
}

void TestZohoSignIn::redirectToAnotherDataCenterIsHonoured()
{
    // Asked at the US server, Zoho sends an EU customer to the EU server, whose redirect says
    // location=eu: the code must be exchanged there.
    ZohoSignIn signIn;
    setUp(signIn);
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this,
            [&](const QUrl &url) { browse(url, true, m_zoho->serverUrl(QStringLiteral("eu"))); });
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("us"));
    QCOMPARE(result.status, ProbeStatus::Verified);
    QCOMPARE(result.dataCenter, QStringLiteral("eu"));
    bool exchangedAtEu = false;
    for (const auto &request : m_zoho->requests()) {
        if (request.path == QLatin1String("/oauth/v2/token")) {
            QCOMPARE(request.dataCenter, QStringLiteral("eu"));
            exchangedAtEu = true;
        }
    }
    QVERIFY(exchangedAtEu);
}

void TestZohoSignIn::listenerIsBoundToLoopbackOnly()
{
    ZohoSignIn signIn;
    setUp(signIn);
    signIn.start({clientId, secret, {}, {}}, QStringLiteral("eu"));
    QVERIFY(signIn.isListening());
    // Linux lists listening sockets in /proc/net/tcp: local address 0100007F is 127.0.0.1.
    QFile table(QStringLiteral("/proc/net/tcp"));
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QByteArray portHex = QByteArray::number(m_port, 16).toUpper().rightJustified(4, '0');
    QByteArrayList listeners;
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QByteArrayList fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields.at(1).endsWith(':' + portHex) && fields.at(3) == "0A") // 0A: LISTEN
            listeners.append(fields.at(1));
    }
    QCOMPARE(listeners, QByteArrayList{"0100007F:" + portHex});
    signIn.cancel();
}

void TestZohoSignIn::wrongStateGarbageAndStrayRequestsAreRefused()
{
    ZohoSignIn signIn;
    setUp(signIn);
    QUrl consentPage;
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { consentPage = url; });
    QSignalSpy finished(&signIn, &ZohoSignIn::finished);
    signIn.start({clientId, secret, {}, {}}, QStringLiteral("eu"));
    QTRY_VERIFY(consentPage.isValid());
    const QUrl callback = LoopbackReplyHandler::redirectUri(m_port);

    // A forged redirect with another state.
    QUrl forged = callback;
    forged.setQuery(QStringLiteral("code=1000.aaaa.bbbb&state=not-the-state&location=eu"));
    browse(forged);
    // A stray request for something else.
    QUrl stray = callback;
    stray.setPath(QStringLiteral("/favicon.ico"));
    browse(stray);
    // Garbage bytes.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write(QByteArray("\x00\xff\xfe garbage \r\n\x01\x02\r\n\r\n", 20));
    socket.waitForBytesWritten(2000);
    QTest::qWait(300);
    socket.abort();

    QCOMPARE(finished.size(), 0);
    QCOMPARE(signIn.stage(), ZohoSignIn::Stage::WaitingForConsent);
    QVERIFY(m_zoho->issuedAccessTokens().isEmpty());

    // The real answer still works.
    browse(consentPage);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().value<ZohoSignIn::Result>().status, ProbeStatus::Verified);
}

void TestZohoSignIn::busyPortFallsBackToPastingTheAddress()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, m_port));

    ZohoSignIn signIn;
    setUp(signIn);
    QSignalSpy unavailable(&signIn, &ZohoSignIn::listenerUnavailable);
    QSignalSpy finished(&signIn, &ZohoSignIn::finished);
    QUrl consentPage;
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { consentPage = url; });
    signIn.start({clientId, secret, {}, {}}, QStringLiteral("eu"));
    QTRY_VERIFY(consentPage.isValid());
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(unavailable.first().first().value<quint16>(), m_port);
    QVERIFY(!signIn.isListening());

    // The browser lands on the busy port; the customer copies the address bar.
    const QUrl landed = browse(consentPage, false);
    QVERIFY(landed.toString().startsWith(LoopbackReplyHandler::redirectUri(m_port).toString()));

    QString error;
    QVERIFY(!signIn.submitRedirectAddress(QStringLiteral("https://example.com/nothing"), &error));
    QVERIFY(error.contains(QLatin1String("code=")));
    QUrl otherAttempt = landed;
    QUrlQuery query(landed);
    query.removeAllQueryItems(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("from-yesterday"));
    otherAttempt.setQuery(query);
    QVERIFY(!signIn.submitRedirectAddress(otherAttempt.toString(), &error));
    QVERIFY(error.contains(QLatin1String("another sign-in")));

    QVERIFY2(signIn.submitRedirectAddress(QStringLiteral("  ") + landed.toString() + QStringLiteral("\n"), &error),
             qPrintable(error));
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().value<ZohoSignIn::Result>().status, ProbeStatus::Verified);
}

void TestZohoSignIn::declinedConsent()
{
    ZohoSignIn signIn;
    setUp(signIn);
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) {
        browse(url, false); // the consent page, where the customer clicks Reject
        QUrl rejected = LoopbackReplyHandler::redirectUri(m_port);
        rejected.setQuery(QStringLiteral("error=access_denied&state=") + m_zoho->lastAuthorizeState());
        browse(rejected);
    });
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"));
    QCOMPARE(result.status, ProbeStatus::SignInFailed);
    QCOMPARE(result.zohoError, QStringLiteral("access_denied"));
    QVERIFY(result.detail.contains(QLatin1String("declined")));
}

void TestZohoSignIn::consentTimeout()
{
    ZohoSignIn signIn;
    setUp(signIn);
    signIn.setConsentTimeout(std::chrono::milliseconds(400));
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"), 5000);
    QCOMPARE(result.status, ProbeStatus::Timeout);
    // The port is free again.
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, m_port));
}

void TestZohoSignIn::expiredCodeIsExplained()
{
    m_zoho->setCodeLifetime(0);
    ZohoSignIn signIn;
    setUp(signIn);
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { browse(url); });
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"));
    QCOMPARE(result.status, ProbeStatus::SignInFailed);
    QCOMPARE(result.zohoError, QStringLiteral("invalid_code"));
    QVERIFY(result.detail.contains(QLatin1String("expired")));
}

void TestZohoSignIn::wrongSecretAtTheExchange()
{
    ZohoSignIn signIn;
    setUp(signIn);
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { browse(url); });
    QSignalSpy finished(&signIn, &ZohoSignIn::finished);
    signIn.start({clientId, QStringLiteral("ffffffffffffffffffffffffffffffffffffffffff"), {}, {}}, QStringLiteral("eu"));
    QVERIFY(finished.wait(15000));
    const auto result = finished.first().first().value<ZohoSignIn::Result>();
    QCOMPARE(result.status, ProbeStatus::WrongSecret);
    QVERIFY(m_zoho->issuedRefreshTokens().isEmpty());
}

void TestZohoSignIn::cancelWhileWaitingFreesThePort()
{
    ZohoSignIn signIn;
    setUp(signIn);
    QSignalSpy finished(&signIn, &ZohoSignIn::finished);
    signIn.start({clientId, secret, {}, {}}, QStringLiteral("eu"));
    QVERIFY(signIn.isListening());
    signIn.cancel();
    QVERIFY(!signIn.isRunning());
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, m_port));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 0);
}

void TestZohoSignIn::forgedAccountsServerIsNotTrusted()
{
    // A redirect naming an accounts server this program does not know must not receive the
    // secret: the code goes to the data center the sign-in started at.
    ZohoSignIn signIn;
    setUp(signIn);
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) {
        QUrl landed = browse(url, false);
        QUrlQuery query(landed);
        query.removeAllQueryItems(QStringLiteral("accounts-server"));
        query.removeAllQueryItems(QStringLiteral("location"));
        query.addQueryItem(QStringLiteral("accounts-server"), QStringLiteral("https%3A%2F%2Faccounts.evil.example"));
        landed.setQuery(query);
        browse(landed);
    });
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"));
    QCOMPARE(result.status, ProbeStatus::Verified);
    QCOMPARE(result.dataCenter, QStringLiteral("eu"));
}

QTEST_GUILESS_MAIN(TestZohoSignIn)
#include "tst_zohosignin.moc"
