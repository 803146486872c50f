// The diagnosis of an accounts server, layer by layer, against the loopback emulator and its
// faults: each layer's failure is named (the proxy's name, refused, untrusted TLS with its issuer,
// a skewed clock, HTTP 5xx) and a server that works passes every layer. No request leaves this
// computer: host names other than 127.0.0.1 only ever go to a loopback proxy, or are names Qt's
// resolver refuses before asking DNS.

#include "boundedhttpreply.h"
#include "connectiondiagnosis.h"
#include "environmentfornow.h"
#include "loopbackports.h"
#include "loopbackproxy.h"
#include "outsideview.h"
#include "peakmemory.h"
#include "testcertificates.h"
#include "trustedfornow.h"
#include "zohoaccountsemulator.h"
#include "zohodoor.h"
#if defined(Q_OS_WIN)
#include "windowsproxyfornow.h"
#endif

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Fault = ZohoAccountsEmulator::Fault;
using Layer = ConnectionDiagnosis::Layer;
using Outcome = ConnectionDiagnosis::Outcome;

namespace {

const QString eu = QStringLiteral("eu");
const QString proxiedHost = QStringLiteral("zoho-proxy-test.invalid");
// A name Qt's resolver refuses before asking DNS (QUrl::toAce() gives nothing for it).
const QString unresolvableProxyName = QStringLiteral(".zoho-test-proxy.invalid");
const QString firewallIssuer = QStringLiteral("Example Corporate Firewall CA");

} // namespace

class TestConnectionDiagnosis : public QObject
{
    Q_OBJECT

public:
    enum class Setup { Plain, Refused, ServerError, Hang, ClockBehind, ClockAhead, TlsTrusted, TlsUntrusted, ProxyUnresolvable, ProxyTunnel };
    Q_ENUM(Setup)

private slots:
    void initTestCase();
    void layers_data();
    void layers();
    void proxyOrigin();
    void severalDataCentersInParallel();
    void endlessAnswersAreRefusedWithinTheDeadline_data();
    void endlessAnswersAreRefusedWithinTheDeadline();

private:
    ConnectionDiagnosis::Server diagnose(const AccountsServerMap &servers, std::chrono::milliseconds timeout);

    TestCertificates m_certificates;
    TestCertificate m_firewall; // self-signed for 127.0.0.1, as a TLS-inspecting firewall presents it
    TestCertificate m_proxied;  // for zoho-proxy-test.invalid, trusted in the tunnel row
};

void TestConnectionDiagnosis::initTestCase()
{
    QVERIFY2(m_certificates.isValid(), qPrintable(m_certificates.errorString()));
    m_firewall = m_certificates.selfSigned(QStringLiteral("firewall"), QStringLiteral("/O=Example Corp/CN=") + firewallIssuer,
                                           {QStringLiteral("subjectAltName=IP:127.0.0.1")});
    m_proxied = m_certificates.selfSigned(QStringLiteral("proxied"), QStringLiteral("/O=Example Accounts/CN=") + proxiedHost,
                                          {QStringLiteral("subjectAltName=DNS:") + proxiedHost});
    QVERIFY2(!m_firewall.isNull(), qPrintable(m_certificates.errorString()));
    QVERIFY2(!m_proxied.isNull(), qPrintable(m_certificates.errorString()));
    // The unresolvable proxy row relies on Qt refusing this name without asking DNS.
    QVERIFY(QUrl::toAce(unresolvableProxyName).isEmpty());
    for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        qunsetenv(name);
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

ConnectionDiagnosis::Server TestConnectionDiagnosis::diagnose(const AccountsServerMap &servers, std::chrono::milliseconds timeout)
{
    ConnectionDiagnosis diagnosis;
    diagnosis.setAccountsServers(servers);
    diagnosis.setTimeout(timeout);
    QSignalSpy finished(&diagnosis, &ConnectionDiagnosis::finished);
    diagnosis.run({eu});
    [&] { QVERIFY(finished.wait(60000)); }();
    return diagnosis.results().value(0);
}

void TestConnectionDiagnosis::layers_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QString>("verdictLayer");   // "" when every layer passes
    QTest::addColumn<Outcome>("verdictOutcome");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("says");           // a fragment of the sentence a person reads

    QTest::newRow("plain, all well") << Setup::Plain << QString() << Outcome::Passed << QString()
                                     << QStringLiteral("Reachable");
    QTest::newRow("refused") << Setup::Refused << "connect" << Outcome::Failed << "connection_refused"
                             << QStringLiteral("refused the connection");
    QTest::newRow("http 500") << Setup::ServerError << "http" << Outcome::Failed << "http_server_error"
                              << QStringLiteral("answered HTTP 500");
    QTest::newRow("no answer") << Setup::Hang << "http" << Outcome::Failed << "timed_out"
                               << QStringLiteral("No answer in time (1 s).");
    QTest::newRow("clock 9 minutes behind") << Setup::ClockBehind << "clock" << Outcome::Warning << "clock_skew"
                                            << QStringLiteral("Your clock is 9 minutes behind");
    QTest::newRow("clock 3 hours ahead") << Setup::ClockAhead << "clock" << Outcome::Warning << "clock_skew"
                                         << QStringLiteral("Your clock is 3 hours ahead");
    QTest::newRow("tls trusted") << Setup::TlsTrusted << QString() << Outcome::Passed << QString()
                                 << QStringLiteral("Reachable");
    QTest::newRow("tls untrusted: inspected") << Setup::TlsUntrusted << "tls" << Outcome::Failed << "certificate_untrusted"
                                              << QStringLiteral("issued by “%1”, which is not a public certificate "
                                                                "authority: your network inspects secure connections")
                                                     .arg(firewallIssuer);
    QTest::newRow("proxy name not found") << Setup::ProxyUnresolvable << "name_lookup" << Outcome::Failed
                                          << "proxy_host_not_found"
                                          << QStringLiteral("The name of the proxy %1:3128 could not be looked up")
                                                 .arg(unresolvableProxyName);
    QTest::newRow("through a proxy tunnel") << Setup::ProxyTunnel << QString() << Outcome::Passed << QString()
                                            << QStringLiteral("Reachable");
}

void TestConnectionDiagnosis::layers()
{
    QFETCH(Setup, setup);
    QFETCH(QString, verdictLayer);
    QFETCH(Outcome, verdictOutcome);
    QFETCH(QString, problem);
    QFETCH(QString, says);

    ZohoAccountsEmulator zoho;
    if (setup == Setup::TlsTrusted || setup == Setup::TlsUntrusted || setup == Setup::ProxyTunnel) {
        if (const QString why = TestCertificates::whyNoTlsServer(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }
    if (setup == Setup::TlsTrusted || setup == Setup::TlsUntrusted)
        zoho.setTlsConfiguration(m_firewall.serverConfiguration());
    if (setup == Setup::ProxyTunnel)
        zoho.setTlsConfiguration(m_proxied.serverConfiguration());
    QVERIFY2(zoho.start({eu}), qPrintable(zoho.errorString()));
    if (setup == Setup::ServerError)
        zoho.setFault(eu, Fault::ServerError500);
    if (setup == Setup::Hang)
        zoho.setFault(eu, Fault::Hang);
    if (setup == Setup::ClockBehind)
        zoho.setDateOffset(9 * 60);
    if (setup == Setup::ClockAhead)
        zoho.setDateOffset(-3 * 3600);

    AccountsServerMap servers;
    QString error;
    QUrl url = zoho.serverUrl(eu);
    if (setup == Setup::Refused)
        url.setPort(LoopbackPorts::unused());
    if (setup == Setup::ProxyUnresolvable || setup == Setup::ProxyTunnel)
        url = QUrl(QStringLiteral("https://") + proxiedHost);
    QVERIFY2(servers.addOverride(eu, url.toString(), &error), qPrintable(error));

    std::unique_ptr<TrustedForNow> trust;
    if (setup == Setup::TlsTrusted)
        trust = std::make_unique<TrustedForNow>(QList<QSslCertificate>{m_firewall.certificate});
    if (setup == Setup::ProxyTunnel)
        trust = std::make_unique<TrustedForNow>(QList<QSslCertificate>{m_proxied.certificate});
    std::unique_ptr<LoopbackProxy> tunnel;
    std::unique_ptr<EnvironmentForNow> environment;
#if defined(Q_OS_WIN)
    std::unique_ptr<WindowsProxyForNow> windowsProxy;
#endif
    if (setup == Setup::ProxyTunnel) {
        tunnel = std::make_unique<LoopbackProxy>(LoopbackProxy::Behaviour::Tunnel, QByteArray(), zoho.serverUrl(eu).port());
        QVERIFY(tunnel->start());
#if defined(Q_OS_WIN)
        // Where Qt on Windows reads the proxy: Windows' own settings.
        QVERIFY(OutsideView::keychainIsPrivate()); // the run's own Wine prefix: its settings are the test's
        windowsProxy = std::make_unique<WindowsProxyForNow>(tunnel->address());
        QVERIFY2(windowsProxy->isValid(), qPrintable(windowsProxy->errorString()));
#else
        environment = std::make_unique<EnvironmentForNow>(
            EnvironmentForNow::onlyHttpsProxy(QStringLiteral("http://%1").arg(tunnel->address()).toLatin1()));
#endif
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    }
    if (setup == Setup::ProxyUnresolvable) {
        // Set in the program (a URL in an environment variable cannot even carry this name).
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, unresolvableProxyName, 3128));
    }
    const auto restoreProxy = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy)); });
    if (setup == Setup::ProxyTunnel || setup == Setup::ProxyUnresolvable) {
        // Only go on once Qt is known to send the name to the proxy, so it is never looked up here.
        const QList<QNetworkProxy> chosen = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
        QVERIFY2(!chosen.isEmpty() && chosen.first().type() == QNetworkProxy::HttpProxy,
                 "Qt does not take the proxy from the system's settings here");
    }

    QElapsedTimer took;
    took.start();
    const ConnectionDiagnosis::Server server =
        diagnose(servers, setup == Setup::Hang ? std::chrono::milliseconds(1000) : std::chrono::milliseconds(10000));
    if (setup == Setup::Hang)
        QVERIFY2(took.elapsed() < 5000, "the time limit was not kept");
    QCOMPARE(server.dataCenter, eu);
    QCOMPARE(server.steps.size(), 5); // every layer is listed, tried or not
    QStringList printed;
    for (const ConnectionDiagnosis::Step &step : server.steps)
        printed << ConnectionDiagnosis::layerKey(step.layer) + QLatin1Char(' ') + ConnectionDiagnosis::outcomeKey(step.outcome)
                       + QLatin1Char(' ') + step.summary;
    const ConnectionDiagnosis::Step verdict = server.verdict();
    QVERIFY2(verdict.summary.contains(says), qPrintable(printed.join(QLatin1Char('\n'))));
    QCOMPARE(verdict.outcome, verdictOutcome);
    QCOMPARE(verdict.problem, problem);
    if (!verdictLayer.isEmpty())
        QCOMPARE(ConnectionDiagnosis::layerKey(verdict.layer), verdictLayer);
    QCOMPARE(server.reachable(), verdictOutcome != Outcome::Failed);

    // Each step that ran is timed; the ones after a failure are skipped, not guessed.
    bool failedBefore = false;
    for (const ConnectionDiagnosis::Step &step : server.steps) {
        if (failedBefore)
            QCOMPARE(step.outcome, Outcome::Skipped);
        if (step.outcome == Outcome::Passed && step.layer != Layer::Clock)
            QVERIFY(step.milliseconds >= 0);
        failedBefore = failedBefore || step.outcome == Outcome::Failed;
    }

    switch (setup) {
    case Setup::TlsTrusted: {
        const ConnectionDiagnosis::Step tls = server.steps.at(2);
        QCOMPARE(tls.outcome, Outcome::Passed);
        QVERIFY2(server.tls.protocol.startsWith(QLatin1String("TLS 1.")), qPrintable(server.tls.protocol));
        QCOMPARE(server.tls.issuer, firewallIssuer);
        QVERIFY(server.tls.trusted);
        QCOMPARE(server.tls.notAfter, m_firewall.certificate.expiryDate().toUTC());
        QVERIFY2(tls.summary.contains(server.tls.protocol) && tls.summary.contains(firewallIssuer), qPrintable(tls.summary));
        QCOMPARE(server.httpStatus, 200);
        QVERIFY(server.hasClock);
        QVERIFY(qAbs(server.clockOffsetSeconds) <= 2);
        break;
    }
    case Setup::TlsUntrusted:
        QCOMPARE(server.tls.issuer, firewallIssuer);
        QVERIFY(server.tls.inspected);
        QVERIFY(!server.tls.trusted);
        QCOMPARE(server.httpStatus, 0); // nothing was sent over a connection that cannot be trusted
        break;
    case Setup::ClockBehind:
        QVERIFY2(qAbs(server.clockOffsetSeconds - 540) <= 2, qPrintable(QString::number(server.clockOffsetSeconds)));
        break;
    case Setup::ProxyUnresolvable:
        QCOMPARE(server.proxy, unresolvableProxyName + QStringLiteral(":3128"));
        QCOMPARE(server.steps.at(1).outcome, Outcome::Skipped);
        QVERIFY(zoho.requests().isEmpty());
        break;
    case Setup::ProxyTunnel:
        QCOMPARE(server.proxy, QStringLiteral("127.0.0.1:%1").arg(tunnel->port()));
        QVERIFY2(server.steps.at(0).summary.contains(QStringLiteral("looked up by the proxy")), qPrintable(server.steps.at(0).summary));
        QVERIFY(!tunnel->requestLines().isEmpty());
        QCOMPARE(tunnel->requestLines().constFirst(), QStringLiteral("CONNECT %1:443 HTTP/1.1").arg(proxiedHost));
        QCOMPARE(server.tls.issuer, proxiedHost);
        QCOMPARE(server.httpStatus, 200);
        break;
    default:
        break;
    }
    if (setup != Setup::Refused && setup != Setup::TlsUntrusted && setup != Setup::ProxyUnresolvable && setup != Setup::Hang) {
        // The HTTP layer asked the harmless address, and nothing else.
        const QList<ZohoAccountsEmulator::Request> requests = zoho.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.constFirst().method, QByteArray("GET"));
        QCOMPARE(requests.constFirst().path, QStringLiteral("/oauth/serverinfo"));
    }
}

void TestConnectionDiagnosis::proxyOrigin()
{
    const QUrl zoho(QStringLiteral("https://accounts.zoho.eu"));
    QCOMPARE(ConnectionDiagnosis::proxyFor(zoho).origin, ConnectionDiagnosis::ProxyOrigin::None);
    {
#if defined(Q_OS_WIN)
        // Qt on Windows reads Windows' own settings, never the environment: a variable naming
        // another proxy changes nothing.
        QVERIFY(OutsideView::keychainIsPrivate()); // the run's own Wine prefix: its settings are the test's
        const WindowsProxyForNow windowsProxy(QStringLiteral("127.0.0.1:3128"));
        QVERIFY2(windowsProxy.isValid(), qPrintable(windowsProxy.errorString()));
        const EnvironmentForNow environment(EnvironmentForNow::onlyHttpsProxy("http://127.0.0.1:3129"));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        const ConnectionDiagnosis::ProxyInfo info = ConnectionDiagnosis::proxyFor(zoho);
        QCOMPARE(info.proxy, QStringLiteral("http://127.0.0.1:3128"));
        QCOMPARE(info.origin, ConnectionDiagnosis::ProxyOrigin::SystemSettings);
        QCOMPARE(info.variable, QString());
#else
        const EnvironmentForNow environment(EnvironmentForNow::onlyHttpsProxy("http://127.0.0.1:3128"));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        const ConnectionDiagnosis::ProxyInfo info = ConnectionDiagnosis::proxyFor(zoho);
        QCOMPARE(info.proxy, QStringLiteral("http://127.0.0.1:3128"));
        QCOMPARE(info.origin, ConnectionDiagnosis::ProxyOrigin::Environment);
        QCOMPARE(info.variable, QStringLiteral("https_proxy"));
#endif
        // This computer itself is never reached through a proxy.
        QCOMPARE(ConnectionDiagnosis::proxyFor(QUrl(QStringLiteral("http://127.0.0.1:1234"))).origin,
                 ConnectionDiagnosis::ProxyOrigin::None);
    }
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 8080));
    QCOMPARE(ConnectionDiagnosis::proxyFor(zoho).origin, ConnectionDiagnosis::ProxyOrigin::Application);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

void TestConnectionDiagnosis::severalDataCentersInParallel()
{
    // One slow data center does not hold up the others: all are asked at once.
    ZohoAccountsEmulator zoho;
    const QStringList codes = {QStringLiteral("us"), eu, QStringLiteral("in")};
    QVERIFY2(zoho.start(codes), qPrintable(zoho.errorString()));
    AccountsServerMap servers;
    QString error;
    QVERIFY2(servers.addSpec(zoho.overridesSpec(), &error), qPrintable(error));
    for (const QString &code : codes)
        zoho.setDelay(code, 1500);
    ConnectionDiagnosis diagnosis;
    diagnosis.setAccountsServers(servers);
    QSignalSpy finished(&diagnosis, &ConnectionDiagnosis::finished);
    QElapsedTimer took;
    took.start();
    diagnosis.run(codes);
    QVERIFY(finished.wait(20000));
    QVERIFY2(took.elapsed() < 4000, qPrintable(QString::number(took.elapsed())));
    const QList<ConnectionDiagnosis::Server> results = diagnosis.results();
    QCOMPARE(results.size(), 3);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QCOMPARE(results.at(i).dataCenter, codes.at(i));
        QVERIFY(results.at(i).reachable());
        QVERIFY(results.at(i).overridden);
    }
}

void TestConnectionDiagnosis::endlessAnswersAreRefusedWithinTheDeadline_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fast endless body") << Fault::OversizedBody << false << QStringLiteral("reply_too_large");
    // The TLS socket's own buffers are bounded too.
    QTest::newRow("fast endless body, over TLS") << Fault::OversizedBody << true << QStringLiteral("reply_too_large");
    QTest::newRow("chunked, endless") << Fault::ChunkedEndless << false << QStringLiteral("reply_too_large");
    QTest::newRow("Content-Length of 1 TiB") << Fault::HugeContentLength << false << QStringLiteral("reply_too_large");
    QTest::newRow("header block without end") << Fault::EndlessHeaders << false << QStringLiteral("reply_too_large");
    QTest::newRow("one byte every half second") << Fault::DripBody << false << QStringLiteral("timed_out");
}

void TestConnectionDiagnosis::endlessAnswersAreRefusedWithinTheDeadline()
{
    // The diagnosis's HTTP step goes through the same door as the sign-in: an answer without end
    // is refused at the cap and named, a dripping one ends at the deadline. Once, a server whose
    // body never ended took the diagnosis to 3.2 GB in 4 s, and a flood that stopped at 2.9 GB was
    // reported as "HTTP 200 OK … reachable".
    QFETCH(Fault, fault);
    QFETCH(bool, tls);
    QFETCH(QString, problem);
    ZohoAccountsEmulator zoho;
    if (tls) {
        if (const QString why = TestCertificates::whyNoTlsServer(); !why.isEmpty())
            QSKIP(qPrintable(why));
        zoho.setTlsConfiguration(m_firewall.serverConfiguration());
    }
    QVERIFY(zoho.start({eu}));
    zoho.setFault(eu, fault);
    AccountsServerMap servers;
    QVERIFY(servers.addSpec(zoho.overridesSpec(), nullptr));
    std::unique_ptr<TrustedForNow> trust;
    if (tls)
        trust = std::make_unique<TrustedForNow>(QList<QSslCertificate>{m_firewall.certificate});

    const auto timeout = std::chrono::milliseconds(2000);
    ConnectionDiagnosis diagnosis;
    diagnosis.setAccountsServers(servers);
    diagnosis.setTimeout(timeout);
    QSignalSpy finished(&diagnosis, &ConnectionDiagnosis::finished);
    QElapsedTimer clock;
    clock.start();
    const PeakMemory memory;
    diagnosis.run({eu});
    QVERIFY(finished.wait(30000));
    const qint64 took = clock.elapsed();
    const qint64 grownKb = memory.grownKb();
    const ConnectionDiagnosis::Server server = diagnosis.results().value(0);

    const ConnectionDiagnosis::Step verdict = server.verdict();
    QCOMPARE(ConnectionDiagnosis::layerKey(verdict.layer), QStringLiteral("http"));
    QCOMPARE(verdict.outcome, Outcome::Failed);
    QCOMPARE(verdict.problem, problem);
    QVERIFY(!server.reachable());
    if (problem == QLatin1String("reply_too_large"))
        QVERIFY2(verdict.summary.contains(QLatin1String("larger than 1 MiB")), qPrintable(verdict.summary));
    qInfo() << "the diagnosis read at most" << diagnosis.door()->mostBytesRead() << "bytes of the answer; the emulator handed"
            << zoho.oversizedBytesSent() << "bytes to its socket; peak resident size grew by" << grownKb << "KB; took"
            << took << "ms";
    QVERIFY2(diagnosis.door()->mostBytesRead() <= ZohoDoor::maxReplySize + BoundedHttpReply::maxHeadSize + 1,
             qPrintable(QString::number(diagnosis.door()->mostBytesRead())));
    // Within the deadline of the step, plus the loopback steps before it.
    QVERIFY2(took < timeout.count() + 2000, qPrintable(QString::number(took)));
    if (PeakMemory::isMeaningful()) {
        const qint64 limitKb = 3 * ZohoDoor::maxReplySize / 1024 + qint64(16) * 1024;
        QVERIFY2(grownKb < limitKb, qPrintable(QStringLiteral("%1 KB, limit %2 KB").arg(grownKb).arg(limitKb)));
    }
}

QTEST_GUILESS_MAIN(TestConnectionDiagnosis)
#include "tst_connectiondiagnosis.moc"
