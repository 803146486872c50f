// `zoho-onboarding diagnose` as support and scripts use it, the real binary inside a private
// keyring (tests/keyring-session.sh), against the loopback emulator: the report names each
// server's failure, only the overridden servers are asked (a test never reaches Zoho), text from
// the network cannot steer the terminal, and with all logging on neither the report, the log files
// nor anything else in the home folder holds the secret, a grant code or a token.

#include "accountsservermap.h"
#include "commandline.h"
#include "keychaincanary.h"
#include "outsideview.h"
#include "peakmemory.h"
#include "secretstore.h"
#include "supportreference.h"
#include "zohoaccountsemulator.h"
#if defined(Q_OS_WIN)
#include "windowsproxyfornow.h"
#endif

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using Fault = ZohoAccountsEmulator::Fault;

namespace {

const QString clientId = QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4CHUEX0");
const QString secret = QStringLiteral("5f1e3c9a0b7d24e6a8c1f0d3b5e7a9c2d4f6b8e0a1");
const QString hotglue = QStringLiteral("https://hotglue.xyz/callback");

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString transcript() const { return QStringLiteral("exit %1\n--- stdout ---\n%2--- stderr ---\n%3").arg(exitCode).arg(out, err); }
};

// A server that answers every request with one raw HTTP answer: a hostile or broken middlebox.
class RawServer : public QObject
{
public:
    explicit RawServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                client->setParent(this);
                connect(client, &QTcpSocket::readyRead, client, [this, client] {
                    if (!client->readAll().isEmpty() && !client->property("answered").toBool()) {
                        client->setProperty("answered", true);
                        client->write(m_answer);
                        client->disconnectFromHost();
                    }
                });
            }
        });
    }
    bool start() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    QTcpServer m_server;
    QByteArray m_answer;
};

} // namespace

class TestDiagnoseCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportNamesEachFailure();
    void onlyOverriddenServersAreAsked();
    void endlessAnswersEndWithinTheDeadline();
    void networkTextCannotSteerTheTerminal();
    void proxyAndWhereItComesFrom();
    void usageErrors_data();
    void usageErrors();
    void verboseAloneOpensTheWizard();
    void nothingSecretAnywhere();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {}, const QString &overrides = QString(),
            const QByteArray &httpsProxy = {});

    QString m_binary;
    std::unique_ptr<ZohoAccountsEmulator> m_zoho;
};

void TestDiagnoseCommand::initTestCase()
{
    m_binary = qEnvironmentVariable("ZOHO_ONBOARDING_BINARY");
    QVERIFY2(QFile::exists(m_binary), "ZOHO_ONBOARDING_BINARY names the built program (ctest sets it)");
    QVERIFY2(!OutsideView::sandbox().isEmpty(), "run through tests/keyring-session.sh (ctest does)");
    // Nothing stored to begin with: the keychain is the run's own, but on Windows (one Wine prefix
    // for the whole suite, scripts/test-windows.sh) the tests before this one wrote to it too.
    QVERIFY(OutsideView::keychainIsPrivate());
    OutsideView::clearKeychain(SecretStore::defaultService());
    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    QVERIFY2(m_zoho->start({QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("in")}), qPrintable(m_zoho->errorString()));
    m_zoho->addClient({clientId, secret, QStringLiteral("eu"), {hotglue}, false});
}

Run TestDiagnoseCommand::run(const QStringList &arguments, const QByteArray &input, const QString &overrides,
                             const QByteArray &httpsProxy)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(AccountsServerMap::environmentVariable),
                       overrides.isNull() ? m_zoho->overridesSpec() : overrides);
    // All logging on, so the leak checks cover every line any part can log.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        environment.remove(QString::fromLatin1(name));
    if (!httpsProxy.isEmpty())
        environment.insert(QStringLiteral("https_proxy"), QString::fromLatin1(httpsProxy));
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForStarted(5000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    // The emulator answers from this process's event loop.
    result.finished = finished.wait(60000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
#if defined(Q_OS_WIN)
    // A Windows console program ends its lines with CR LF: the lines are what is compared (a CR of
    // its own would still stand alone).
    result.out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
#endif
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestDiagnoseCommand::reportNamesEachFailure()
{
    m_zoho->setFault(QStringLiteral("us"), Fault::ServerError500);
    m_zoho->setDateOffset(9 * 60);
    const auto restore = qScopeGuard([this] {
        m_zoho->setFault(QStringLiteral("us"), Fault::None);
        m_zoho->setDateOffset(0);
    });
    // "in" is a port nothing listens on.
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost));
    const QString refused = QStringLiteral("http://127.0.0.1:%1").arg(placeholder.serverPort());
    placeholder.close();
    const QString overrides = QStringLiteral("us=%1,eu=%2,in=%3")
                                  .arg(m_zoho->serverUrl(QStringLiteral("us")).toString(),
                                       m_zoho->serverUrl(QStringLiteral("eu")).toString(), refused);

    const Run json = run({QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("5")},
                         {}, overrides);
    QVERIFY2(json.finished && json.exitCode == 1, qPrintable(json.transcript()));
    const QJsonObject report = json.json();
    QVERIFY2(SupportReference::isValid(report.value(QStringLiteral("reference")).toString()), qPrintable(json.transcript()));
    QCOMPARE(report.value(QStringLiteral("keychain")).toObject().value(QStringLiteral("works")).toBool(), true);
    QHash<QString, QString> verdicts;
    for (const auto &server : report.value(QStringLiteral("servers")).toArray())
        verdicts.insert(server.toObject().value(QStringLiteral("data_center")).toString(),
                        server.toObject().value(QStringLiteral("verdict")).toString());
    QCOMPARE(verdicts.value(QStringLiteral("us")), QStringLiteral("http_server_error"));
    QCOMPARE(verdicts.value(QStringLiteral("eu")), QStringLiteral("clock_skew"));
    QCOMPARE(verdicts.value(QStringLiteral("in")), QStringLiteral("connection_refused"));

    const Run text = run({QStringLiteral("diagnose"), QStringLiteral("--timeout"), QStringLiteral("5")}, {}, overrides);
    QVERIFY2(text.finished && text.exitCode == 1, qPrintable(text.transcript()));
    for (const QString &says : {QStringLiteral("Reference: "), QStringLiteral("The server answered HTTP 500"),
                                QStringLiteral("Your clock is 9 minutes behind the server's"),
                                QStringLiteral("refused the connection"), QStringLiteral("Backend: ") + KeychainCanary::backendName().section(QLatin1Char(' '), 0, 1),
                                QStringLiteral("Works: a test item was written, read back and deleted.")})
        QVERIFY2(text.out.contains(says), qPrintable(QStringLiteral("missing \"%1\"\n%2").arg(says, text.transcript())));
}

void TestDiagnoseCommand::endlessAnswersEndWithinTheDeadline()
{
    // Once, `diagnose --timeout 4` against a server whose body never ended grew to 3.2 GB in 4 s,
    // with the stored secret loaded for its fingerprint, and died of std::bad_alloc under a 6 GB
    // limit. Now: eu floods as fast as the program takes it, us floods in chunks without end, in
    // drips one byte every half second. The oracle is the program's own peak memory (the largest
    // child this test has reaped, from getrusage) and what the report says, not what the
    // emulator pushed into the kernel.
    // Windows keeps no such figure for reaped children: there the bound on time and the verdicts stand.
    const auto peakOfChildrenKb = [] {
#if defined(Q_OS_UNIX)
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        return qint64(usage.ru_maxrss);
#else
        return qint64(-1);
#endif
    };
    const QStringList arguments{QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                                QStringLiteral("5")};
    QElapsedTimer clock;
    clock.start();
    const Run baseline = run(arguments);
    const qint64 baselineMs = clock.elapsed();
    QVERIFY2(baseline.finished && baseline.exitCode == 0, qPrintable(baseline.transcript()));
    const qint64 baselineKb = peakOfChildrenKb();

    m_zoho->setFault(QStringLiteral("eu"), Fault::OversizedBody);
    m_zoho->setFault(QStringLiteral("us"), Fault::ChunkedEndless);
    m_zoho->setFault(QStringLiteral("in"), Fault::DripBody);
    const auto restore = qScopeGuard([this] {
        for (const QString &dc : {QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("in")})
            m_zoho->setFault(dc, Fault::None);
    });
    clock.restart();
    const Run flooded = run(arguments);
    const qint64 floodedMs = clock.elapsed();
    const qint64 floodedKb = peakOfChildrenKb();
    QVERIFY2(flooded.finished && flooded.exitCode == 1, qPrintable(flooded.transcript()));
    QHash<QString, QString> verdicts;
    for (const auto &server : flooded.json().value(QStringLiteral("servers")).toArray())
        verdicts.insert(server.toObject().value(QStringLiteral("data_center")).toString(),
                        server.toObject().value(QStringLiteral("verdict")).toString());
    QCOMPARE(verdicts.value(QStringLiteral("eu")), QStringLiteral("reply_too_large"));
    QCOMPARE(verdicts.value(QStringLiteral("us")), QStringLiteral("reply_too_large"));
    QCOMPARE(verdicts.value(QStringLiteral("in")), QStringLiteral("timed_out"));
    qInfo() << "diagnose: baseline" << baselineMs << "ms," << baselineKb << "KB peak; flooded" << floodedMs << "ms,"
            << floodedKb << "KB peak (largest child so far); the emulator handed" << m_zoho->oversizedBytesSent()
            << "bytes to its sockets";
    // The drip ends at the 5 s deadline; the rest is what any run costs.
    QVERIFY2(floodedMs < baselineMs + 5000 + 3000, qPrintable(QStringLiteral("%1 ms").arg(floodedMs)));
    if (PeakMemory::isMeaningful() && floodedKb >= 0) {
        // Three answers held at once at most, each within its cap (its buffers may double), and room.
        const qint64 limitKb = baselineKb + qint64(3) * 3 * 1024 + qint64(16) * 1024;
        QVERIFY2(floodedKb < limitKb, qPrintable(QStringLiteral("%1 KB, limit %2 KB").arg(floodedKb).arg(limitKb)));
    }

    // In words, for a person: what the answer was, of the one server flooded.
    const Run text = run({QStringLiteral("diagnose"), QStringLiteral("--timeout"), QStringLiteral("5")}, {},
                         QStringLiteral("eu=") + m_zoho->serverUrl(QStringLiteral("eu")).toString());
    QVERIFY2(text.finished && text.exitCode == 1, qPrintable(text.transcript()));
    QVERIFY2(text.out.contains(QLatin1String("The answer was larger than 1 MiB")), qPrintable(text.transcript()));
}

void TestDiagnoseCommand::onlyOverriddenServersAreAsked()
{
    m_zoho->clearRequests();
    // Only eu is overridden: auto means eu alone; the real Zoho servers of the others are never asked.
    const Run result = run({QStringLiteral("diagnose"), QStringLiteral("--json")}, {},
                           QStringLiteral("eu=") + m_zoho->serverUrl(QStringLiteral("eu")).toString());
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.transcript()));
    const QJsonArray servers = result.json().value(QStringLiteral("servers")).toArray();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.at(0).toObject().value(QStringLiteral("data_center")).toString(), QStringLiteral("eu"));
    QCOMPARE(servers.at(0).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("reachable"));
    const QList<ZohoAccountsEmulator::Request> requests = m_zoho->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().path, QStringLiteral("/oauth/serverinfo"));

    // --accounts-server works as for check.
    const Run one = run({QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--data-center"),
                         QStringLiteral("in"), QStringLiteral("--accounts-server"),
                         m_zoho->serverUrl(QStringLiteral("in")).toString()},
                        {}, QString(QLatin1String("")));
    QVERIFY2(one.finished && one.exitCode == 0, qPrintable(one.transcript()));
    const QJsonArray asked = one.json().value(QStringLiteral("servers")).toArray();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).toObject().value(QStringLiteral("url")).toString(), m_zoho->serverUrl(QStringLiteral("in")).toString());
}

void TestDiagnoseCommand::networkTextCannotSteerTheTerminal()
{
    const QByteArray date = QLocale::c()
                                .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                .toLatin1();
    RawServer evil("HTTP/1.1 503 Busy\x1b[2J\r\nServer: evil\x1b]0;pwned\x07\x1b[31m\r\nDate: " + date
                   + "\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(evil.start());
    const Run result = run({QStringLiteral("diagnose")}, {}, QStringLiteral("eu=") + evil.url());
    QVERIFY2(result.finished && result.exitCode == 1, qPrintable(result.transcript()));
    QVERIFY2(result.out.contains(QStringLiteral("HTTP 503")), qPrintable(result.transcript()));
    QVERIFY2(result.out.contains(QStringLiteral("evil\\x1b]0;pwned\\x07\\x1b[31m")), qPrintable(result.transcript()));
    for (const QChar c : result.out)
        QVERIFY2(c == QLatin1Char('\n') || c.unicode() >= 0x20, qPrintable(QStringLiteral("control character %1").arg(c.unicode())));
}

void TestDiagnoseCommand::proxyAndWhereItComesFrom()
{
    const QString overrides = QStringLiteral("eu=") + m_zoho->serverUrl(QStringLiteral("eu")).toString();
    const Run direct = run({QStringLiteral("diagnose"), QStringLiteral("--json")}, {}, overrides);
    QVERIFY2(direct.finished && direct.exitCode == 0, qPrintable(direct.transcript()));
    QCOMPARE(direct.json().value(QStringLiteral("proxy")).toObject().value(QStringLiteral("origin")).toString(),
             QStringLiteral("none"));

#if defined(Q_OS_WIN)
    // Qt on Windows takes the proxy from Windows' own settings, as a person sets it, and never from
    // the environment: a variable naming another proxy changes nothing. Nothing listens at either:
    // they are only named, never used (this computer is reached directly).
    QVERIFY(OutsideView::keychainIsPrivate()); // the run's own Wine prefix: its settings are the test's
    const WindowsProxyForNow windowsProxy(QStringLiteral("127.0.0.1:3128"));
    QVERIFY2(windowsProxy.isValid(), qPrintable(windowsProxy.errorString()));
    const Run proxied = run({QStringLiteral("diagnose"), QStringLiteral("--json")}, {}, overrides, "http://127.0.0.1:3129");
    QVERIFY2(proxied.finished && proxied.exitCode == 0, qPrintable(proxied.transcript()));
    const QJsonObject proxy = proxied.json().value(QStringLiteral("proxy")).toObject();
    QCOMPARE(proxy.value(QStringLiteral("proxy")).toString(), QStringLiteral("http://127.0.0.1:3128"));
    QCOMPARE(proxy.value(QStringLiteral("origin")).toString(), QStringLiteral("system_settings"));
    QVERIFY(proxy.value(QStringLiteral("variable")).isNull());
    const Run text = run({QStringLiteral("diagnose")}, {}, overrides, "http://127.0.0.1:3129");
    QVERIFY2(text.out.contains(QStringLiteral("http://127.0.0.1:3128, from the system's proxy settings")),
             qPrintable(text.transcript()));
#else
    // Nothing listens at this proxy: it is only named, never used (this computer is reached directly).
    const Run proxied = run({QStringLiteral("diagnose"), QStringLiteral("--json")}, {}, overrides, "http://127.0.0.1:3128");
    QVERIFY2(proxied.finished && proxied.exitCode == 0, qPrintable(proxied.transcript()));
    const QJsonObject proxy = proxied.json().value(QStringLiteral("proxy")).toObject();
    QCOMPARE(proxy.value(QStringLiteral("proxy")).toString(), QStringLiteral("http://127.0.0.1:3128"));
    QCOMPARE(proxy.value(QStringLiteral("origin")).toString(), QStringLiteral("environment"));
    QCOMPARE(proxy.value(QStringLiteral("variable")).toString(), QStringLiteral("https_proxy"));
    const Run text = run({QStringLiteral("diagnose")}, {}, overrides, "http://127.0.0.1:3128");
    QVERIFY2(text.out.contains(QStringLiteral("http://127.0.0.1:3128, from the environment variable https_proxy")),
             qPrintable(text.transcript()));
#endif
}

void TestDiagnoseCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("timeout zero") << QStringList{QStringLiteral("diagnose"), QStringLiteral("--timeout"), QStringLiteral("0")};
    QTest::newRow("unknown data center") << QStringList{QStringLiteral("diagnose"), QStringLiteral("--data-center"), QStringLiteral("xx")};
}

void TestDiagnoseCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QVERIFY2(result.finished && result.exitCode == 2, qPrintable(result.transcript()));
    QVERIFY(result.out.isEmpty());
}

void TestDiagnoseCommand::verboseAloneOpensTheWizard()
{
    const QString program = QStringLiteral("zoho-onboarding");
    QVERIFY(!CommandLine::isCommandLineInvocation({program, QStringLiteral("--verbose")}));
    QVERIFY(CommandLine::isCommandLineInvocation({program, QStringLiteral("diagnose"), QStringLiteral("--verbose")}));
    QVERIFY(CommandLine::isCommandLineInvocation({program, QStringLiteral("--verbose"), QStringLiteral("status")}));
}

void TestDiagnoseCommand::nothingSecretAnywhere()
{
    // A whole support session with every log line on: store, check with a wrong secret, verify the
    // report, diagnose in text and JSON, verbose.
    const QByteArray pasted = (clientId + QLatin1Char('\n') + secret + QLatin1Char('\n')).toUtf8();
    const Run stored = run({QStringLiteral("store"), QStringLiteral("--verbose"), QStringLiteral("--data-center"), QStringLiteral("eu")}, pasted);
    QVERIFY2(stored.finished && stored.exitCode == 0, qPrintable(stored.transcript()));
    const Run checked = run({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--verbose")}, pasted);
    QVERIFY2(checked.finished && checked.exitCode == 0, qPrintable(checked.transcript()));
    const QString reference = checked.json().value(QStringLiteral("reference")).toString();
    QVERIFY2(SupportReference::isValid(reference), qPrintable(checked.transcript()));

    const Run json = run({QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--verbose")});
    const Run text = run({QStringLiteral("diagnose"), QStringLiteral("--verbose")});
    for (const Run &report : {json, text}) {
        QVERIFY2(report.finished && report.exitCode == 0, qPrintable(report.transcript()));
        QVERIFY(!report.out.contains(secret) && !report.err.contains(secret));
    }
    // The report matches what the customer reads out, and describes the stored credentials.
    const QJsonObject object = json.json();
    QCOMPARE(object.value(QStringLiteral("reference")).toString(), reference);
    QCOMPARE(object.value(QStringLiteral("last_verification")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(object.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("stored"));
    QVERIFY(text.out.contains(QStringLiteral("Reference: ") + reference));

    // The log files exist (so the search below covers them), have debug lines, and hold nothing secret.
    const QDir logs(OutsideView::logDirectory());
    QVERIFY2(logs.exists(QStringLiteral("zoho-onboarding.log")), qPrintable(logs.path()));
    QFile log(logs.filePath(QStringLiteral("zoho-onboarding.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    QVERIFY2(logText.contains(" debug "), logText.constData());
    QVERIFY(logText.contains("zoho.core.diagnosis"));
    QVERIFY(!logText.contains(secret.toLatin1()));
    QCOMPARE(QString(json.json().value(QStringLiteral("log_file")).toString()), log.fileName());

    // Nothing anywhere in the home folder, settings, caches or keyring files in clear text.
    int looked = 0;
    QCOMPARE(OutsideView::fileContaining(secret.toLatin1(), &looked), QString());
    QVERIFY(looked > 0);
    for (const QString &token : m_zoho->issuedAccessTokens() + m_zoho->issuedRefreshTokens())
        QCOMPARE(OutsideView::fileContaining(token.toLatin1()), QString());
    QCOMPARE(OutsideView::keychainItem(QStringLiteral("zoho-onboarding-canary")), QByteArray());
}

QTEST_GUILESS_MAIN(TestDiagnoseCommand)
#include "tst_diagnosecommand.moc"
