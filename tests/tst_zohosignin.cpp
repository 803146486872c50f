// The sign-in round trip against the project's emulator of Zoho's accounts servers: the real
// QtNetworkAuth flow and loopback listener, with the browser played by a network request that
// follows Zoho's consent redirect.

#include "boundedhttpreply.h"
#include "loopbackaddress.h"
#include "loopbacklistener.h"
#include "probestatus.h"
#include "zohoaccountsemulator.h"
#include "zohodoor.h"
#include "zohosignin.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTranslator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include "loopbackports.h"
#include "peakmemory.h"
#include "sampleclient.h"

#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>
#include <vector>

namespace {
using SampleClient::clientId;
using SampleClient::redirectUri;
using SampleClient::secret;

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
    void unknownAccountsServerEndsTheSignIn();
    void exchangeRedirectIsNeverFollowed_data();
    void exchangeRedirectIsNeverFollowed();
    void drippingExchangeEndsAtTheDeadline();
    void oversizedOrEndlessRepliesAreRefused_data();
    void oversizedOrEndlessRepliesAreRefused();
    void revocationAnswers_data();
    void revocationAnswers();
    void escapeSequencesFromZohoArePrintable();
    void zohosErrorDescriptionIsFormDecoded();
    void connectionHogCannotKeepTheBrowserOut();
    void pagesSpeakTheLanguageTheyAreIn();

private:
    // Plays the browser: opens the consent page and, unless told not to, follows the redirect.
    QUrl browse(const QUrl &url, bool followRedirect = true, const QUrl &replaceServer = QUrl());
    // Plays the browser that follows every redirect, and returns the page it ends up showing.
    QByteArray page(const QUrl &url, int *status = nullptr);
    // Sends raw bytes to the listener and returns everything it answers before it closes.
    QByteArray raw(const QByteArray &bytes, bool closeAfterWriting = false) const;
    ZohoSignIn::Result run(ZohoSignIn &signIn, const QString &dataCenter, int timeoutMs = 15000);
    void setUp(ZohoSignIn &signIn);

    std::unique_ptr<ZohoAccountsEmulator> m_zoho;
    QNetworkAccessManager m_browser;
    quint16 m_port = 0;
};

void TestZohoSignIn::init()
{
    m_port = LoopbackPorts::unused();
    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    QVERIFY(m_zoho->start({QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("in")}));
    m_zoho->addClient({clientId, secret, QStringLiteral("eu"),
                       {redirectUri, LoopbackAddress::redirectUri(m_port).toString()}, false});
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

QByteArray TestZohoSignIn::page(const QUrl &url, int *status)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_browser.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    reply->deleteLater();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}

QByteArray TestZohoSignIn::raw(const QByteArray &bytes, bool closeAfterWriting) const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    socket.waitForBytesWritten(2000);
    if (closeAfterWriting) {
        socket.abort();
        return {};
    }
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 5000) {
        // The listener lives on this thread: let it run while waiting.
        QTest::qWait(20);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

ZohoSignIn::Result TestZohoSignIn::run(ZohoSignIn &signIn, const QString &dataCenter, int timeoutMs)
{
    QSignalSpy finished(&signIn, &ZohoSignIn::finished);
    signIn.start({clientId, secret, {}, {}}, dataCenter);
    // The browser's visit runs a nested event loop inside start(), where the whole sign-in may end.
    if (finished.isEmpty() && !finished.wait(timeoutMs))
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
             LoopbackAddress::redirectUri(m_port).toString());
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
    // The refresh token first: it is the one that would last.
    QCOMPARE(result.revoked, (QStringList{QStringLiteral("refresh_token"), QStringLiteral("access_token")}));
    QCOMPARE(result.cause, ProbeCause::None);
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
    const QUrl callback = LoopbackAddress::redirectUri(m_port);
    const QByteArray notThis = "Not an answer to this sign-in";

    // What any web page could make the browser send (<img src=…>): an error without a state, or
    // with a wrong one. Each gets a page, and changes nothing.
    for (const QString &forgedQuery : {QStringLiteral("error=access_denied"),
                                       QStringLiteral("error=access_denied&state=not-the-state"),
                                       QStringLiteral("code=1000.aaaa.bbbb&state=not-the-state&location=eu")}) {
        QUrl forged = callback;
        forged.setQuery(forgedQuery);
        int status = 0;
        const QByteArray shown = page(forged, &status);
        QVERIFY2(shown.contains(notThis), shown.constData());
        QCOMPARE(status, 400);
    }
    // A stray request for something else.
    QUrl stray = callback;
    stray.setPath(QStringLiteral("/favicon.ico"));
    QVERIFY(page(stray).contains(notThis));
    // Not a GET.
    QVERIFY(raw("POST /zoho-onboarding/callback HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").startsWith("HTTP/1.1 405"));
    // Garbage bytes: a page, and the connection closes.
    const QByteArray garbage = raw(QByteArray("\x00\xff\xfe garbage \r\n\x01\x02\r\n\r\n", 20));
    QVERIFY2(garbage.startsWith("HTTP/1.1 400") && garbage.contains(notThis), garbage.constData());
    // An endless request line: refused after 16 KB, not buffered.
    const QByteArray endless = raw("GET /" + QByteArray(qsizetype(1024) * 1024, 'a'));
    QVERIFY2(endless.startsWith("HTTP/1.1 431"), endless.left(100).constData());
    // Half a request, then the connection goes: nothing of it carries over to the next connection.
    raw("GET /zoho-onboarding/callback?error=access_denied&state=" + m_zoho->lastAuthorizeState().toLatin1()
            .left(10),
        true);

    QTest::qWait(100);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(signIn.stage(), ZohoSignIn::Stage::WaitingForConsent);
    QVERIFY(m_zoho->issuedAccessTokens().isEmpty());

    // The real answer still works, and the browser is told so.
    const QByteArray shown = page(consentPage);
    QVERIFY2(shown.contains("Signed in to Zoho"), shown.constData());
    QVERIFY(shown.contains("<meta charset=\"utf-8\">"));
    QVERIFY(shown.contains("<html lang=\"en\">"));
    QVERIFY(!shown.contains("src=") && !shown.contains("href="));
    // Already over, maybe: the page's visit ran a nested event loop.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
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
    QVERIFY(landed.toString().startsWith(LoopbackAddress::redirectUri(m_port).toString()));

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
    // Already over, maybe: the page's visit ran a nested event loop.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    QCOMPARE(finished.first().first().value<ZohoSignIn::Result>().status, ProbeStatus::Verified);
}

void TestZohoSignIn::declinedConsent()
{
    // The customer clicks Reject on Zoho's page: Zoho redirects with error=access_denied.
    m_zoho->setConsent(ZohoAccountsEmulator::Consent::Decline);
    ZohoSignIn signIn;
    setUp(signIn);
    QByteArray shown;
    int status = 0;
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { shown = page(url, &status); });
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"));
    QCOMPARE(result.status, ProbeStatus::SignInFailed);
    QCOMPARE(result.cause, ProbeCause::ConsentDeclined);
    QCOMPARE(result.zohoError, QStringLiteral("access_denied"));
    QVERIFY(result.detail.contains(QLatin1String("declined")));
    // Once is a click on Reject: sign in again, no wait (the flow counts repeated ones).
    const QString advice = ProbeStatusText::advice(result.status, result.cause, QStringLiteral("Europe"));
    QVERIFY2(advice.contains(QLatin1String("click Accept")) && !advice.contains(QLatin1String("Wait")), qPrintable(advice));
    // The browser got the whole page, not "didn't send any data".
    QCOMPARE(status, 200);
    QVERIFY2(shown.contains("Zoho did not allow access") && shown.endsWith("</html>\n"), shown.constData());
    QVERIFY(m_zoho->issuedAccessTokens().isEmpty());

    // The same refusal whose description says why: too many requests. That is throttling: wait.
    m_zoho->setConsent(ZohoAccountsEmulator::Consent::Refuse);
    ZohoSignIn again;
    setUp(again);
    connect(&again, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { shown = page(url, &status); });
    const ZohoSignIn::Result refused = run(again, QStringLiteral("eu"));
    QCOMPARE(refused.status, ProbeStatus::RateLimited);
    QCOMPARE(refused.cause, ProbeCause::Throttled);
    QVERIFY2(refused.detail.contains(QLatin1String("Too many requests, try again later")), qPrintable(refused.detail));
    const QString wait = ProbeStatusText::advice(refused.status, refused.cause, QStringLiteral("Europe"));
    QVERIFY2(wait.contains(QLatin1String("Wait ten minutes")), qPrintable(wait));
}

void TestZohoSignIn::consentTimeout()
{
    ZohoSignIn signIn;
    setUp(signIn);
    signIn.setConsentTimeout(std::chrono::milliseconds(400));
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"), 5000);
    // Zoho was not silent: the browser never came back. A cause of its own, not a network timeout.
    QCOMPARE(result.status, ProbeStatus::SignInFailed);
    QCOMPARE(result.cause, ProbeCause::ConsentTimedOut);
    QVERIFY(result.detail.contains(QLatin1String("no answer from the browser")));
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
    // Already over, maybe: the page's visit ran a nested event loop.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
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

void TestZohoSignIn::unknownAccountsServerEndsTheSignIn()
{
    // Zoho's redirect names an accounts server the table does not know (a new data center, or a
    // forged redirect): the code is exchanged nowhere, and the customer is told which one.
    m_zoho->setRedirectAccountsServer(QStringLiteral("https://accounts.zoho.xx"));
    ZohoSignIn signIn;
    setUp(signIn);
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { browse(url); });
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"));
    QCOMPARE(result.status, ProbeStatus::SignInFailed);
    QCOMPARE(result.cause, ProbeCause::UnknownDataCenter);
    QCOMPARE(ProbeStatusText::causeKey(result.cause), QStringLiteral("unknown_data_center"));
    QCOMPARE(result.accountsServer, QStringLiteral("accounts.zoho.xx"));
    QVERIFY(result.detail.contains(QLatin1String("accounts.zoho.xx")));
    QVERIFY(ProbeStatusText::advice(result.status, result.cause, result.accountsServer)
                .contains(QLatin1String("accounts.zoho.xx")));
    for (const auto &request : m_zoho->requests())
        QVERIFY2(request.path != QLatin1String("/oauth/v2/token"), "the code was exchanged somewhere");
    QVERIFY(m_zoho->issuedAccessTokens().isEmpty());
}

void TestZohoSignIn::exchangeRedirectIsNeverFollowed_data()
{
    QTest::addColumn<ZohoAccountsEmulator::Fault>("fault");
    QTest::newRow("307") << ZohoAccountsEmulator::Fault::Redirect307;
    QTest::newRow("308") << ZohoAccountsEmulator::Fault::Redirect308;
}

void TestZohoSignIn::exchangeRedirectIsNeverFollowed()
{
    // 307 and 308 ask a client to send the same body again elsewhere: the secret, the code and
    // the PKCE verifier. The target is another emulated server, which must hear nothing.
    QFETCH(ZohoAccountsEmulator::Fault, fault);
    QUrl target = m_zoho->serverUrl(QStringLiteral("in"));
    target.setPath(QStringLiteral("/oauth/v2/token"));
    m_zoho->setRedirectTarget(target);
    m_zoho->setFault(QStringLiteral("eu"), fault, ZohoAccountsEmulator::Endpoint::CodeExchange);
    ZohoSignIn signIn;
    setUp(signIn);
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { browse(url); });
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"));
    QCOMPARE(result.status, ProbeStatus::ServerError);
    // The target is plain http (the emulator's), so the named failure says so.
    QCOMPARE(result.cause, ProbeCause::RedirectToPlainHttp);
    QVERIFY(result.detail.contains(QLatin1String("not followed")));
    for (const auto &request : m_zoho->requests())
        QVERIFY2(request.dataCenter != QLatin1String("in"), "the redirect was followed");
}

void TestZohoSignIn::drippingExchangeEndsAtTheDeadline()
{
    // A server that sends its answer one byte every half second never goes silent, so a timeout
    // that measures silence never fires. The deadline covers the whole request.
    m_zoho->setFault(QStringLiteral("eu"), ZohoAccountsEmulator::Fault::DripBody,
                     ZohoAccountsEmulator::Endpoint::CodeExchange);
    ZohoSignIn signIn;
    setUp(signIn);
    signIn.setNetworkTimeout(std::chrono::milliseconds(1500));
    QElapsedTimer exchange;
    connect(&signIn, &ZohoSignIn::stageChanged, this, [&](ZohoSignIn::Stage stage) {
        if (stage == ZohoSignIn::Stage::ExchangingCode)
            exchange.start();
    });
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { browse(url); });
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"));
    const qint64 took = exchange.elapsed();
    QCOMPARE(result.status, ProbeStatus::Timeout);
    QCOMPARE(result.cause, ProbeCause::TimedOut);
    QVERIFY2(took >= 1400 && took < 5000, qPrintable(QString::number(took))); // the drip alone lasts a minute
}

void TestZohoSignIn::oversizedOrEndlessRepliesAreRefused_data()
{
    using Endpoint = ZohoAccountsEmulator::Endpoint;
    using Fault = ZohoAccountsEmulator::Fault;
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<Fault>("fault");

    const QList<std::pair<Endpoint, const char *>> endpoints = {
        {Endpoint::CodeExchange, "exchange"}, {Endpoint::UserInfo, "account"}, {Endpoint::Revoke, "revocation"}};
    const QList<std::pair<Fault, const char *>> faults = {
        {Fault::OversizedBody, "fast endless body"},
        {Fault::ChunkedEndless, "chunked, endless"},
        {Fault::HugeContentLength, "Content-Length of 1 TiB"},
        {Fault::EndlessHeaders, "header block without end"},
        {Fault::DripBody, "one byte every half second, past the deadline"},
    };
    for (const auto &[endpoint, where] : endpoints) {
        for (const auto &[fault, what] : faults)
            QTest::addRow("%s: %s", where, what) << endpoint << fault;
    }
}

void TestZohoSignIn::oversizedOrEndlessRepliesAreRefused()
{
    // Each request of the sign-in, answered without end (or too slowly to end): the program reads
    // no more than its cap, holds no more, and says what happened: the exchange fails, an account
    // that cannot be read leaves the sign-in verified without a name, and a refresh token that
    // cannot be revoked is reported as left behind.
    using Endpoint = ZohoAccountsEmulator::Endpoint;
    using Fault = ZohoAccountsEmulator::Fault;
    QFETCH(Endpoint, endpoint);
    QFETCH(Fault, fault);
    const bool drip = fault == Fault::DripBody;
    m_zoho->setFault(QStringLiteral("eu"), fault, endpoint);
    ZohoSignIn signIn;
    setUp(signIn);
    const auto deadline = std::chrono::milliseconds(1500);
    signIn.setNetworkTimeout(drip ? deadline : std::chrono::milliseconds(20000));
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { browse(url); });
    QElapsedTimer clock;
    clock.start();
    const PeakMemory memory;
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"), 30000);
    const qint64 grownKb = memory.grownKb();
    const qint64 took = clock.elapsed();

    const QString tooLarge = QStringLiteral("larger than");
    const QString timedOut = QStringLiteral("no whole answer within the time limit");
    switch (endpoint) {
    case Endpoint::CodeExchange:
        QCOMPARE(result.status, drip ? ProbeStatus::Timeout : ProbeStatus::ServerError);
        QCOMPARE(ProbeStatusText::causeKey(result.cause), drip ? QStringLiteral("timed_out") : QStringLiteral("reply_too_large"));
        break;
    case Endpoint::UserInfo:
        // Proven all the same; only the account's name is missing, and the tokens are revoked.
        QCOMPARE(result.status, ProbeStatus::Verified);
        QVERIFY(result.accountEmail.isEmpty());
        QVERIFY2(result.detail.contains(QLatin1String("the account could not be read")) && result.detail.contains(drip ? timedOut : tooLarge),
                 qPrintable(result.detail));
        QCOMPARE(result.revoked.value(0), QStringLiteral("refresh_token"));
        break;
    case Endpoint::Revoke:
        QCOMPARE(result.status, ProbeStatus::Verified);
        QCOMPARE(result.cause, ProbeCause::RefreshTokenNotRevoked);
        QVERIFY(result.revocationFailed);
        QVERIFY2(result.detail.contains(drip ? timedOut : tooLarge), qPrintable(result.detail));
        break;
    case Endpoint::Any:
        QFAIL("not a row");
    }

    const ZohoDoor *door = signIn.door();
    qInfo() << "the program read at most" << door->mostBytesRead() << "bytes of one reply; the emulator handed"
            << m_zoho->oversizedBytesSent() << "bytes to its sockets; peak resident size grew by" << grownKb << "KB; took" << took << "ms";
    // What the program read: never more than the cap, the head and one socket buffer.
    QVERIFY2(door->mostBytesRead() <= ZohoDoor::maxReplySize + BoundedHttpReply::maxHeadSize + 1,
             qPrintable(QString::number(door->mostBytesRead())));
    if (fault == Fault::OversizedBody || fault == Fault::ChunkedEndless)
        QVERIFY2(door->mostBytesRead() > ZohoDoor::maxReplySize, qPrintable(QString::number(door->mostBytesRead())));
    if (drip) {
        // Two revocations, each with its own deadline; the drip alone would last a minute each.
        const qint64 requests = endpoint == Endpoint::Revoke ? 2 : 1;
        QVERIFY2(took < requests * deadline.count() + 4000, qPrintable(QString::number(took)));
    }
    if (PeakMemory::isMeaningful()) {
        const qint64 limitKb = 3 * ZohoDoor::maxReplySize / 1024 + qint64(16) * 1024;
        QVERIFY2(grownKb < limitKb, qPrintable(QStringLiteral("%1 KB, limit %2 KB").arg(grownKb).arg(limitKb)));
    }
}

void TestZohoSignIn::revocationAnswers_data()
{
    using A = ZohoAccountsEmulator::RevocationAnswer;
    QTest::addColumn<A>("refresh");
    QTest::addColumn<A>("access");
    QTest::addColumn<QStringList>("revoked");
    QTest::addColumn<bool>("tokenLeft");
    const QString r = QStringLiteral("refresh_token");
    const QString a = QStringLiteral("access_token");
    QTest::newRow("both {status: success}") << A::ZohoSuccess << A::ZohoSuccess << QStringList{r, a} << false;
    QTest::newRow("both empty 200 (RFC 7009)") << A::Empty200 << A::Empty200 << QStringList{r, a} << false;
    // Zoho may refuse a server-based client's access-token revocation; the refresh token took it along.
    QTest::newRow("access token refused after the refresh token") << A::ZohoSuccess << A::Refused << QStringList{r}
                                                                  << false;
    QTest::newRow("refresh token refused") << A::Refused << A::ZohoSuccess << QStringList{a} << true;
    QTest::newRow("both refused") << A::Refused << A::Refused << QStringList{} << true;
}

void TestZohoSignIn::revocationAnswers()
{
    QFETCH(ZohoAccountsEmulator::RevocationAnswer, refresh);
    QFETCH(ZohoAccountsEmulator::RevocationAnswer, access);
    QFETCH(QStringList, revoked);
    QFETCH(bool, tokenLeft);
    m_zoho->setRevocationAnswer(ZohoAccountsEmulator::TokenKind::Refresh, refresh);
    m_zoho->setRevocationAnswer(ZohoAccountsEmulator::TokenKind::Access, access);
    ZohoSignIn signIn;
    setUp(signIn);
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { browse(url); });
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"));
    // The credentials are proven either way.
    QCOMPARE(result.status, ProbeStatus::Verified);
    QCOMPARE(result.revoked, revoked);
    QCOMPARE(result.revocationFailed, tokenLeft);
    // What Zoho holds agrees with what the customer is told.
    QCOMPARE(m_zoho->revokedTokens().contains(m_zoho->issuedRefreshTokens().value(0)), !tokenLeft);
    const QString advice = ProbeStatusText::advice(result.status, result.cause, QStringLiteral("Europe (zoho.eu)"));
    if (tokenLeft) {
        QCOMPARE(ProbeStatusText::causeKey(result.cause), QStringLiteral("refresh_token_not_revoked"));
        QVERIFY2(advice.contains(QLatin1String("stays valid until it is removed"))
                     && advice.contains(QLatin1String("limit of 20")) && advice.contains(QLatin1String("Connected Apps")),
                 qPrintable(advice));
        QVERIFY(!advice.contains(QLatin1String("within an hour")));
    } else {
        QCOMPARE(result.cause, ProbeCause::None);
        QVERIFY(advice.contains(QLatin1String("complete sign-in")));
    }
}

void TestZohoSignIn::escapeSequencesFromZohoArePrintable()
{
    // An account name and e-mail with ESC sequences that would retitle and clear a terminal.
    m_zoho->setAccount(QStringLiteral("\x1b]0;pwned\x07jane@example.com\x1b[2J"), QStringLiteral("\x1b[31mJane"),
                       QStringLiteral("Doe\u202e"));
    ZohoSignIn signIn;
    setUp(signIn);
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { browse(url); });
    const ZohoSignIn::Result result = run(signIn, QStringLiteral("eu"));
    QCOMPARE(result.status, ProbeStatus::Verified);
    for (const QString &text : {result.accountEmail, result.accountName, result.detail}) {
        for (const QChar c : text)
            QVERIFY2(c.isPrint(), qPrintable(QStringLiteral("U+%1 in \"%2\"").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(text)));
    }
    QVERIFY(result.accountEmail.contains(QLatin1String("jane@example.com")));
}

void TestZohoSignIn::zohosErrorDescriptionIsFormDecoded()
{
    // Zoho (like any form) writes a space in error_description as '+'.
    ZohoSignIn signIn;
    setUp(signIn);
    QUrl consentPage;
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { consentPage = url; });
    QSignalSpy finished(&signIn, &ZohoSignIn::finished);
    signIn.start({clientId, secret, {}, {}}, QStringLiteral("eu"));
    QTRY_VERIFY(consentPage.isValid());
    const QByteArray state = QUrlQuery(consentPage).queryItemValue(QStringLiteral("state"), QUrl::FullyEncoded).toLatin1();
    const QByteArray answer = raw("GET " + LoopbackAddress::redirectUri(m_port).path().toLatin1()
                                  + "?error=invalid_scope&error_description=Scope+not+allowed+for+this+client%21&state="
                                  + state + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QTRY_VERIFY(!finished.isEmpty());
    const auto result = finished.first().first().value<ZohoSignIn::Result>();
    QCOMPARE(result.status, ProbeStatus::SignInFailed);
    QCOMPARE(result.zohoError, QStringLiteral("invalid_scope"));
    QVERIFY2(result.detail.contains(QLatin1String("Scope not allowed for this client!")), qPrintable(result.detail));
    QVERIFY2(!result.detail.contains(QLatin1Char('+')), qPrintable(result.detail));
}

void TestZohoSignIn::connectionHogCannotKeepTheBrowserOut()
{
    // Another program on this computer (another user's, on a terminal server) holds connections to
    // the listener's port open, idle or trickling a request a byte at a time, and keeps opening new
    // ones. The browser's callback must still be served.
    ZohoSignIn signIn;
    setUp(signIn);
    QSignalSpy crowded(&signIn, &ZohoSignIn::listenerCrowded);
    QSignalSpy finished(&signIn, &ZohoSignIn::finished);
    QUrl consentPage;
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &url) { consentPage = url; });
    signIn.start({clientId, secret, {}, {}}, QStringLiteral("eu"));
    QTRY_VERIFY(consentPage.isValid());
    QVERIFY(!signIn.isListenerCrowded());

    const auto countIn = [](const std::vector<std::unique_ptr<QTcpSocket>> &sockets, QAbstractSocket::SocketState state) {
        return std::count_if(sockets.cbegin(), sockets.cend(), [state](const auto &socket) { return socket->state() == state; });
    };
    // In bursts small enough for any system's queue of connections not yet accepted: one that
    // overflowed it looks connected to its client but never reached the listener.
    const auto connectMany = [this, countIn](int count) {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < count; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, m_port);
            if (sockets.size() % 25 == 0 || i == count - 1) {
                (void)QTest::qWaitFor([&] {
                    return countIn(sockets, QAbstractSocket::ConnectingState)
                        + countIn(sockets, QAbstractSocket::HostLookupState) == 0;
                }, 15000);
            }
        }
        return sockets;
    };
    const int idleCount = 150;
    const int trickleCount = 30;
    std::vector<std::unique_ptr<QTcpSocket>> idle = connectMany(idleCount);
    std::vector<std::unique_ptr<QTcpSocket>> trickling = connectMany(trickleCount);
    const QByteArray slowRequest = "GET " + LoopbackAddress::redirectUri(m_port).path().toLatin1() + "?state=";
    qsizetype sent = 0;
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, this, [&] {
        for (const auto &socket : trickling) {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write(slowRequest.mid(sent % slowRequest.size(), 1));
        }
        ++sent;
    });
    trickle.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(countIn(idle, QAbstractSocket::ConnectedState) + countIn(idle, QAbstractSocket::UnconnectedState)
                                 == idleCount,
                             15000);
    QTRY_COMPARE_WITH_TIMEOUT(crowded.size(), 1, 15000);
    QCOMPARE(crowded.first().first().value<quint16>(), m_port);
    QVERIFY(signIn.isListenerCrowded());
    // The listener lets go of the idle ones by itself (dropped after a moment, or to make room).
    QTRY_COMPARE_WITH_TIMEOUT(countIn(idle, QAbstractSocket::UnconnectedState), qsizetype(idleCount), 20000);

    // The hog comes back at full strength, more than the listener keeps at once; then the browser
    // arrives with Zoho's answer.
    std::vector<std::unique_ptr<QTcpSocket>> again = connectMany(idleCount);
    QTRY_VERIFY_WITH_TIMEOUT(countIn(again, QAbstractSocket::ConnectingState) + countIn(again, QAbstractSocket::HostLookupState)
                                 == 0,
                             15000);
    const QByteArray shown = page(consentPage);
    QVERIFY2(shown.contains("Signed in to Zoho"), shown.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    QCOMPARE(finished.first().first().value<ZohoSignIn::Result>().status, ProbeStatus::Verified);
    QCOMPARE(crowded.size(), 1); // said once
}

namespace {
// Dutch for one page, as a compiled translation would give it.
class DutchPage : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) != "LoopbackListener")
            return {};
        if (QByteArrayView(sourceText) == "Signed in to Zoho")
            return QStringLiteral("Aangemeld bij Zoho");
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

void TestZohoSignIn::pagesSpeakTheLanguageTheyAreIn()
{
    // Untranslated, the page is English and says so.
    QVERIFY(LoopbackListener::page(LoopbackListener::Page::SignedIn).contains("<html lang=\"en\">"));
    // In a Dutch UI, the page is Dutch and says so; server text in it is escaped.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    DutchPage dutch;
    QCoreApplication::installTranslator(&dutch);
    const QByteArray signedIn = LoopbackListener::page(LoopbackListener::Page::SignedIn);
    const QByteArray error = LoopbackListener::page(LoopbackListener::Page::ZohoError, QStringLiteral("<script>x</script>"));
    QCoreApplication::removeTranslator(&dutch);
    QLocale::setDefault(before);
    QVERIFY2(signedIn.contains("<html lang=\"nl-NL\">") || signedIn.contains("<html lang=\"nl\">"), signedIn.constData());
    QVERIFY(signedIn.contains("<title>Aangemeld bij Zoho</title>"));
    QVERIFY(!error.contains("<script>"));
    QVERIFY(error.contains("&lt;script&gt;"));
}

QTEST_GUILESS_MAIN(TestZohoSignIn)
#include "tst_zohosignin.moc"
