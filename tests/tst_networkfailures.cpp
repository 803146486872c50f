// Every way the network can keep Zoho's answer from the probe and from the sign-in's code
// exchange, each ending in its own status, cause and advice. All on loopback: the project's
// emulator of Zoho's accounts servers (plain, or HTTPS with certificates made by openssl at test
// time), and small loopback servers playing a proxy or a broken middlebox. No request leaves this
// computer and no name is looked up in DNS: host names other than 127.0.0.1 only ever go to a
// loopback proxy, are names Qt refuses before asking the resolver, or sit in redirects that the
// probe never follows.

#include "clientprober.h"
#include "datacenter.h"
#include "loopbackaddress.h"
#include "zohoaccountsemulator.h"
#include "zohodoor.h"
#include "zohosignin.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include "environmentfornow.h"
#include "loopbackports.h"
#include "loopbackproxy.h"
#include "outsideview.h"
#include "sampleclient.h"
#include "testcertificates.h"
#include "trustedfornow.h"
#include "underwine.h"
#if defined(Q_OS_WIN)
#include "windowsproxyfornow.h"
#endif

#include <QTest>
#include <QUrlQuery>

#include <memory>

using Fault = ZohoAccountsEmulator::Fault;

namespace {

using SampleClient::clientId;
using SampleClient::redirectUri;
using SampleClient::secret;
const QString eu = QStringLiteral("eu");

// Never looked up here: it only ever goes to a loopback proxy, which is asked to connect to it.
const QString proxiedHost = QStringLiteral("zoho-proxy-test.invalid");
// A name Qt's resolver refuses before asking DNS (QUrl::toAce() gives nothing for it).
const QString unresolvableProxyName = QStringLiteral(".zoho-test-proxy.invalid");

} // namespace

class TestNetworkFailures : public QObject
{
    Q_OBJECT

public:
    // How Zoho is reached in a row: straight to the emulator, or through a loopback proxy.
    enum class Route {
        Emulator,                // http://127.0.0.1:port, the emulator with the row's fault
        EmulatorOverTls,         // https://127.0.0.1:port, with the row's certificate
        HttpsToPlainEmulator,    // https:// to the plain-HTTP emulator: no TLS at all
        ClosedPort,              // nothing listens
        ScriptedOrigin,          // http:// to a loopback server giving the row's raw answer
        ProxyForPlainHttp,       // the emulator's http:// URL through a proxy (absolute-URI requests)
        ProxyTunnel,             // https://zoho-proxy-test.invalid through a proxy (CONNECT)
        ClosedProxy,             // https://zoho-proxy-test.invalid through a proxy port nobody listens on
        UnresolvableProxy,       // https://zoho-proxy-test.invalid through a proxy whose name cannot be looked up
    };
    Q_ENUM(Route)
    enum class Certificate { None, Intercepting, OtherSite, Expired };
    Q_ENUM(Certificate)

private slots:
    void initTestCase();
    void probeFailures_data();
    void probeFailures();
    void systemProxyIsHonoured();
    void signInExchangeFailures_data();
    void signInExchangeFailures();

private:
    void verifyAdvice(ProbeStatus status, ProbeCause cause, const QString &advice, const QStringList &mentions);

    TestCertificates m_certificates;
    TestCertificate m_intercepting; // self-signed, as a TLS-inspecting firewall presents to a client that lacks its CA
    TestCertificate m_otherSite;    // trusted, but for login.hotel.example
    TestCertificate m_expiredRoot;  // a trusted authority ...
    TestCertificate m_expired;      // ... that signed this one for 127.0.0.1, which expired
    TestCertificate m_proxied;      // trusted, for zoho-proxy-test.invalid
};

Q_DECLARE_METATYPE(ZohoAccountsEmulator::Fault)

void TestNetworkFailures::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (OpenSSL) is needed");
    QVERIFY2(m_certificates.isValid(), qPrintable(m_certificates.errorString()));

    m_intercepting = m_certificates.selfSigned(QStringLiteral("intercepting"),
                                               QStringLiteral("/O=Example Intercepting Proxy/CN=127.0.0.1"));
    m_otherSite = m_certificates.selfSigned(QStringLiteral("othersite"), QStringLiteral("/O=Example Hotel Wi-Fi/CN=login.hotel.example"),
                                            {QStringLiteral("subjectAltName=DNS:login.hotel.example")});
    m_expiredRoot = m_certificates.selfSigned(QStringLiteral("root"), QStringLiteral("/O=Example Root Authority/CN=Example Root"));
    m_expired = m_certificates.expired(QStringLiteral("expired"), QStringLiteral("/O=Example Accounts/CN=127.0.0.1"),
                                       {QStringLiteral("subjectAltName=IP:127.0.0.1")}, m_expiredRoot);
    m_proxied = m_certificates.selfSigned(QStringLiteral("proxied"), QStringLiteral("/O=Example Accounts/CN=") + proxiedHost,
                                          {QStringLiteral("subjectAltName=DNS:") + proxiedHost});
    for (const TestCertificate *made : {&m_intercepting, &m_otherSite, &m_expiredRoot, &m_expired, &m_proxied})
        QVERIFY2(!made->isNull(), qPrintable(m_certificates.errorString()));
    QVERIFY(m_expired.certificate.expiryDate() < QDateTime::currentDateTimeUtc());

    // The host names below must never reach DNS: one is refused by Qt's resolver up front, the
    // other goes to proxies only.
    QVERIFY(QUrl::toAce(unresolvableProxyName).isEmpty());
}

void TestNetworkFailures::verifyAdvice(ProbeStatus status, ProbeCause cause, const QString &advice,
                                       const QStringList &mentions)
{
    // Specific: not the status's general paragraph, and it names what happened.
    QVERIFY2(advice != ProbeStatusText::advice(status, DataCenters::find(eu).displayName()), qPrintable(advice));
    QVERIFY2(cause != ProbeCause::None && cause != ProbeCause::Other, qPrintable(ProbeStatusText::causeKey(cause)));
    for (const QString &mention : mentions)
        QVERIFY2(advice.contains(mention, Qt::CaseInsensitive), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(mention, advice)));
}

void TestNetworkFailures::probeFailures_data()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Certificate>("certificate");
    QTest::addColumn<QByteArray>("rawAnswer");    // what a scripted origin or proxy answers
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<ProbeStatus>("status");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QStringList>("mentions");    // what the advice must say
    QTest::addColumn<bool>("namesTheProxy");

    const QByteArray none;
    const int usual = 10000;

    QTest::newRow("connection refused")
        << Route::ClosedPort << Fault::None << Certificate::None << none << usual << ProbeStatus::NetworkError
        << "connection_refused" << QStringList{QStringLiteral("refused"), QStringLiteral("firewall")} << false;
    QTest::newRow("connection reset before the answer")
        << Route::Emulator << Fault::CloseConnection << Certificate::None << none << usual << ProbeStatus::NetworkError
        << "connection_reset" << QStringList{QStringLiteral("cut off")} << false;
    QTest::newRow("no answer: bounded by the timeout")
        << Route::Emulator << Fault::Hang << Certificate::None << none << 700 << ProbeStatus::Timeout
        << "timed_out" << QStringList{QStringLiteral("did not answer in time")} << false;
    QTest::newRow("HTTP 500")
        << Route::Emulator << Fault::ServerError500 << Certificate::None << none << usual << ProbeStatus::ServerError
        << "http_server_error" << QStringList{QStringLiteral("server error"), QStringLiteral("few minutes")} << false;
    QTest::newRow("body is not JSON")
        << Route::Emulator << Fault::NotJson << Certificate::None << none << usual << ProbeStatus::ServerError
        << "not_json" << QStringList{QStringLiteral("not a Zoho reply")} << false;
    QTest::newRow("captive portal: hotel Wi-Fi login page")
        << Route::Emulator << Fault::CaptivePortalHtml << Certificate::None << none << usual << ProbeStatus::ServerError
        << "captive_portal" << QStringList{QStringLiteral("Wi-Fi"), QStringLiteral("login page")} << false;
    QTest::newRow("captive portal: HTTP 511")
        << Route::ScriptedOrigin << Fault::None << Certificate::None
        << QByteArray("HTTP/1.1 511 Network Authentication Required\r\nContent-Type: text/html\r\n"
                      "Content-Length: 29\r\nConnection: close\r\n\r\n<html><h1>Sign in</h1></html>")
        << usual << ProbeStatus::ServerError << "captive_portal"
        << QStringList{QStringLiteral("Wi-Fi"), QStringLiteral("login page")} << false;
    QTest::newRow("redirect to plain http")
        << Route::Emulator << Fault::RedirectToPlainHttp << Certificate::None << none << usual << ProbeStatus::ServerError
        << "redirect_to_plain_http" << QStringList{QStringLiteral("unencrypted"), QStringLiteral("nothing was sent")} << false;
    QTest::newRow("redirect to another https address")
        << Route::Emulator << Fault::RedirectElsewhere << Certificate::None << none << usual << ProbeStatus::ServerError
        << "redirect_elsewhere" << QStringList{QStringLiteral("another address")} << false;
    QTest::newRow("throttled: HTTP 400 Access Denied")
        << Route::Emulator << Fault::Throttle << Certificate::None << none << usual << ProbeStatus::RateLimited
        << "throttled" << QStringList{QStringLiteral("too many requests"), QStringLiteral("ten minutes")} << false;
    QTest::newRow("throttled: HTTP 200 Access Denied")
        << Route::Emulator << Fault::ThrottleHttp200 << Certificate::None << none << usual << ProbeStatus::RateLimited
        << "throttled" << QStringList{QStringLiteral("too many requests"), QStringLiteral("ten minutes")} << false;

    QTest::newRow("TLS: a network that intercepts TLS, issuer named")
        << Route::EmulatorOverTls << Fault::None << Certificate::Intercepting << none << usual << ProbeStatus::TlsError
        << "certificate_untrusted"
        << QStringList{QStringLiteral("\"Example Intercepting Proxy (127.0.0.1)\""), QStringLiteral("intercepts"),
                       QStringLiteral("nothing was sent")}
        << false;
    QTest::newRow("TLS: certificate of another site (login page)")
        << Route::EmulatorOverTls << Fault::None << Certificate::OtherSite << none << usual << ProbeStatus::TlsError
        << "certificate_wrong_host"
        << QStringList{QStringLiteral("another website"), QStringLiteral("Example Hotel Wi-Fi"), QStringLiteral("Wi-Fi")}
        << false;
    QTest::newRow("TLS: expired certificate (wrong clock)")
        << Route::EmulatorOverTls << Fault::None << Certificate::Expired << none << usual << ProbeStatus::TlsError
        << "certificate_expired" << QStringList{QStringLiteral("date and time"), QStringLiteral("clock")} << false;
    QTest::newRow("TLS: the server does not speak TLS")
        << Route::HttpsToPlainEmulator << Fault::None << Certificate::None << none << usual << ProbeStatus::TlsError
        << "tls_handshake_failed" << QStringList{QStringLiteral("secure connection"), QStringLiteral("could not be set up")}
        << false;

    const QByteArray proxyAuth = "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
                                 "Content-Length: 0\r\nConnection: close\r\n\r\n";
    QTest::newRow("proxy asks for authentication (plain http through it)")
        << Route::ProxyForPlainHttp << Fault::None << Certificate::None << proxyAuth << usual << ProbeStatus::NetworkError
        << "proxy_authentication_required" << QStringList{QStringLiteral("proxy"), QStringLiteral("user name and password")}
        << true;
    QTest::newRow("proxy asks for authentication (https tunnel)")
        << Route::ProxyTunnel << Fault::None << Certificate::None << proxyAuth << usual << ProbeStatus::NetworkError
        << "proxy_authentication_required" << QStringList{QStringLiteral("proxy"), QStringLiteral("user name and password")}
        << true;
    QTest::newRow("proxy refuses the tunnel (403)")
        << Route::ProxyTunnel << Fault::None << Certificate::None
        << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n") << usual
        << ProbeStatus::NetworkError << "proxy_error" << QStringList{QStringLiteral("proxy"), QStringLiteral("refused")} << true;
    QTest::newRow("proxy fails the tunnel (502)")
        << Route::ProxyTunnel << Fault::None << Certificate::None
        << QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n") << usual
        << ProbeStatus::NetworkError << "proxy_error" << QStringList{QStringLiteral("proxy settings")} << true;
    QTest::newRow("proxy closes the connection")
        << Route::ProxyTunnel << Fault::None << Certificate::None << QByteArray() << usual << ProbeStatus::NetworkError
        << "proxy_error" << QStringList{QStringLiteral("proxy settings")} << true;
    QTest::newRow("proxy is not running")
        << Route::ClosedProxy << Fault::None << Certificate::None << none << usual << ProbeStatus::NetworkError
        << "proxy_error" << QStringList{QStringLiteral("proxy settings")} << true;
    QTest::newRow("host not found (reported by the proxy)")
        << Route::ProxyTunnel << Fault::None << Certificate::None
        << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n") << usual
        << ProbeStatus::NetworkError << "host_not_found" << QStringList{QStringLiteral("could not be found"), QStringLiteral("websites open")}
        << true;
    QTest::newRow("host not found (the proxy's own name)")
        << Route::UnresolvableProxy << Fault::None << Certificate::None << none << usual << ProbeStatus::NetworkError
        << "host_not_found" << QStringList{QStringLiteral("could not be found"), QStringLiteral("websites open")} << true;
}

void TestNetworkFailures::probeFailures()
{
    QFETCH(Route, route);
    QFETCH(Fault, fault);
    QFETCH(Certificate, certificate);
    QFETCH(QByteArray, rawAnswer);
    QFETCH(int, timeoutMs);
    QFETCH(ProbeStatus, status);
    QFETCH(QString, cause);
    QFETCH(QStringList, mentions);
    QFETCH(bool, namesTheProxy);

    ZohoAccountsEmulator zoho;
    const TestCertificate *tls = certificate == Certificate::Intercepting ? &m_intercepting
        : certificate == Certificate::OtherSite                          ? &m_otherSite
        : certificate == Certificate::Expired                            ? &m_expired
                                                                         : nullptr;
    if (tls) {
        if (const QString why = TestCertificates::whyNoTlsServer(); !why.isEmpty())
            QSKIP(qPrintable(why));
        zoho.setTlsConfiguration(tls->serverConfiguration());
    }
    QVERIFY2(zoho.start({eu}), qPrintable(zoho.errorString()));
    zoho.addClient({clientId, secret, eu, {redirectUri}, false});
    zoho.setFault(eu, fault);
    // Trusted as a system certificate would be, except the intercepting one: this computer lacks its
    // authority. The expired one is trusted through its (valid) authority, as a real one would be.
    std::unique_ptr<TrustedForNow> trust;
    if (tls && tls != &m_intercepting) {
        trust = std::make_unique<TrustedForNow>(
            QList<QSslCertificate>{tls == &m_expired ? m_expiredRoot.certificate : tls->certificate});
    }

    ZohoDoor network;
    std::unique_ptr<LoopbackProxy> proxy;
    QString server;
    QString expectedProxy;
    switch (route) {
    case Route::Emulator:
    case Route::EmulatorOverTls:
        server = zoho.serverUrl(eu).toString();
        break;
    case Route::HttpsToPlainEmulator:
        if (underWine())
            QSKIP("under Wine, Schannel (GnuTLS) reads a plain-HTTP answer as the header of a 20 KB TLS record and "
                  "waits for the rest until the server closes: the probe sees a closed connection, not a failed handshake");
        server = QStringLiteral("https://127.0.0.1:%1").arg(zoho.serverUrl(eu).port());
        break;
    case Route::ClosedPort:
        server = QStringLiteral("http://127.0.0.1:%1").arg(LoopbackPorts::unused());
        break;
    case Route::ScriptedOrigin:
        proxy = std::make_unique<LoopbackProxy>(LoopbackProxy::Behaviour::Answer, rawAnswer);
        QVERIFY(proxy->start());
        server = QStringLiteral("http://127.0.0.1:%1").arg(proxy->port());
        break;
    case Route::ProxyForPlainHttp:
    case Route::ProxyTunnel:
        proxy = std::make_unique<LoopbackProxy>(rawAnswer.isEmpty() ? LoopbackProxy::Behaviour::CloseAtOnce
                                                                    : LoopbackProxy::Behaviour::Answer,
                                                rawAnswer);
        QVERIFY(proxy->start());
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy->port()));
        expectedProxy = proxy->address();
        server = route == Route::ProxyTunnel ? QStringLiteral("https://") + proxiedHost : zoho.serverUrl(eu).toString();
        break;
    case Route::ClosedProxy: {
        const quint16 port = LoopbackPorts::unused();
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port));
        expectedProxy = QStringLiteral("127.0.0.1:%1").arg(port);
        server = QStringLiteral("https://") + proxiedHost;
        break;
    }
    case Route::UnresolvableProxy:
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, unresolvableProxyName, 3128));
        expectedProxy = unresolvableProxyName + QStringLiteral(":3128");
        server = QStringLiteral("https://") + proxiedHost;
        break;
    }

    AccountsServerMap servers;
    QString why;
    QVERIFY2(servers.addOverride(eu, server, &why), qPrintable(why));
    ClientProber prober(&network);
    prober.setAccountsServers(servers);
    prober.setTimeout(std::chrono::milliseconds(timeoutMs));
    QSignalSpy finished(&prober, &ClientProber::finished);
    QElapsedTimer clock;
    clock.start();
    prober.probe({clientId, secret, {}, {}}, {eu});
    QVERIFY(finished.wait(timeoutMs + 5000));
    // Bounded: nothing outlives the prober's own limit by more than the time to wind down.
    QVERIFY2(clock.elapsed() < timeoutMs + 2000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);

    const auto report = finished.first().first().value<ProbeReport>();
    QCOMPARE(report.answers.size(), 1);
    const ProbeReport::Answer &answer = report.answers.first();
    QVERIFY2(ProbeStatusText::key(report.status) == ProbeStatusText::key(status),
             qPrintable(ProbeStatusText::key(report.status) + QStringLiteral(": ") + answer.detail));
    QVERIFY2(ProbeStatusText::causeKey(report.cause) == cause,
             qPrintable(ProbeStatusText::causeKey(report.cause) + QStringLiteral(": ") + answer.detail));
    QCOMPARE(report.dataCenter, eu);
    QCOMPARE(answer.cause, report.cause);
    QVERIFY(!answer.detail.isEmpty());
    QVERIFY(!answer.detail.contains(secret));

    const QString advice = ProbeStatusText::advice(report, DataCenters::find(eu).displayName());
    verifyAdvice(report.status, report.cause, advice, mentions);
    if (namesTheProxy) {
        QCOMPARE(report.proxy, expectedProxy);
        QVERIFY2(advice.contains(expectedProxy), qPrintable(advice));
    } else {
        QVERIFY2(report.proxy.isEmpty(), qPrintable(report.proxy));
    }

    if (report.status == ProbeStatus::TlsError) {
        // Never bypassed: the emulator behind the refused certificate received no request.
        QVERIFY(zoho.requests().isEmpty());
        if (certificate == Certificate::Intercepting || certificate == Certificate::OtherSite)
            QVERIFY2(advice.contains(report.certificateIssuer) && !report.certificateIssuer.isEmpty(), qPrintable(advice));
    }
    if (route == Route::ProxyForPlainHttp)
        QVERIFY2(proxy->requestLines().value(0).startsWith(QStringLiteral("POST http://127.0.0.1:")),
                 qPrintable(proxy->requestLines().join(QLatin1Char('|'))));
    if (route == Route::ProxyTunnel)
        QCOMPARE(proxy->requestLines().value(0), QStringLiteral("CONNECT %1:443 HTTP/1.1").arg(proxiedHost));
}

void TestNetworkFailures::systemProxyIsHonoured()
{
    // The system's proxy, as a Linux desktop sets it: environment variables (Windows: its own
    // settings). Qt never proxies
    // 127.0.0.1 or localhost, so the accounts server is a name only the proxy can reach; the proxy
    // tunnels to the emulator speaking HTTPS with a certificate for that name, trusted like a system
    // certificate. Nothing here looks the name up: the probe below runs only once Qt is known to
    // send it to the proxy.
    if (const QString why = TestCertificates::whyNoTlsServer(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ZohoAccountsEmulator zoho;
    zoho.setTlsConfiguration(m_proxied.serverConfiguration());
    QVERIFY2(zoho.start({eu}), qPrintable(zoho.errorString()));
    zoho.addClient({clientId, secret, eu, {redirectUri}, false});
    const TrustedForNow trust({m_proxied.certificate});

    LoopbackProxy proxy(LoopbackProxy::Behaviour::Tunnel, {}, zoho.serverUrl(eu).port());
    QVERIFY(proxy.start());
#if defined(Q_OS_WIN)
    // On Windows, as a person sets it in Windows' settings, where Qt reads it there.
    QVERIFY(OutsideView::keychainIsPrivate()); // the run's own Wine prefix: its settings are the test's
    const WindowsProxyForNow windowsProxy(proxy.address());
    QVERIFY2(windowsProxy.isValid(), qPrintable(windowsProxy.errorString()));
#else
    const QByteArray proxyUrl = QStringLiteral("http://%1").arg(proxy.address()).toLatin1();
    const EnvironmentForNow environment({{"http_proxy", proxyUrl},
                                         {"https_proxy", proxyUrl},
                                         {"HTTP_PROXY", QByteArray()},
                                         {"HTTPS_PROXY", QByteArray()},
                                         {"all_proxy", QByteArray()},
                                         {"ALL_PROXY", QByteArray()},
                                         {"no_proxy", QByteArray()},
                                         {"NO_PROXY", QByteArray()}});
#endif
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());

    const QUrl server(QStringLiteral("https://") + proxiedHost);
    const QList<QNetworkProxy> chosen = QNetworkProxyFactory::proxyForQuery(
        QNetworkProxyQuery(server.resolved(QUrl(QStringLiteral("/oauth/v2/token")))));
    QVERIFY2(!chosen.isEmpty() && chosen.first().type() == QNetworkProxy::HttpProxy
                 && chosen.first().hostName() == QLatin1String("127.0.0.1") && chosen.first().port() == proxy.port(),
             "the system's proxy is not used; stopping before a name is looked up");

    AccountsServerMap servers;
    QString why;
    QVERIFY2(servers.addOverride(eu, server.toString(), &why), qPrintable(why));
    ZohoDoor network; // no proxy of its own: the application's, which is the system's
    ClientProber prober(&network);
    prober.setAccountsServers(servers);
    prober.setTimeout(std::chrono::seconds(10));
    QSignalSpy finished(&prober, &ClientProber::finished);
    prober.probe({clientId, secret, {}, {}}, {eu});
    QVERIFY(finished.wait(15000));
    const auto report = finished.first().first().value<ProbeReport>();
    QVERIFY2(report.isOk(), qPrintable(ProbeStatusText::causeKey(report.cause) + QStringLiteral(": ")
                                       + report.answers.value(0).detail));
    QCOMPARE(report.dataCenter, eu);
    QCOMPARE(proxy.requestLines(), QStringList{QStringLiteral("CONNECT %1:443 HTTP/1.1").arg(proxiedHost)});
    QCOMPARE(zoho.requests().size(), 1);
    QCOMPARE(zoho.requests().first().path, QStringLiteral("/oauth/v2/token"));
    QCOMPARE(zoho.requests().first().headers.value("host"), proxiedHost.toLatin1());
}

void TestNetworkFailures::signInExchangeFailures_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("intercepted");
    QTest::addColumn<ProbeStatus>("status");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("Zoho fails with HTTP 500 at the exchange")
        << Fault::ServerError500 << false << ProbeStatus::ServerError << "http_server_error"
        << QStringList{QStringLiteral("server error")};
    QTest::newRow("connection cut at the exchange")
        << Fault::CloseConnection << false << ProbeStatus::NetworkError << "connection_reset"
        << QStringList{QStringLiteral("cut off")};
    QTest::newRow("throttled at the exchange")
        << Fault::ThrottleHttp200 << false << ProbeStatus::RateLimited << "throttled"
        << QStringList{QStringLiteral("too many requests")};
    QTest::newRow("TLS intercepted at the exchange, issuer named")
        << Fault::None << true << ProbeStatus::TlsError << "certificate_untrusted"
        << QStringList{QStringLiteral("Example Intercepting Proxy")};
}

void TestNetworkFailures::signInExchangeFailures()
{
    // The browser's part is played directly: the redirect with a code reaches the real listener,
    // and the real flow exchanges it at an accounts server that fails on the way.
    QFETCH(Fault, fault);
    QFETCH(bool, intercepted);
    QFETCH(ProbeStatus, status);
    QFETCH(QString, cause);
    QFETCH(QStringList, mentions);

    ZohoAccountsEmulator zoho;
    if (intercepted) {
        if (const QString why = TestCertificates::whyNoTlsServer(); !why.isEmpty())
            QSKIP(qPrintable(why));
        zoho.setTlsConfiguration(m_intercepting.serverConfiguration());
    }
    QVERIFY(zoho.start({eu}));
    const quint16 port = LoopbackPorts::unused();
    zoho.addClient({clientId, secret, eu, {redirectUri, LoopbackAddress::redirectUri(port).toString()}, false});
    zoho.setFault(eu, fault);

    ZohoSignIn signIn;
    AccountsServerMap servers;
    QVERIFY(servers.addSpec(zoho.overridesSpec(), nullptr));
    signIn.setAccountsServers(servers);
    signIn.setPort(port);
    signIn.setNetworkTimeout(std::chrono::seconds(5));
    QNetworkAccessManager browser;
    connect(&signIn, &ZohoSignIn::authorizationUrlReady, this, [&](const QUrl &consentPage) {
        QUrl landing = LoopbackAddress::redirectUri(port);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("code"), QStringLiteral("1000.0123456789abcdef0123456789abcdef.0123456789abcdef0123456789abcdef"));
        query.addQueryItem(QStringLiteral("state"), QUrlQuery(consentPage).queryItemValue(QStringLiteral("state"), QUrl::FullyEncoded));
        landing.setQuery(query);
        QNetworkReply *reply = browser.get(QNetworkRequest(landing));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    QSignalSpy finished(&signIn, &ZohoSignIn::finished);
    signIn.start({clientId, secret, {}, {}}, eu);
    QVERIFY(finished.wait(15000));
    const auto result = finished.first().first().value<ZohoSignIn::Result>();
    QVERIFY2(ProbeStatusText::key(result.status) == ProbeStatusText::key(status),
             qPrintable(ProbeStatusText::key(result.status) + QStringLiteral(": ") + result.detail));
    QCOMPARE(ProbeStatusText::causeKey(result.cause), cause);
    const QString advice = ProbeStatusText::advice(result.status, result.cause, DataCenters::find(eu).displayName(),
                                                   result.certificateIssuer, result.proxy);
    verifyAdvice(result.status, result.cause, advice, mentions);
    if (intercepted) {
        QCOMPARE(result.certificateIssuer, QStringLiteral("Example Intercepting Proxy (127.0.0.1)"));
        QVERIFY(zoho.requests().isEmpty()); // the code and the secret never left
    }
    QVERIFY(zoho.issuedRefreshTokens().isEmpty());
}

QTEST_GUILESS_MAIN(TestNetworkFailures)
#include "tst_networkfailures.moc"
