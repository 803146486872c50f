// The token-endpoint probe against the project's emulator of Zoho's accounts servers on loopback:
// every verdict a user can be shown, read from real HTTP answers.

#include "boundedhttpreply.h"
#include "clientprober.h"
#include "onboardingguide.h"
#include "datacenter.h"
#include "loopbackports.h"
#include "zohoaccountsemulator.h"
#include "zohodoor.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include "peakmemory.h"
#include "sampleclient.h"

#include <QTest>

using Fault = ZohoAccountsEmulator::Fault;

namespace {
using SampleClient::clientId;
using SampleClient::redirectUri;
using SampleClient::secret;
} // namespace

class TestClientProber : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void verdicts_data();
    void verdicts();
    void sendsTheSecretInTheBodyOnly();
    void secretWithFormCharactersArrivesIntact();
    void rateLimitAfterRepeatedProbes();
    void hangingServerTimesOutWithinTheLimit();
    void refusedConnectionIsANetworkError();
    void detectsTheDataCenterInOneRoundTrip();
    void multiDcClientIsReportedEverywhere();
    void matchWinsWhenOtherDataCentersFail();
    void cancelAnswersOnceAndStopsTheRequests();
    void drippingServerCannotOutliveTheDeadline();
    void oversizedRepliesEverywhereStayBounded_data();
    void oversizedRepliesEverywhereStayBounded();
    void passingProbeClaimsRecognitionOnly();
    void allDataCentersOfflineIsSaidOnce();

private:
    ProbeReport probe(const Credentials &credentials, const QStringList &dataCenters,
                      std::chrono::milliseconds timeout = std::chrono::seconds(10));

    std::unique_ptr<ZohoAccountsEmulator> m_zoho;
    ZohoDoor m_network;
};

Q_DECLARE_METATYPE(ZohoAccountsEmulator::Fault)

void TestClientProber::init()
{
    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    // Every data center of the table, so that nothing can ever reach the real Zoho.
    QVERIFY2(m_zoho->start(DataCenters::codes()),
             qPrintable(m_zoho->errorString()));
    m_zoho->addClient({clientId, secret, QStringLiteral("eu"), {redirectUri}, false});
}

ProbeReport TestClientProber::probe(const Credentials &credentials, const QStringList &dataCenters,
                                    std::chrono::milliseconds timeout)
{
    AccountsServerMap servers;
    servers.addSpec(m_zoho->overridesSpec(), nullptr);
    ClientProber prober(&m_network);
    prober.setAccountsServers(servers);
    prober.setTimeout(timeout);
    QSignalSpy finished(&prober, &ClientProber::finished);
    prober.probe(credentials, dataCenters);
    if (!finished.wait(int(timeout.count()) + 5000))
        return {};
    if (finished.size() != 1)
        qWarning("finished() came %lld times", qlonglong(finished.size()));
    return finished.first().first().value<ProbeReport>();
}

void TestClientProber::verdicts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("sentSecret");
    QTest::addColumn<QStringList>("registeredUris");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ProbeStatus>("expected");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("cause"); // Zoho's own verdicts have none; what got in the way has one

    const QStringList ok{redirectUri};
    QTest::newRow("right client, right secret: recognised")
        << clientId << secret << ok << Fault::None << ProbeStatus::Ok << "" << "none";
    QTest::newRow("client unknown in this data center")
        << QStringLiteral("1000.ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ") << secret << ok << Fault::None << ProbeStatus::UnknownClient << "" << "none";
    QTest::newRow("secret wrong")
        << clientId << QStringLiteral("ffffffffffffffffffffffffffffffffffffffffff") << ok << Fault::None << ProbeStatus::WrongSecret << "" << "none";
    QTest::newRow("redirect URI with a trailing slash was registered")
        << clientId << secret << QStringList{redirectUri + QLatin1Char('/')} << Fault::None << ProbeStatus::RedirectUriNotRegistered << "" << "none";
    QTest::newRow("Zoho throttles") << clientId << secret << ok << Fault::Throttle << ProbeStatus::RateLimited << "" << "throttled";
    QTest::newRow("HTTP 500") << clientId << secret << ok << Fault::ServerError500 << ProbeStatus::ServerError << "HTTP 500" << "http_server_error";
    QTest::newRow("body is not JSON") << clientId << secret << ok << Fault::NotJson << ProbeStatus::ServerError << "not JSON" << "not_json";
    QTest::newRow("captive portal page") << clientId << secret << ok << Fault::CaptivePortalHtml << ProbeStatus::ServerError << "HTML" << "captive_portal";
    QTest::newRow("redirect to plain http") << clientId << secret << ok << Fault::RedirectToPlainHttp << ProbeStatus::ServerError << "redirected to http://" << "redirect_to_plain_http";
    QTest::newRow("connection closed without answer") << clientId << secret << ok << Fault::CloseConnection << ProbeStatus::NetworkError << "" << "connection_reset";
    // Through the door: localized throttling, redirects that would resend the body, a body far
    // larger than Zoho's, and terminal escape sequences in Zoho's "error".
    QTest::newRow(R"(throttled in Chinese, "status":"failure")") << clientId << secret << ok << Fault::ThrottleLocalized << ProbeStatus::RateLimited << "HTTP 400" << "throttled";
    QTest::newRow("HTTP 307") << clientId << secret << ok << Fault::Redirect307 << ProbeStatus::ServerError << "not followed" << "redirect_elsewhere";
    QTest::newRow("HTTP 308") << clientId << secret << ok << Fault::Redirect308 << ProbeStatus::ServerError << "not followed" << "redirect_elsewhere";
    QTest::newRow("64 MiB body") << clientId << secret << ok << Fault::OversizedBody << ProbeStatus::ServerError << "larger than 1048576 bytes" << "reply_too_large";
    QTest::newRow("ESC sequences in the error") << clientId << secret << ok << Fault::EscapeSequences << ProbeStatus::ServerError << "invalid_thing" << "unexpected_reply";
}

void TestClientProber::verdicts()
{
    QFETCH(QString, id);
    QFETCH(QString, sentSecret);
    QFETCH(QStringList, registeredUris);
    QFETCH(Fault, fault);
    QFETCH(ProbeStatus, expected);
    QFETCH(QString, detail);
    QFETCH(QString, cause);

    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    QVERIFY(m_zoho->start({QStringLiteral("eu")}));
    m_zoho->addClient({clientId, secret, QStringLiteral("eu"), registeredUris, false});
    m_zoho->setFault(QStringLiteral("eu"), fault);

    const ProbeReport report = probe({id, sentSecret, {}, {}}, {QStringLiteral("eu")});
    QCOMPARE(report.status, expected);
    QCOMPARE(report.dataCenter, QStringLiteral("eu"));
    QCOMPARE(report.answers.size(), 1);
    QVERIFY2(report.answers.first().detail.contains(detail), qPrintable(report.answers.first().detail));
    QVERIFY(!report.answers.first().detail.contains(sentSecret));
    QCOMPARE(ProbeStatusText::causeKey(report.cause), cause);
    QCOMPARE(report.answers.first().cause, report.cause);
    // Whatever came from the network is printable by the time anyone can show it.
    for (const QString &text : {report.answers.first().detail, report.answers.first().zohoError,
                                ProbeStatusText::advice(report, QStringLiteral("Europe"))}) {
        for (const QChar c : text)
            QVERIFY2(c.isPrint(), qPrintable(text));
    }
    // The door asked in English, so that Zoho's error codes come in words this program reads.
    QCOMPARE(m_zoho->requests().first().headers.value("accept-language"), QByteArray("en"));
}

void TestClientProber::sendsTheSecretInTheBodyOnly()
{
    QVERIFY(probe({clientId, secret, {}, {}}, {QStringLiteral("eu")}).isOk());
    const auto requests = m_zoho->requests();
    QCOMPARE(requests.size(), 1);
    const auto &request = requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/oauth/v2/token"));
    QVERIFY(request.query.isEmpty()); // URLs end up in proxy logs; the body does not
    QCOMPARE(request.form.queryItemValue(QStringLiteral("client_id")), clientId);
    QCOMPARE(request.form.queryItemValue(QStringLiteral("client_secret")), secret);
    QCOMPARE(request.form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    QCOMPARE(request.form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), redirectUri);
    QVERIFY(!request.form.queryItemValue(QStringLiteral("code")).isEmpty());
}

void TestClientProber::secretWithFormCharactersArrivesIntact()
{
    const QString odd = QStringLiteral("a+b&c=d%20e f");
    m_zoho->addClient({QStringLiteral("1000.ODDSECRET000000000000000000000"), odd, QStringLiteral("us"), {redirectUri}, false});
    const ProbeReport report = probe({QStringLiteral("1000.ODDSECRET000000000000000000000"), odd, {}, {}}, {QStringLiteral("us")});
    QCOMPARE(report.status, ProbeStatus::Ok);
}

void TestClientProber::rateLimitAfterRepeatedProbes()
{
    m_zoho->setTokenRateLimit(2);
    QCOMPARE(probe({clientId, secret, {}, {}}, {QStringLiteral("eu")}).status, ProbeStatus::Ok);
    QCOMPARE(probe({clientId, secret, {}, {}}, {QStringLiteral("eu")}).status, ProbeStatus::Ok);
    QCOMPARE(probe({clientId, secret, {}, {}}, {QStringLiteral("eu")}).status, ProbeStatus::RateLimited);
}

void TestClientProber::hangingServerTimesOutWithinTheLimit()
{
    m_zoho->setFault(QStringLiteral("eu"), Fault::Hang);
    QElapsedTimer clock;
    clock.start();
    const ProbeReport report = probe({clientId, secret, {}, {}}, {QStringLiteral("eu")}, std::chrono::milliseconds(700));
    QCOMPARE(report.status, ProbeStatus::Timeout);
    QCOMPARE(report.cause, ProbeCause::TimedOut);
    QVERIFY2(clock.elapsed() < 5000, "the probe must not hang past its timeout");
}

void TestClientProber::refusedConnectionIsANetworkError()
{
    // A port that was just free: nothing listens there.
    const quint16 port = LoopbackPorts::unused();
    QVERIFY(port);

    AccountsServerMap servers;
    QVERIFY(servers.addOverride(QStringLiteral("eu"), QStringLiteral("http://127.0.0.1:%1").arg(port), nullptr));
    ClientProber prober(&m_network);
    prober.setAccountsServers(servers);
    QSignalSpy finished(&prober, &ClientProber::finished);
    prober.probe({clientId, secret, {}, {}}, {QStringLiteral("eu")});
    QVERIFY(finished.wait(10000));
    const auto report = finished.first().first().value<ProbeReport>();
    QCOMPARE(report.status, ProbeStatus::NetworkError);
    QCOMPARE(report.cause, ProbeCause::ConnectionRefused);
    QVERIFY2(report.answers.first().detail.contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(report.answers.first().detail));
}

void TestClientProber::detectsTheDataCenterInOneRoundTrip()
{
    // Every data center answers after 300 ms; asked one after another that would take 3 s.
    for (const QString &dc : m_zoho->dataCenters())
        m_zoho->setDelay(dc, 300);
    QElapsedTimer clock;
    clock.start();
    const ProbeReport report = probe({clientId, secret, {}, {}}, m_zoho->dataCenters());
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(report.status, ProbeStatus::Ok);
    QCOMPARE(report.dataCenter, QStringLiteral("eu"));
    QCOMPARE(report.recognisedIn, QStringList{QStringLiteral("eu")});
    QCOMPARE(report.answers.size(), DataCenters::codes().size());
    QCOMPARE(m_zoho->requests().size(), DataCenters::codes().size());
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

void TestClientProber::multiDcClientIsReportedEverywhere()
{
    m_zoho->addClient({QStringLiteral("1000.MULTIDC00000000000000000000000"), secret, QStringLiteral("us"), {redirectUri}, true});
    const ProbeReport report = probe({QStringLiteral("1000.MULTIDC00000000000000000000000"), secret, {}, {}},
                                     {QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("in")});
    QCOMPARE(report.status, ProbeStatus::Ok);
    QCOMPARE(report.recognisedIn, (QStringList{QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("in")}));
}

void TestClientProber::matchWinsWhenOtherDataCentersFail()
{
    m_zoho->setFault(QStringLiteral("us"), Fault::ServerError500);
    m_zoho->setFault(QStringLiteral("in"), Fault::CloseConnection);
    const ProbeReport report = probe({clientId, secret, {}, {}},
                                     {QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("in")});
    QCOMPARE(report.status, ProbeStatus::Ok);
    QCOMPARE(report.dataCenter, QStringLiteral("eu"));
}

void TestClientProber::cancelAnswersOnceAndStopsTheRequests()
{
    m_zoho->setFault(QStringLiteral("eu"), Fault::Hang);
    AccountsServerMap servers;
    servers.addSpec(m_zoho->overridesSpec(), nullptr);
    ClientProber prober(&m_network);
    prober.setAccountsServers(servers);
    QSignalSpy finished(&prober, &ClientProber::finished);
    prober.probe({clientId, secret, {}, {}}, {QStringLiteral("eu")});
    QTRY_COMPARE(m_zoho->requests().size(), 1);
    prober.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!prober.isRunning());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

void TestClientProber::drippingServerCannotOutliveTheDeadline()
{
    // One byte every half second: never silent long enough for a timeout that measures silence.
    m_zoho->setFault(QStringLiteral("eu"), Fault::DripBody);
    QElapsedTimer clock;
    clock.start();
    const ProbeReport report = probe({clientId, secret, {}, {}}, {QStringLiteral("eu")}, std::chrono::milliseconds(1500));
    const qint64 took = clock.elapsed();
    QCOMPARE(report.status, ProbeStatus::Timeout);
    QCOMPARE(ProbeStatusText::causeKey(report.cause), QStringLiteral("timed_out"));
    QVERIFY2(took < 4000, qPrintable(QString::number(took))); // the drip alone lasts a minute
}

void TestClientProber::oversizedRepliesEverywhereStayBounded_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<qint64>("least"); // what the program must have read to know: the cap, plus one byte
    QTest::addColumn<qint64>("most");  // what it may have read: the cap, the head and one socket buffer
    const qint64 body = ZohoDoor::maxReplySize;
    const qint64 head = BoundedHttpReply::maxHeadSize;
    QTest::newRow("fast endless body") << Fault::OversizedBody << body + 1 << body + head + 1;
    QTest::newRow("chunked, endless") << Fault::ChunkedEndless << body + 1 << body + head + 1;
    // Announced: refused on reading the head, before the body.
    QTest::newRow("Content-Length of 1 TiB") << Fault::HugeContentLength << qint64(1) << head + 1;
    QTest::newRow("header block without end") << Fault::EndlessHeaders << head + 1 << head + 1;
}

void TestClientProber::oversizedRepliesEverywhereStayBounded()
{
    // Every data center answers without end, as fast as the program takes it. Once, a machine
    // whose kernel let each connection buffer 32 MiB took the process to 80-440 MB here: the
    // oracle is what the program itself read and held, never what the sender pushed.
    QFETCH(Fault, fault);
    QFETCH(qint64, least);
    QFETCH(qint64, most);
    for (const QString &dc : m_zoho->dataCenters())
        m_zoho->setFault(dc, fault);
    ZohoDoor door;
    AccountsServerMap servers;
    servers.addSpec(m_zoho->overridesSpec(), nullptr);
    ClientProber prober(&door);
    prober.setAccountsServers(servers);
    prober.setTimeout(std::chrono::seconds(20));
    QSignalSpy finished(&prober, &ClientProber::finished);
    const PeakMemory memory;
    prober.probe({clientId, secret, {}, {}}, m_zoho->dataCenters());
    QVERIFY(finished.wait(25000));
    const qint64 grownKb = memory.grownKb();
    const auto report = finished.first().first().value<ProbeReport>();

    QCOMPARE(report.answers.size(), m_zoho->dataCenters().size());
    for (const ProbeReport::Answer &answer : report.answers) {
        QCOMPARE(ProbeStatusText::causeKey(answer.cause), QStringLiteral("reply_too_large"));
        QCOMPARE(answer.status, ProbeStatus::ServerError);
    }
    qInfo() << "the program read at most" << door.mostBytesRead() << "bytes of one reply; the emulator handed"
            << m_zoho->oversizedBytesSent() << "bytes to its sockets; peak resident size grew by" << grownKb << "KB";
    QVERIFY2(door.mostBytesRead() >= least && door.mostBytesRead() <= most, qPrintable(QString::number(door.mostBytesRead())));
    if (PeakMemory::isMeaningful()) {
        // Ten replies at once, each within its cap (its buffers may double as they grow), and room
        // for the emulator and Qt: far below what one flooded kernel buffer held.
        const qint64 limitKb = m_zoho->dataCenters().size() * 3 * ZohoDoor::maxReplySize / 1024 + qint64(16) * 1024;
        QVERIFY2(grownKb < limitKb, qPrintable(QStringLiteral("%1 KB, limit %2 KB").arg(grownKb).arg(limitKb)));
    }
}

void TestClientProber::passingProbeClaimsRecognitionOnly()
{
    // Zoho's order of checks is unknown: "invalid code" proves the client, not the secret.
    const ProbeReport report = probe({clientId, secret, {}, {}}, {QStringLiteral("eu")});
    QCOMPARE(report.status, ProbeStatus::Ok);
    const QString advice = ProbeStatusText::advice(report, QStringLiteral("Europe (zoho.eu)"));
    QVERIFY2(advice.contains(QLatin1String("recognises")), qPrintable(advice));
    QVERIFY2(!advice.contains(QLatin1String("accepted")), qPrintable(advice));
}

void TestClientProber::allDataCentersOfflineIsSaidOnce()
{
    // "I don't know": every data center asked, none reachable. Not about the United States.
    const QStringList all = m_zoho->dataCenters();
    m_zoho.reset(); // nothing listens on any of their ports now
    AccountsServerMap servers;
    for (const QString &dc : all) {
        const quint16 port = LoopbackPorts::unused();
        QVERIFY(port);
        QVERIFY(servers.addOverride(dc, QStringLiteral("http://127.0.0.1:%1").arg(port), nullptr));
    }
    ClientProber prober(&m_network);
    prober.setAccountsServers(servers);
    QSignalSpy finished(&prober, &ClientProber::finished);
    prober.probe({clientId, secret, {}, {}}, all);
    QVERIFY(finished.wait(10000));
    const auto report = finished.first().first().value<ProbeReport>();
    QCOMPARE(report.status, ProbeStatus::NetworkError);
    const QString advice = ProbeStatusText::advice(report, QStringLiteral("United States (zoho.com)"));
    QVERIFY2(advice.contains(QLatin1String("None of Zoho's data centers could be reached")), qPrintable(advice));
    QVERIFY2(!advice.contains(QLatin1String("United States")), qPrintable(advice));
}

QTEST_GUILESS_MAIN(TestClientProber)
#include "tst_clientprober.moc"
