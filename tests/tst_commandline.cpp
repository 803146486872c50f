// The command line end to end: the real zoho-onboarding binary, started as a script or a support
// person would start it, against the project's emulator of Zoho's accounts servers on loopback and a
// real Secret Service (tests/keyring-session.sh). What it prints, the JSON keys scripts rely on and
// the exit statuses are the contract of issue 2; the secret must never be printed by any of it.

#include "accountsservermap.h"
#include "credentialparser.h"
#include "keychainname.h"
#include "loopbackports.h"
#include "onboardingguide.h"
#include "outsideview.h"
#include "programundertest.h"
#include "secretstore.h"
#include "verificationflow.h"
#include "datacenter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

#include <csignal>
#include <sys/types.h>

using Fault = ZohoAccountsEmulator::Fault;
Q_DECLARE_METATYPE(ZohoAccountsEmulator::Fault)

namespace {

using ProgramClient::clientId;
using ProgramClient::clientIdMasked;
using ProgramClient::secret;
using ProgramClient::verifyClientId;
const QString wrongSecret = QStringLiteral("ffffffffffffffffffffffffffffffffffffffffff");
// Registered with "https://hotglue.xyz/callback/": one slash too many, as customers type it.
const QString slashClientId = QStringLiteral("1000.SLASH0000000000000000000000000");
const QString slashSecret = QStringLiteral("0123456789abcdef0123456789abcdef0123456789");
const QString strangerId = QStringLiteral("1000.ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ");
const QString hotglue = SampleClient::redirectUri;
const QString otherSecret = QStringLiteral("fedcba9876543210fedcba9876543210fedcba9876");

// Generous: the slowest command (a one-second timeout) finishes well within it.
constexpr int processTimeoutMs = 15000;

QByteArray twoLines(const QString &first, const QString &second)
{
    return (first + QLatin1Char('\n') + second + QLatin1Char('\n')).toUtf8();
}

QStringList allDataCenters()
{
    // Every data center of the table, so that nothing can ever reach the real Zoho.
    return DataCenters::codes();
}

// One run of the binary: what a person or a script gets back.
struct Outcome
{
    QStringList arguments;
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err; // what a person reads on standard error
    QString log; // log lines (all debug logging is on in every run)
    qint64 elapsedMs = 0;

    bool exitedWith(int code) const { return finished && exitStatus == QProcess::NormalExit && exitCode == code; }

    QString transcript() const
    {
        return QStringLiteral("zoho-onboarding %1\n  finished: %2, exit %3%4\n--- stdout ---\n%5--- stderr ---\n%6")
            .arg(arguments.join(QLatin1Char(' ')), finished ? QStringLiteral("yes") : QStringLiteral("NO (killed)"))
            .arg(exitCode)
            .arg(exitStatus == QProcess::CrashExit ? QStringLiteral(" (crashed)") : QString(), out, err);
    }

    // Standard output as the one JSON object of --json; empty when it is not exactly that.
    QJsonObject json() const
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        return error.error == QJsonParseError::NoError && document.isObject() ? document.object() : QJsonObject();
    }
};

using Environment = ProgramUnderTest::Environment;

} // namespace

// Fails the test with the whole transcript when the binary did not exit normally with `code`.
// `outcome` is evaluated once, so it may be a run(…) call.
#define VERIFY_EXIT(outcome, code)                                                                                  \
    do {                                                                                                             \
        const Outcome &verified = (outcome);                                                                         \
        QVERIFY2(verified.exitedWith(code),                                                                          \
                 qPrintable(QStringLiteral("expected exit %1\n").arg(code) + verified.transcript()));               \
    } while (false)

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void version();
    void valuesForPeople();
    void valuesAsJson();

    void checkVerdicts_data();
    void checkVerdicts();
    void checkFindsTheDataCenter();
    void checkWithServersGivenAsOptions();
    void checkTimesOut();
    void checkUnreachableServerIsANetworkError();
    void malformedInputIsNeverSent_data();
    void malformedInputIsNeverSent();
    void clumsyPasteIsCleaned_data();
    void clumsyPasteIsCleaned();
    void usageErrors_data();
    void usageErrors();

    void storeThenStatusShowsItMasked();
    void storeRefusesWhatZohoRejects();
    void storeWithoutCheckAsksNobody();
    void storeReplacesOnlyWhenAsked();
    void forgetRemovesAndIsIdempotent();
    void debugLoggingNeverShowsTheSecret();
    void verifySignsInAndRevokes();
    void verifyStopsAtAProbeFailure();
    void verifyExplainsAnExpiredCode();
    void verifyWithABusyPortEndsAtOnceInAScript();
    void verifyDrippingServerCannotOutliveTheTimeout();
    void verifyOutcomesSayWhatHappened_data();
    void verifyOutcomesSayWhatHappened();
    void crowdedPortIsNamedAndTheAnswerStillArrives();
    void verifyStoreSignsInRevokesAndStores();
    void verifyNamesTheMissingSignInAddressBeforeAnyBrowser();
    void verifyUnfinishedSignInIsAConsentTimeout();
    void concurrentStoresNameTheRaceTheyLost();
    void interruptedVerifyRevokesAndSaysSo_data();
    void interruptedVerifyRevokesAndSaysSo();
    void secondInterruptEndsAtOnce();

    // Last: they look at everything the runs above printed and left behind.
    void secretNeverPrinted();
    void secretNeverOnDiskInClearText();

private:
    Outcome run(const QStringList &arguments, const QByteArray &input = {}, const Environment &changes = {});
    QByteArray keychainItem();
    bool m_playBrowser = false;
    // With m_playBrowser: before the browser comes back, another program crowds this port (many
    // idle connections), and the browser waits until the command has said so.
    quint16 m_crowdPort = 0;
    // Sends this signal to the running command when it prints m_signalWhenPrinted, or when its code
    // exchange reaches Zoho (m_signalAtExchange); m_signalCount times, 300 ms apart.
    int m_signal = 0;
    QByteArray m_signalWhenPrinted;
    bool m_signalAtExchange = false;
    int m_signalCount = 1;
    QNetworkAccessManager m_browser;
    static QString fileWithSecretInClearText();

    QString m_binary;
    ProgramUnderTest m_program;
    ZohoAccountsEmulator *m_zoho = nullptr; // m_program's, new for each test
    QStringList m_printed; // stdout and stderr of every run
};

void TestCommandLine::initTestCase()
{
    // store and forget act on the keychain's real item: never on a developer's own.
    QString problem;
    m_binary = ProgramUnderTest::binary(&problem);
    QVERIFY2(!m_binary.isEmpty(), qPrintable(problem));
    // The test data must look like what Zoho hands out, or the CLI rightly refuses it.
    for (const QString &id : {clientId, slashClientId, strangerId})
        QVERIFY2(CredentialParser::looksLikeClientId(id), qPrintable(id));
    for (const QString &s : {secret, wrongSecret, slashSecret})
        QCOMPARE(s.size(), CredentialParser::usualSecretLength);
}

void TestCommandLine::init()
{
    QVERIFY2(m_program.startZoho(), qPrintable(m_program.errorString()));
    m_zoho = &m_program.zoho();
    m_zoho->addClient({slashClientId, slashSecret, QStringLiteral("eu"), {hotglue + QLatin1Char('/')}, false});
}

Outcome TestCommandLine::run(const QStringList &arguments, const QByteArray &input, const Environment &changes)
{
    Outcome outcome;
    outcome.arguments = arguments;

    // Every command runs with all debug logging on, so the leak checks at the end cover every log
    // line any command can print; marked, so what a person reads on standard error can be told from
    // the log lines.
    // On Windows Qt sends the log of a program without a console window to the debugger
    // (OutputDebugString); QT_FORCE_STDERR_LOGGING puts it on standard error there too.
    Environment all{{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")},
                    {QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("[log] %{category}: %{message}")},
                    {QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1")}};
    all.insert(changes);
    const QProcessEnvironment environment = m_program.environment(all);

    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    // With m_playBrowser, this test is the person at the browser: it opens the sign-in address
    // the command prints and follows Zoho's consent redirect back to the command's listener.
    QByteArray printed;
    bool browsed = false;
    bool signalled = false;
    const auto signal = [&] {
        if (signalled || m_signal == 0)
            return;
        signalled = true;
        for (int i = 0; i < m_signalCount; ++i) {
            if (i > 0)
                QTest::qWait(300);
#if defined(Q_OS_UNIX)
            ::kill(pid_t(process.processId()), m_signal);
#endif
        }
    };
    QMetaObject::Connection exchangeWatch;
    if (m_signalAtExchange) {
        exchangeWatch = connect(m_zoho, &ZohoAccountsEmulator::requestReceived, this,
                                [&](const ZohoAccountsEmulator::Request &request) {
                                    if (request.form.hasQueryItem(QStringLiteral("code_verifier")))
                                        QTimer::singleShot(0, this, signal);
                                });
    }
    std::vector<std::unique_ptr<QTcpSocket>> crowd;
    const auto watch = [&](const QByteArray &chunk) {
        printed += chunk;
        if (m_crowdPort != 0 && crowd.empty() && printed.contains("/oauth/v2/auth?"))
            crowd = LoopbackPorts::crowd(m_crowdPort, 24);
        if (m_crowdPort != 0 && !printed.contains("is flooding port"))
            return; // the browser waits until the crowd was noticed and named
        if (!m_signalWhenPrinted.isEmpty() && printed.contains(m_signalWhenPrinted))
            QTimer::singleShot(0, this, signal);
        if (!m_playBrowser || browsed)
            return;
        for (const QByteArray &line : printed.split('\n')) {
            if (line.startsWith("http") && line.contains("/oauth/v2/auth?")) {
                browsed = true;
                QNetworkRequest request(QUrl::fromEncoded(line.trimmed()));
                request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
                m_browser.get(request);
                break;
            }
        }
    };
    QByteArray out;
    QByteArray err;
    connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
        const QByteArray chunk = process.readAllStandardOutput();
        out += chunk;
        watch(chunk);
    });
    connect(&process, &QProcess::readyReadStandardError, this, [&] {
        const QByteArray chunk = process.readAllStandardError();
        err += chunk;
        watch(chunk);
    });
    QElapsedTimer clock;
    clock.start();
    process.start(m_binary, arguments);
    if (!process.waitForStarted(5000)) {
        outcome.err = process.errorString();
        return outcome;
    }
    process.write(input);
    process.closeWriteChannel();
    // The emulator answers from this process's event loop: wait with the loop running.
    outcome.finished = finished.wait(processTimeoutMs);
    if (!outcome.finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    outcome.elapsedMs = clock.elapsed();
    outcome.exitCode = process.exitCode();
    outcome.exitStatus = process.exitStatus();
    out += process.readAllStandardOutput();
    err += process.readAllStandardError();
    process.disconnect(this);
    disconnect(exchangeWatch);
    // Windows ends the lines of standard output and error with CR LF.
    outcome.out = QString::fromUtf8(out).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList said;
    QStringList logged;
    for (const QString &line : QString::fromUtf8(err).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n')))
        (line.startsWith(QLatin1String("[log] ")) ? logged : said).append(line);
    outcome.err = said.join(QLatin1Char('\n'));
    outcome.log = logged.join(QLatin1Char('\n'));
    m_printed.append(outcome.transcript() + QStringLiteral("--- log ---\n") + outcome.log);
    return outcome;
}

// The keychain item as another program sees it, read without any of this project's code.
QByteArray TestCommandLine::keychainItem()
{
    return OutsideView::keychainItem(SecretStore::defaultService());
}

// The first file in the sandbox (home, settings, cache, keyrings, runtime dir) that holds the
// secret as it was pasted; a sentence instead if there is no sandbox to look at.
QString TestCommandLine::fileWithSecretInClearText()
{
    int looked = 0;
    const QString found = OutsideView::fileContaining(secret.toUtf8(), &looked);
    return looked > 0 ? found : QStringLiteral("no files found in the sandbox \"%1\"").arg(OutsideView::sandbox());
}

void TestCommandLine::version()
{
    const Outcome result = run({QStringLiteral("--version")});
    VERIFY_EXIT(result, 0);
    static const QRegularExpression expected(QStringLiteral("^zoho-onboarding \\d+\\.\\d+\\.\\d+\\n$"));
    QVERIFY2(expected.match(result.out).hasMatch(), qPrintable(result.transcript()));
    QVERIFY(result.err.isEmpty());
}

void TestCommandLine::valuesForPeople()
{
    const Outcome result = run({QStringLiteral("values")});
    VERIFY_EXIT(result, 0);
    QVERIFY2(result.out.contains(QLatin1String("Server-based Applications")), qPrintable(result.out));
    for (const QString &text : {QStringLiteral("Client Name"), OnboardingGuide::clientName(), QStringLiteral("Homepage URL"),
                                OnboardingGuide::homepageUrl().toString(), QStringLiteral("Authorized Redirect URIs")}) {
        QVERIFY2(result.out.contains(text), qPrintable(text + QStringLiteral(" missing in:\n") + result.out));
    }
    // On a line of its own, so a triple click copies exactly the URI.
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) { return line.trimmed() == hotglue; }),
             qPrintable(result.out));
    QVERIFY(result.err.isEmpty());
}

void TestCommandLine::valuesAsJson()
{
    const Outcome result = run({QStringLiteral("values"), QStringLiteral("--json")});
    VERIFY_EXIT(result, 0);
    const QJsonObject json = result.json();
    QVERIFY2(!json.isEmpty(), qPrintable(result.transcript()));
    QCOMPARE(json.value(QStringLiteral("client_name")).toString(), OnboardingGuide::clientName());
    QCOMPARE(json.value(QStringLiteral("homepage_url")).toString(), OnboardingGuide::homepageUrl().toString());
    QVERIFY(json.value(QStringLiteral("redirect_uris")).isArray());
    QVERIFY(json.value(QStringLiteral("redirect_uris")).toArray().contains(hotglue));
}

void TestCommandLine::checkVerdicts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("sentSecret");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("headline"); // what a person reads first

    QTest::newRow("ok") << clientId << secret << Fault::None << "ok" << 0 << "OK: Zoho recognises this client";
    QTest::newRow("unknown_client") << strangerId << secret << Fault::None << "unknown_client" << 1
                                    << "Problem: Zoho does not know this Client ID";
    QTest::newRow("wrong_secret") << clientId << wrongSecret << Fault::None << "wrong_secret" << 1
                                  << "Problem: The Client Secret is wrong";
    QTest::newRow("redirect_uri_not_registered") << slashClientId << slashSecret << Fault::None
                                                 << "redirect_uri_not_registered" << 1
                                                 << "Problem: The return address entered in Zoho does not match";
    QTest::newRow("rate_limited") << clientId << secret << Fault::Throttle << "rate_limited" << 1
                                  << "Problem: Zoho asks us to slow down";
    QTest::newRow("server_error: HTTP 500") << clientId << secret << Fault::ServerError500 << "server_error" << 1
                                            << "Problem: Zoho gave an answer we did not expect";
    QTest::newRow("server_error: not JSON") << clientId << secret << Fault::NotJson << "server_error" << 1
                                            << "Problem: Zoho gave an answer we did not expect";
}

void TestCommandLine::checkVerdicts()
{
    QFETCH(QString, id);
    QFETCH(QString, sentSecret);
    QFETCH(Fault, fault);
    QFETCH(QString, status);
    QFETCH(int, exitCode);
    QFETCH(QString, headline);
    m_zoho->setFault(QStringLiteral("eu"), fault);
    const QStringList options{QStringLiteral("check"), QStringLiteral("--data-center"), QStringLiteral("eu")};

    const Outcome result = run(options + QStringList{QStringLiteral("--json")}, twoLines(id, sentSecret));
    VERIFY_EXIT(result, exitCode);
    const QJsonObject json = result.json();
    QVERIFY2(!json.isEmpty(), qPrintable(result.transcript()));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(json.value(QStringLiteral("data_center")).toString(), QStringLiteral("eu"));
    QCOMPARE(m_zoho->requests().size(), 1);
    QCOMPARE(m_zoho->requests().first().dataCenter, QStringLiteral("eu"));
    QCOMPARE(m_zoho->requests().first().form.queryItemValue(QStringLiteral("client_id")), id);

    const Outcome text = run(options, twoLines(id, sentSecret));
    VERIFY_EXIT(text, exitCode);
    QVERIFY2(text.out.startsWith(headline), qPrintable(text.transcript()));
    QVERIFY2(text.out.contains(QStringLiteral("Client ID: ") + id.left(9) + QStringLiteral("…") + id.right(4)),
             qPrintable(text.transcript()));
    QVERIFY2(!text.out.contains(id), "the full Client ID is shown masked");
}

void TestCommandLine::checkFindsTheDataCenter()
{
    // No --data-center: every data center is asked, and the one that knows the client is named.
    const Outcome result = run({QStringLiteral("check"), QStringLiteral("--json")}, twoLines(clientId, secret));
    VERIFY_EXIT(result, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(json.value(QStringLiteral("data_center")).toString(), QStringLiteral("eu"));
    QCOMPARE(json.value(QStringLiteral("recognised_in")).toArray(), QJsonArray{QStringLiteral("eu")});
    QCOMPARE(json.value(QStringLiteral("warnings")).toArray(), QJsonArray());
    QCOMPARE(m_zoho->requests().size(), allDataCenters().size());

    m_zoho->clearRequests();
    const Outcome text = run({QStringLiteral("check"), QStringLiteral("--data-center"), QStringLiteral("auto")},
                             twoLines(clientId, secret));
    VERIFY_EXIT(text, 0);
    QVERIFY2(text.out.startsWith(QLatin1String("OK: Zoho recognises this client")), qPrintable(text.transcript()));
    QVERIFY2(text.out.contains(QLatin1String("Data center: eu (Europe (zoho.eu))")), qPrintable(text.transcript()));
    QVERIFY2(text.err.isEmpty(), qPrintable(text.transcript()));
    QCOMPARE(m_zoho->requests().size(), allDataCenters().size());
}

void TestCommandLine::checkWithServersGivenAsOptions()
{
    // Without the environment variable: one URL for the one data center asked …
    const Environment noVariable{{QString::fromLatin1(AccountsServerMap::environmentVariable), QString()}};
    const Outcome one = run({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--data-center"),
                             QStringLiteral("eu"), QStringLiteral("--accounts-server"),
                             m_zoho->serverUrl(QStringLiteral("eu")).toString()},
                            twoLines(clientId, secret), noVariable);
    VERIFY_EXIT(one, 0);
    QCOMPARE(one.json().value(QStringLiteral("data_center")).toString(), QStringLiteral("eu"));
    QCOMPARE(m_zoho->requests().size(), 1);

    // … and CODE=URL for each of them when every data center is asked.
    m_zoho->clearRequests();
    QStringList arguments{QStringLiteral("check"), QStringLiteral("--json")};
    for (const QString &code : allDataCenters())
        arguments << QStringLiteral("--accounts-server") << code + QLatin1Char('=') + m_zoho->serverUrl(code).toString();
    const Outcome all = run(arguments, twoLines(clientId, secret), noVariable);
    VERIFY_EXIT(all, 0);
    QCOMPARE(all.json().value(QStringLiteral("data_center")).toString(), QStringLiteral("eu"));
    QCOMPARE(m_zoho->requests().size(), allDataCenters().size());
}

void TestCommandLine::checkTimesOut()
{
    m_zoho->setFault(QStringLiteral("eu"), Fault::Hang);
    const Outcome result = run({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--data-center"),
                                QStringLiteral("eu"), QStringLiteral("--timeout"), QStringLiteral("1")},
                               twoLines(clientId, secret));
    VERIFY_EXIT(result, 1);
    QCOMPARE(result.json().value(QStringLiteral("status")).toString(), QStringLiteral("timeout"));
    QCOMPARE(result.json().value(QStringLiteral("data_center")).toString(), QStringLiteral("eu"));
    QVERIFY2(result.elapsedMs < 6000, qPrintable(QStringLiteral("took %1 ms").arg(result.elapsedMs)));

    const Outcome text = run({QStringLiteral("check"), QStringLiteral("--data-center"), QStringLiteral("eu"),
                              QStringLiteral("--timeout"), QStringLiteral("1")},
                             twoLines(clientId, secret));
    VERIFY_EXIT(text, 1);
    QVERIFY2(text.out.startsWith(QLatin1String("Problem: Zoho did not answer in time")), qPrintable(text.transcript()));
}

void TestCommandLine::checkUnreachableServerIsANetworkError()
{
    const quint16 port = LoopbackPorts::unused();
    QVERIFY(port != 0);
    const QStringList options{QStringLiteral("check"), QStringLiteral("--data-center"), QStringLiteral("eu"),
                              QStringLiteral("--accounts-server"), QStringLiteral("eu=http://127.0.0.1:%1").arg(port)};
    const Outcome result = run(options + QStringList{QStringLiteral("--json")}, twoLines(clientId, secret));
    VERIFY_EXIT(result, 1);
    QCOMPARE(result.json().value(QStringLiteral("status")).toString(), QStringLiteral("network_error"));
    QCOMPARE(result.json().value(QStringLiteral("data_center")).toString(), QStringLiteral("eu"));
    QVERIFY(m_zoho->requests().isEmpty());

    const Outcome text = run(options, twoLines(clientId, secret));
    VERIFY_EXIT(text, 1);
    QVERIFY2(text.out.startsWith(QLatin1String("Problem: Zoho could not be reached")), qPrintable(text.transcript()));
}

void TestCommandLine::malformedInputIsNeverSent_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("problem"); // the field that is named, "client_id" or "client_secret"
    QTest::addColumn<QString>("says");    // what its text must mention; empty: anything

    const QString token = QStringLiteral("1000.0123456789abcdef0123456789abcdef.0123456789abcdef0123456789abcdef");
    QTest::newRow("nothing") << QByteArray() << "client_id" << QString();
    QTest::newRow("only the Client ID") << (clientId + QLatin1Char('\n')).toUtf8() << "client_secret" << QString();
    QTest::newRow("a token instead of the secret") << twoLines(clientId, token) << "client_secret" << QString();
    QTest::newRow("not a Client ID") << twoLines(QStringLiteral("hello"), secret) << "client_id" << QString();
    QTest::newRow("cut-off Client ID") << twoLines(clientId.left(20), secret) << "client_id" << QString();
    QTest::newRow("Client ID with a Cyrillic С")
        << twoLines(QString(clientId).replace(QLatin1Char('C'), QChar(0x0421)), secret) << "client_id" << "Cyrillic";
    QTest::newRow("two different Client IDs")
        << twoLines(clientId + QStringLiteral(" 1000.UJZDE8GXD6NCF10EPF91DHODZDOC9I"), secret) << "client_id"
        << "different Client IDs";
    QTest::newRow("two different secrets") << twoLines(clientId, secret + QLatin1Char(' ') + secret.toUpper().left(30))
                                           << "client_secret" << "different values";
}

void TestCommandLine::malformedInputIsNeverSent()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, problem);

    const Outcome result = run({QStringLiteral("check"), QStringLiteral("--json")}, input);
    VERIFY_EXIT(result, 1);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("malformed"));
    QVERIFY(json.contains(QStringLiteral("data_center")));
    QFETCH(QString, says);
    const QString named = json.value(QStringLiteral("problems")).toObject().value(problem).toString();
    QVERIFY2(!named.isEmpty() && named.contains(says), qPrintable(result.transcript()));

    const Outcome text = run({QStringLiteral("check")}, input);
    VERIFY_EXIT(text, 1);
    QVERIFY2(text.out.startsWith(QLatin1String("Problem: These are not Zoho credentials")), qPrintable(text.transcript()));
    QVERIFY(m_zoho->requests().isEmpty());
}

void TestCommandLine::clumsyPasteIsCleaned_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("warning"); // empty: nothing to say

    QTest::newRow("labels, quotes, CRLF")
        << QStringLiteral("Client ID: \"%1\"\r\nClient Secret: '%2'\r\n").arg(clientId, secret).toUtf8() << QString();
    QTest::newRow("labels on lines of their own, blank lines, tabs")
        << QStringLiteral("Client ID:\r\n\t%1  \r\n\r\nClient Secret:\r\n\u00a0%2\u00a0\r\n\r\n").arg(clientId, secret).toUtf8()
        << QString();
    QTest::newRow("both values on one line")
        << QStringLiteral("Client ID: %1   Client Secret: %2\r\n").arg(clientId, secret).toUtf8()
        << QStringLiteral("pasted together");
    QTest::newRow("swapped order") << twoLines(secret, clientId) << QStringLiteral("wrong way round");
    // Other lines around the values: left out, never sent to Zoho; a note says which value was used.
    QTest::newRow("secret with the data center on the next line")
        << QStringLiteral("Client ID: %1\nClient Secret: %2\nData center: EU\n").arg(clientId, secret).toUtf8()
        << QStringLiteral("after 'Client Secret'");
    QTest::newRow("secret with (EU) after it")
        << QStringLiteral("%1\n%2 (EU)\n").arg(clientId, secret).toUtf8() << QStringLiteral("42-character value");
    QTest::newRow("pretty JSON with the redirect URI")
        << QStringLiteral("{\n  \"client_id\": \"%1\",\n  \"client_secret\": \"%2\",\n"
                          "  \"redirect_uri\": \"https://hotglue.xyz/callback\"\n}\n").arg(clientId, secret).toUtf8()
        << QStringLiteral("after 'client_secret'");
    QTest::newRow("YAML") << QStringLiteral("zoho:\n  client_id: %1\n  client_secret: \"%2\"\n").arg(clientId, secret).toUtf8()
                          << QStringLiteral("pasted together");
    QTest::newRow("password manager entry")
        << QStringLiteral("Title: Zoho Optiply\nUser Name: %1\nPassword: %2\nURL: https://api-console.zoho.eu\n")
               .arg(clientId, secret).toUtf8()
        << QStringLiteral("after 'Password'");
    QTest::newRow("e-mail with a signature")
        << QStringLiteral("Hi,\n\nClient ID: %1\nClient Secret: %2\n\nKind regards,\nJAN DE VRIES\nACME BV\n")
               .arg(clientId, secret).toUtf8()
        << QStringLiteral("after 'Client Secret'");
    QTest::newRow("a bell character inside the secret")
        << QStringLiteral("%1\n%2\u0007%3\n").arg(clientId, secret.left(10), secret.mid(10)).toUtf8()
        << QStringLiteral("control character");
    QTest::newRow("swapped, with labels, curly quotes, CRLF")
        << QStringLiteral("Client Secret: “%1”\r\nClient ID: “%2”\r\n").arg(secret, clientId).toUtf8()
        << QStringLiteral("wrong way round");
}

void TestCommandLine::clumsyPasteIsCleaned()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, warning);

    const Outcome result = run({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--data-center"),
                                QStringLiteral("eu")},
                               input);
    VERIFY_EXIT(result, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(json.value(QStringLiteral("client_id_masked")).toString(), clientIdMasked);
    const QJsonArray warnings = json.value(QStringLiteral("warnings")).toArray();
    if (warning.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(result.transcript()));
    } else {
        QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                             [&](const QJsonValue &w) { return w.toString().contains(warning); }),
                 qPrintable(result.transcript()));
    }
    // Zoho was sent the values exactly, nothing the paste dragged along.
    QCOMPARE(m_zoho->requests().size(), 1);
    const QUrlQuery form = m_zoho->requests().first().form;
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), clientId);
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret")), secret);

    const Outcome text = run({QStringLiteral("check"), QStringLiteral("--data-center"), QStringLiteral("eu")}, input);
    VERIFY_EXIT(text, 0);
    QVERIFY2(text.out.startsWith(QLatin1String("OK: Zoho recognises this client")), qPrintable(text.transcript()));
    if (warning.isEmpty())
        QVERIFY2(text.err.isEmpty(), qPrintable(text.transcript()));
    else
        QVERIFY2(text.err.startsWith(QLatin1String("Note: ")) && text.err.contains(warning), qPrintable(text.transcript()));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("variable"); // ZOHO_ONBOARDING_ACCOUNTS_SERVERS; null: the emulator's
    QTest::addColumn<QString>("says");     // in what a person reads on standard error

    const QString check = QStringLiteral("check");
    const QString dc = QStringLiteral("--data-center");
    const QString server = QStringLiteral("--accounts-server");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QString() << "Name one command";
    QTest::newRow("unknown option") << QStringList{check, QStringLiteral("--frobnicate")} << QString() << "frobnicate";
    QTest::newRow("two commands") << QStringList{check, QStringLiteral("status")} << QString() << "Name one command";
    QTest::newRow("unknown data center") << QStringList{check, dc, QStringLiteral("mars")} << QString()
                                         << "\"mars\" is not a Zoho data center";
    QTest::newRow("plain http to another host") << QStringList{check, dc, QStringLiteral("eu"), server,
                                                               QStringLiteral("http://example.com")}
                                                << QString() << "plain http";
    QTest::newRow("plain http to another host, CODE=URL")
        << QStringList{check, server, QStringLiteral("eu=http://example.com")} << QString() << "plain http";
    QTest::newRow("plain http to another host, environment")
        << QStringList{check} << QStringLiteral("eu=http://example.com") << "plain http";
    QTest::newRow("URL without a data center") << QStringList{check, server, QStringLiteral("http://127.0.0.1:9")}
                                               << QString() << "needs --data-center";
    QTest::newRow("URL with auto") << QStringList{check, dc, QStringLiteral("auto"), server, QStringLiteral("http://127.0.0.1:9")}
                                   << QString() << "needs --data-center";
    QTest::newRow("unknown data center in CODE=URL")
        << QStringList{check, server, QStringLiteral("mars=http://127.0.0.1:9")} << QString() << "\"mars\" is not a Zoho data center";
    QTest::newRow("timeout not a number") << QStringList{check, QStringLiteral("--timeout"), QStringLiteral("soon")}
                                          << QString() << "--timeout";
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, variable);
    QFETCH(QString, says);

    Environment changes;
    if (!variable.isNull())
        changes.insert(QString::fromLatin1(AccountsServerMap::environmentVariable), variable);
    const Outcome result = run(arguments, twoLines(clientId, secret), changes);
    VERIFY_EXIT(result, 2);
    QVERIFY2(result.err.contains(says), qPrintable(result.transcript()));
    QVERIFY2(result.err.contains(QLatin1String("--help")), qPrintable(result.transcript()));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.transcript()));
    QVERIFY(m_zoho->requests().isEmpty());
}

void TestCommandLine::storeThenStatusShowsItMasked()
{
    VERIFY_EXIT(run({QStringLiteral("forget")}), 0);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Outcome store = run({QStringLiteral("store"), QStringLiteral("--json")}, twoLines(clientId, secret));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    VERIFY_EXIT(store, 0);
    QCOMPARE(store.json().value(QStringLiteral("stored")), QJsonValue(true));
    QCOMPARE(store.json().value(QStringLiteral("data_center")).toString(), QStringLiteral("eu"));

    const Outcome status = run({QStringLiteral("status"), QStringLiteral("--json")});
    VERIFY_EXIT(status, 0);
    const QJsonObject json = status.json();
    QCOMPARE(json.value(QStringLiteral("stored")), QJsonValue(true));
    QCOMPARE(json.value(QStringLiteral("client_id_masked")).toString(), clientIdMasked);
    QCOMPARE(json.value(QStringLiteral("data_center")).toString(), QStringLiteral("eu"));
    const QString storedAtText = json.value(QStringLiteral("stored_at")).toString();
    const QDateTime storedAt = QDateTime::fromString(storedAtText, Qt::ISODate);
    QVERIFY2(storedAt.isValid(), qPrintable(storedAtText));
    QVERIFY2(storedAt >= before && storedAt <= after, qPrintable(storedAtText));
    QCOMPARE(store.json().value(QStringLiteral("stored_at")).toString(), storedAtText);

    // What a person reads: stored, masked, where, when; never the secret, never the whole ID.
    const Outcome text = run({QStringLiteral("status")});
    VERIFY_EXIT(text, 0);
    for (const QString &shown : {QStringLiteral("Zoho credentials are stored"), clientIdMasked,
                                 QStringLiteral("Data center: eu"), storedAtText}) {
        QVERIFY2(text.out.contains(shown), qPrintable(shown + QStringLiteral(" missing in:\n") + text.transcript()));
    }
    QVERIFY(!text.out.contains(secret) && !text.err.contains(secret));
    QVERIFY(!text.out.contains(clientId));

    // The keychain holds one item that any program can read back: the same credentials.
    const QJsonDocument item = QJsonDocument::fromJson(keychainItem());
    QVERIFY2(item.isObject(), "secret-tool finds no item of this program");
    QCOMPARE(item.object().value(QStringLiteral("client_id")).toString(), clientId);
    QCOMPARE(item.object().value(QStringLiteral("client_secret")).toString(), secret);
    QCOMPARE(item.object().value(QStringLiteral("data_center")).toString(), json.value(QStringLiteral("data_center")).toString());
    QCOMPARE(QDateTime::fromString(item.object().value(QStringLiteral("stored_at")).toString(), Qt::ISODate), storedAt);

    // While it is stored, no file holds it readably: the keyring file is encrypted.
    const QString leak = fileWithSecretInClearText();
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
}

void TestCommandLine::storeRefusesWhatZohoRejects()
{
    VERIFY_EXIT(run({QStringLiteral("forget")}), 0);

    const Outcome json = run({QStringLiteral("store"), QStringLiteral("--json"), QStringLiteral("--data-center"),
                              QStringLiteral("eu")},
                             twoLines(clientId, wrongSecret));
    VERIFY_EXIT(json, 1);
    QCOMPARE(json.json().value(QStringLiteral("status")).toString(), QStringLiteral("wrong_secret"));
    QCOMPARE(json.json().value(QStringLiteral("stored")), QJsonValue(false));

    const Outcome text = run({QStringLiteral("store"), QStringLiteral("--data-center"), QStringLiteral("eu")},
                             twoLines(clientId, wrongSecret));
    VERIFY_EXIT(text, 1);
    QVERIFY2(text.out.contains(QLatin1String("Nothing was stored.")), qPrintable(text.transcript()));

    // Malformed input is not stored either: a sign-in token where the secret belongs.
    const QString token = QStringLiteral("1000.0123456789abcdef0123456789abcdef.0123456789abcdef0123456789abcdef");
    const Outcome malformed = run({QStringLiteral("store"), QStringLiteral("--json")}, twoLines(clientId, token));
    VERIFY_EXIT(malformed, 1);
    QCOMPARE(malformed.json().value(QStringLiteral("status")).toString(), QStringLiteral("malformed"));
    QCOMPARE(malformed.json().value(QStringLiteral("stored")), QJsonValue(false));

    const Outcome status = run({QStringLiteral("status"), QStringLiteral("--json")});
    VERIFY_EXIT(status, 0);
    QCOMPARE(status.json().value(QStringLiteral("stored")), QJsonValue(false));
    QVERIFY(keychainItem().isEmpty());
}

void TestCommandLine::storeWithoutCheckAsksNobody()
{
    VERIFY_EXIT(run({QStringLiteral("forget")}), 0);

    const Outcome store = run({QStringLiteral("store"), QStringLiteral("--no-check"), QStringLiteral("--data-center"),
                               QStringLiteral("eu")},
                              twoLines(clientId, secret));
    VERIFY_EXIT(store, 0);
    QVERIFY2(store.out.contains(QStringLiteral("Stored %1.").arg(KeychainName::where())), qPrintable(store.transcript()));
    QVERIFY(m_zoho->requests().isEmpty());

    const Outcome status = run({QStringLiteral("status"), QStringLiteral("--json")});
    VERIFY_EXIT(status, 0);
    QCOMPARE(status.json().value(QStringLiteral("stored")), QJsonValue(true));
    QCOMPARE(status.json().value(QStringLiteral("data_center")).toString(), QStringLiteral("eu"));
    QCOMPARE(QJsonDocument::fromJson(keychainItem()).object().value(QStringLiteral("client_secret")).toString(), secret);
}

void TestCommandLine::storeReplacesOnlyWhenAsked()
{
    VERIFY_EXIT(run({QStringLiteral("forget")}), 0);
    const QStringList noCheck{QStringLiteral("store"), QStringLiteral("--no-check"), QStringLiteral("--data-center"),
                              QStringLiteral("eu"), QStringLiteral("--json")};
    VERIFY_EXIT(run(noCheck, twoLines(clientId, secret)), 0);

    // Other credentials: a script is refused, and the stored ones stay as they were.
    const Outcome refused = run(noCheck, twoLines(clientId, otherSecret));
    VERIFY_EXIT(refused, 1);
    QCOMPARE(refused.json().value(QStringLiteral("stored")), QJsonValue(false));
    QCOMPARE(refused.json().value(QStringLiteral("error")).toString(), QStringLiteral("already_stored"));
    QVERIFY(refused.json().value(QStringLiteral("error_message")).toString().contains(QLatin1String("--replace")));
    QCOMPARE(QJsonDocument::fromJson(keychainItem()).object().value(QStringLiteral("client_secret")).toString(), secret);

    // The same credentials again are no replacement.
    VERIFY_EXIT(run(noCheck, twoLines(clientId, secret)), 0);

    const Outcome replaced = run(noCheck + QStringList{QStringLiteral("--replace")}, twoLines(clientId, otherSecret));
    VERIFY_EXIT(replaced, 0);
    QCOMPARE(QJsonDocument::fromJson(keychainItem()).object().value(QStringLiteral("client_secret")).toString(),
             otherSecret);
    VERIFY_EXIT(run({QStringLiteral("forget")}), 0);
}

void TestCommandLine::forgetRemovesAndIsIdempotent()
{
    VERIFY_EXIT(run({QStringLiteral("store"), QStringLiteral("--no-check"), QStringLiteral("--data-center"),
                     QStringLiteral("eu")},
                    twoLines(clientId, secret)),
                0);
    QVERIFY(!keychainItem().isEmpty());

    const Outcome forget = run({QStringLiteral("forget")});
    VERIFY_EXIT(forget, 0);
    QVERIFY2(forget.out.contains(QLatin1String("were removed")), qPrintable(forget.transcript()));
    QVERIFY(keychainItem().isEmpty());

    const Outcome status = run({QStringLiteral("status"), QStringLiteral("--json")});
    VERIFY_EXIT(status, 0);
    QCOMPARE(status.json().value(QStringLiteral("stored")), QJsonValue(false));
    const Outcome statusText = run({QStringLiteral("status")});
    VERIFY_EXIT(statusText, 0);
    QVERIFY2(statusText.out.contains(QLatin1String("No Zoho credentials are stored.")), qPrintable(statusText.transcript()));

    const Outcome again = run({QStringLiteral("forget")});
    VERIFY_EXIT(again, 0);
    QVERIFY2(again.out.contains(QLatin1String("No Zoho credentials were stored.")), qPrintable(again.transcript()));
}

void TestCommandLine::debugLoggingNeverShowsTheSecret()
{
    // Every category at debug level, Qt's own included: the check, the keychain, the status.
    const Environment verbose{{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")}};
    const Outcome store = run({QStringLiteral("store"), QStringLiteral("--json")}, twoLines(clientId, secret), verbose);
    VERIFY_EXIT(store, 0);
    QVERIFY2(store.log.contains(QLatin1String("zoho.core.probe")), "debug logging was not on");
    QVERIFY2(!store.out.contains(secret) && !store.err.contains(secret) && !store.log.contains(secret),
             qPrintable(store.transcript()));

    const Outcome status = run({QStringLiteral("status")}, {}, verbose);
    VERIFY_EXIT(status, 0);
    QVERIFY(!status.out.contains(secret) && !status.err.contains(secret));
    VERIFY_EXIT(run({QStringLiteral("forget")}, {}, verbose), 0);
}

void TestCommandLine::secretNeverPrinted()
{
    QVERIFY(!m_printed.isEmpty());
    for (const QString &printed : std::as_const(m_printed)) {
        for (const QString &s : {secret, wrongSecret, slashSecret, otherSecret})
            QVERIFY2(!printed.contains(s, Qt::CaseInsensitive), qPrintable(printed));
    }
}

void TestCommandLine::secretNeverOnDiskInClearText()
{
    // The search covers the program's log files too: every run above wrote to them, all logging on.
    const QDir logs(OutsideView::logDirectory());
    QVERIFY2(QFileInfo(logs.filePath(QStringLiteral("zoho-onboarding.log"))).size() > 0, qPrintable(logs.path()));
    for (const QString &s : {secret, wrongSecret, slashSecret, otherSecret})
        QCOMPARE(OutsideView::fileContaining(s.toUtf8()), QString());
    const QString leak = fileWithSecretInClearText();
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
}

void TestCommandLine::verifySignsInAndRevokes()
{
    const QString port = QString::number(LoopbackPorts::unused());
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"),
                       {hotglue, QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port)}, false});
    m_playBrowser = true;
    const Outcome json = run({QStringLiteral("verify"), QStringLiteral("--no-browser"), QStringLiteral("--json")},
                             twoLines(verifyClientId, secret), {{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}});
    m_playBrowser = false;
    VERIFY_EXIT(json, 0);
    const QJsonObject result = json.json();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(result.value(QStringLiteral("account")).toString(), QStringLiteral("jane@example.com"));
    QCOMPARE(result.value(QStringLiteral("data_center")).toString(), QStringLiteral("eu"));
    QCOMPARE(result.value(QStringLiteral("revoked")).toArray().size(), 2);
    // In JSON mode the address to open goes to standard error, for the person.
    QVERIFY(json.err.contains(QLatin1String("/oauth/v2/auth?")));
    QVERIFY(m_zoho->lastPkceVerified());
    QCOMPARE(m_zoho->revokedTokens().size(), 2);

    m_playBrowser = true;
    const Outcome text = run({QStringLiteral("verify"), QStringLiteral("--no-browser"), QStringLiteral("--data-center"),
                              QStringLiteral("eu")},
                             twoLines(verifyClientId, secret), {{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}});
    m_playBrowser = false;
    VERIFY_EXIT(text, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Verified — connected as jane@example.com")), qPrintable(text.transcript()));
    QVERIFY(text.out.contains(QLatin1String("removed from Zoho again")));
}

void TestCommandLine::verifyStopsAtAProbeFailure()
{
    // A wrong secret is found by the probe: no browser, no sign-in.
    const Outcome result = run({QStringLiteral("verify"), QStringLiteral("--no-browser"), QStringLiteral("--json")},
                               twoLines(clientId, QStringLiteral("ffffffffffffffffffffffffffffffffffffffffff")));
    VERIFY_EXIT(result, 1);
    QCOMPARE(result.json().value(QStringLiteral("status")).toString(), QStringLiteral("wrong_secret"));
    QVERIFY(!result.err.contains(QLatin1String("/oauth/v2/auth")));
    for (const auto &request : m_zoho->requests())
        QVERIFY(request.path != QLatin1String("/oauth/v2/auth"));
}

void TestCommandLine::verifyExplainsAnExpiredCode()
{
    const QString port = QString::number(LoopbackPorts::unused());
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"),
                       {hotglue, QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port)}, false});
    m_zoho->setCodeLifetime(0);
    m_playBrowser = true;
    const Outcome result = run({QStringLiteral("verify"), QStringLiteral("--no-browser")},
                               twoLines(verifyClientId, secret), {{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}});
    m_playBrowser = false;
    VERIFY_EXIT(result, 1);
    QVERIFY2(result.out.contains(QLatin1String("The sign-in with Zoho did not finish")), qPrintable(result.transcript()));
    QVERIFY(result.out.contains(QLatin1String("expired")));
}

void TestCommandLine::verifyWithABusyPortEndsAtOnceInAScript()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    const QString port = QString::number(squatter.serverPort());
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"),
                       {hotglue, QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port)}, false});
    const Outcome result = run({QStringLiteral("verify"), QStringLiteral("--no-browser"), QStringLiteral("--json")},
                               twoLines(verifyClientId, secret), {{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}});
    VERIFY_EXIT(result, 1);
    QCOMPARE(result.json().value(QStringLiteral("status")).toString(), QStringLiteral("sign_in_failed"));
    QVERIFY(result.json().value(QStringLiteral("detail")).toString().contains(port));
    QVERIFY2(result.err.contains(QStringLiteral("Port %1").arg(port)), qPrintable(result.transcript()));
    QVERIFY(result.elapsedMs < 10000);
}

void TestCommandLine::verifyDrippingServerCannotOutliveTheTimeout()
{
    // The code exchange is answered one byte every half second, for a minute: never silent, so
    // only a deadline for the whole request ends it.
    const QString port = QString::number(LoopbackPorts::unused());
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"),
                       {hotglue, QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port)}, false});
    m_zoho->setFault(QStringLiteral("eu"), ZohoAccountsEmulator::Fault::DripBody,
                     ZohoAccountsEmulator::Endpoint::CodeExchange);
    m_playBrowser = true;
    const Outcome result = run({QStringLiteral("verify"), QStringLiteral("--no-browser"), QStringLiteral("--json"),
                                QStringLiteral("--data-center"), QStringLiteral("eu"), QStringLiteral("--timeout"),
                                QStringLiteral("5")},
                               twoLines(verifyClientId, secret), {{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}});
    m_playBrowser = false;
    VERIFY_EXIT(result, 1);
    QCOMPARE(result.json().value(QStringLiteral("status")).toString(), QStringLiteral("timeout"));
    QCOMPARE(result.json().value(QStringLiteral("cause")).toString(), QStringLiteral("timed_out"));
    bool exchanged = false;
    for (const auto &request : m_zoho->requests())
        exchanged = exchanged || request.form.hasQueryItem(QStringLiteral("code_verifier"));
    QVERIFY(exchanged);
    // Five seconds for the exchange, plus the probe, the listener and starting the program (slack
    // for a loaded machine); without the whole-request deadline the drip alone lasts a minute.
    qInfo() << "verify --timeout 5 against a dripping exchange took" << result.elapsedMs << "ms";
    QVERIFY2(result.elapsedMs < 15000, qPrintable(QString::number(result.elapsedMs)));
}

void TestCommandLine::verifyOutcomesSayWhatHappened_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QStringList>("said"); // in the text output
    QTest::addColumn<QStringList>("notSaid");
    // One decline asks for no wait; after several sign-ins within Zoho's ten minutes, it does.
    QTest::newRow("declined") << "decline" << 1 << "sign_in_failed" << "consent_declined"
                              << QStringList{QStringLiteral("click Accept")} << QStringList{QStringLiteral("Wait")};
    QTest::newRow("declined after several sign-ins")
        << "decline-again" << 1 << "sign_in_failed" << "consent_declined_again"
        << QStringList{QStringLiteral("Wait 10 minutes")} << QStringList{};
    QTest::newRow("unknown accounts server") << "unknown-server" << 1 << "sign_in_failed" << "unknown_data_center"
                                             << QStringList{QStringLiteral("accounts.zoho.xx")} << QStringList{};
    QTest::newRow("refresh token not revoked")
        << "keep-refresh" << 0 << "verified" << "refresh_token_not_revoked"
        << QStringList{QStringLiteral("stays valid until it is removed"), QStringLiteral("limit of 20"),
                       QStringLiteral("Connected Apps")}
        << QStringList{QStringLiteral("within an"), QStringLiteral("The test sign-in was removed")};
    QTest::newRow("access token refused after the refresh token")
        << "refuse-access" << 0 << "verified" << "none" << QStringList{QStringLiteral("removed from Zoho again")}
        << QStringList{QStringLiteral("could not be removed")};
    QTest::newRow("ESC sequences in the account") << "escapes" << 0 << "verified" << "none"
                                                  << QStringList{QStringLiteral("jane@example.com")} << QStringList{};
}

void TestCommandLine::verifyOutcomesSayWhatHappened()
{
    QFETCH(QString, setup);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    QFETCH(QString, cause);
    QFETCH(QStringList, said);
    QFETCH(QStringList, notSaid);
    const QString port = QString::number(LoopbackPorts::unused());
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"),
                       {hotglue, QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port)}, false});
    if (setup.startsWith(QLatin1String("decline"))) {
        m_zoho->setConsent(ZohoAccountsEmulator::Consent::Decline);
        // The program's own settings: the sign-ins it started lately, as its earlier runs left them.
        QSettings settings(QStringLiteral("Optiply"), QStringLiteral("zoho-onboarding"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime at = setup == QLatin1String("decline") ? now.addSecs(-VerificationFlow::waitSeconds - 60) : now;
        settings.setValue(VerificationFlow::recentSignInsKey(),
                          QStringList(VerificationFlow::repeatedSignIns - 1, at.toString(Qt::ISODate)));
        settings.sync();
    } else if (setup == QLatin1String("unknown-server"))
        m_zoho->setRedirectAccountsServer(QStringLiteral("https://accounts.zoho.xx"));
    else if (setup == QLatin1String("keep-refresh"))
        m_zoho->setRevocationAnswer(ZohoAccountsEmulator::TokenKind::Refresh, ZohoAccountsEmulator::RevocationAnswer::Refused);
    else if (setup == QLatin1String("refuse-access"))
        m_zoho->setRevocationAnswer(ZohoAccountsEmulator::TokenKind::Access, ZohoAccountsEmulator::RevocationAnswer::Refused);
    else if (setup == QLatin1String("escapes"))
        m_zoho->setAccount(QStringLiteral("\x1b]0;pwned\x07jane@example.com\x1b[2J"), QStringLiteral("\x1b[31mJane"),
                           QStringLiteral("Doe"));

    const QStringList arguments{QStringLiteral("verify"), QStringLiteral("--no-browser"), QStringLiteral("--data-center"),
                                QStringLiteral("eu")};
    const Environment environment{{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}};
    m_playBrowser = true;
    const Outcome json = run(arguments + QStringList{QStringLiteral("--json")}, twoLines(verifyClientId, secret), environment);
    const Outcome text = run(arguments, twoLines(verifyClientId, secret), environment);
    m_playBrowser = false;
    VERIFY_EXIT(json, exitCode);
    VERIFY_EXIT(text, exitCode);
    QCOMPARE(json.json().value(QStringLiteral("status")).toString(), status);
    QCOMPARE(json.json().value(QStringLiteral("cause")).toString(), cause);
    for (const QString &words : said)
        QVERIFY2(text.out.contains(words), qPrintable(text.transcript()));
    for (const QString &words : notSaid)
        QVERIFY2(!text.out.contains(words), qPrintable(text.transcript()));
    // Nothing from the network reaches the terminal raw: no ESC, no BEL, no other control.
    for (const QString &printed : {text.out, text.err}) {
        for (const QChar c : printed)
            QVERIFY2(c.isPrint() || c == QLatin1Char('\n'), qPrintable(QStringLiteral("U+%1 printed").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    }
}

void TestCommandLine::verifyStoreSignsInRevokesAndStores()
{
    // The wizard's sequence in one run: check, sign in, revoke, store.
    const QString port = QString::number(LoopbackPorts::unused());
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"),
                       {hotglue, QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port)}, false});
    const Environment environment{{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}};
    m_playBrowser = true;
    const Outcome json = run({QStringLiteral("verify"), QStringLiteral("--store"), QStringLiteral("--no-browser"),
                              QStringLiteral("--json")},
                             twoLines(verifyClientId, secret), environment);
    m_playBrowser = false;
    VERIFY_EXIT(json, 0);
    const QJsonObject result = json.json();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(result.value(QStringLiteral("stored")).toBool(), true);
    QVERIFY(!result.value(QStringLiteral("stored_at")).toString().isEmpty());
    QCOMPARE(m_zoho->revokedTokens().size(), 2);
    // The keychain item, read from outside: these credentials, their data center, the account as data.
    Credentials stored;
    QVERIFY(Credentials::fromKeychainData(keychainItem(), &stored));
    QCOMPARE(stored.clientId, verifyClientId);
    QCOMPARE(stored.dataCenter, QStringLiteral("eu"));
    QCOMPARE(stored.verifiedAccount, QStringLiteral("jane@example.com"));

    // As text, for a person: verified, removed again, stored; other credentials are kept unless asked.
    m_zoho->addRedirectUri(clientId, QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port));
    m_playBrowser = true;
    const Outcome kept = run({QStringLiteral("verify"), QStringLiteral("--store"), QStringLiteral("--no-browser")},
                             twoLines(clientId, secret), environment);
    const Outcome text = run({QStringLiteral("verify"), QStringLiteral("--store"), QStringLiteral("--replace"),
                              QStringLiteral("--no-browser")},
                             twoLines(clientId, secret), environment);
    m_playBrowser = false;
    VERIFY_EXIT(kept, 1);
    QVERIFY2(kept.err.contains(QLatin1String("add --replace")), qPrintable(kept.transcript()));
    VERIFY_EXIT(text, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Verified — connected as jane@example.com")), qPrintable(text.transcript()));
    QVERIFY(text.out.contains(QLatin1String("removed from Zoho again")));
    QVERIFY(text.out.contains(QStringLiteral("Stored %1.").arg(KeychainName::where())));
    QVERIFY(Credentials::fromKeychainData(keychainItem(), &stored));
    QCOMPARE(stored.clientId, clientId);
}

void TestCommandLine::verifyNamesTheMissingSignInAddressBeforeAnyBrowser()
{
    // Only hotglue's line in Zoho: verify names the assistant's own address, and opens nothing.
    const QString port = QString::number(LoopbackPorts::unused());
    const QString address = QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port);
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"), {hotglue}, false});
    const Environment environment{{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}};
    const Outcome text = run({QStringLiteral("verify"), QStringLiteral("--no-browser")}, twoLines(verifyClientId, secret),
                             environment);
    const Outcome json = run({QStringLiteral("verify"), QStringLiteral("--no-browser"), QStringLiteral("--json")},
                             twoLines(verifyClientId, secret), environment);
    VERIFY_EXIT(text, 1);
    VERIFY_EXIT(json, 1);
    QVERIFY2(text.out.contains(address), qPrintable(text.transcript()));
    QVERIFY2(text.out.contains(QLatin1String("Authorized Redirect URIs")), qPrintable(text.transcript()));
    QVERIFY(!text.out.contains(QLatin1String("/oauth/v2/auth")) && !text.err.contains(QLatin1String("/oauth/v2/auth")));
    for (const auto &request : m_zoho->requests())
        QVERIFY(request.path != QLatin1String("/oauth/v2/auth"));
    QCOMPARE(json.json().value(QStringLiteral("status")).toString(), QStringLiteral("redirect_uri_not_registered"));
    QCOMPARE(json.json().value(QStringLiteral("missing_redirect_uri")).toString(), address);
    QVERIFY(text.elapsedMs < 10000);
}

void TestCommandLine::verifyUnfinishedSignInIsAConsentTimeout()
{
    // Zoho judges the code first, so the check cannot tell; the browser then shows "Invalid Redirect
    // Uri" and nobody comes back. The verdict says so, and names the address; not the network.
    const QString port = QString::number(LoopbackPorts::unused());
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"), {hotglue}, false});
    m_zoho->setCodeCheckedFirst(true);
    const Environment environment{{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}};
    const QStringList arguments{QStringLiteral("verify"), QStringLiteral("--no-browser"), QStringLiteral("--data-center"),
                                QStringLiteral("eu"), QStringLiteral("--consent-timeout"), QStringLiteral("1")};
    const Outcome json = run(arguments + QStringList{QStringLiteral("--json")}, twoLines(verifyClientId, secret), environment);
    const Outcome text = run(arguments, twoLines(verifyClientId, secret), environment);
    VERIFY_EXIT(json, 1);
    VERIFY_EXIT(text, 1);
    QCOMPARE(json.json().value(QStringLiteral("status")).toString(), QStringLiteral("sign_in_failed"));
    QCOMPARE(json.json().value(QStringLiteral("cause")).toString(), QStringLiteral("consent_timeout"));
    QVERIFY2(text.out.contains(QLatin1String("Invalid Redirect Uri")), qPrintable(text.transcript()));
    QVERIFY2(text.out.contains(QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port)),
             qPrintable(text.transcript()));
    QVERIFY2(!text.out.contains(QLatin1String("internet connection")), qPrintable(text.transcript()));
    QVERIFY2(!text.out.contains(QLatin1String("did not answer")), qPrintable(text.transcript()));
}

void TestCommandLine::concurrentStoresNameTheRaceTheyLost()
{
    // Two stores at once, each with its own credentials: each says it stored them, or that another
    // save came first; never that the keychain is broken. The keychain ends with one of the two.
    const QString firstId = QStringLiteral("1000.RACEA0000000000000000000000000");
    const QString secondId = QStringLiteral("1000.RACEB0000000000000000000000000");
    m_zoho->addClient({firstId, secret, QStringLiteral("eu"), {hotglue}, false});
    m_zoho->addClient({secondId, otherSecret, QStringLiteral("eu"), {hotglue}, false});
    // Both checks wait for Zoho, which answers them together: the two saves then start together.
    m_zoho->setDelay(QStringLiteral("eu"), 600);
    const QProcessEnvironment environment = m_program.environment();
    int raced = 0;
    for (int pair = 0; pair < 6; ++pair) {
        QList<std::shared_ptr<QProcess>> processes;
        for (const QString &id : {firstId, secondId}) {
            auto process = std::make_shared<QProcess>();
            process->setProcessEnvironment(environment);
            process->start(m_binary, {QStringLiteral("store"), QStringLiteral("--replace"), QStringLiteral("--data-center"),
                                      QStringLiteral("eu"), QStringLiteral("--json")});
            QVERIFY(process->waitForStarted(5000));
            process->write(twoLines(id, id == firstId ? secret : otherSecret));
            process->closeWriteChannel();
            processes.append(process);
        }
        for (const auto &process : std::as_const(processes)) {
            // The emulator answers from this event loop: wait with it running.
            QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, processTimeoutMs);
            const QByteArray out = process->readAllStandardOutput();
            const QJsonObject result = QJsonDocument::fromJson(out).object();
            const QString said = QString::fromUtf8(out + process->readAllStandardError());
            m_printed.append(said);
            QVERIFY2(!said.contains(QLatin1String("restart"), Qt::CaseInsensitive), qPrintable(said));
            if (result.value(QStringLiteral("stored")).toBool()) {
                QCOMPARE(process->exitCode(), 0);
            } else {
                QVERIFY2(result.value(QStringLiteral("error")).toString() == QLatin1String("store_race_lost"), qPrintable(said));
                QVERIFY2(result.value(QStringLiteral("error_message")).toString().contains(QLatin1String("at the same time")),
                         qPrintable(said));
                QCOMPARE(process->exitCode(), 1);
                ++raced;
            }
        }
        Credentials kept;
        QVERIFY(Credentials::fromKeychainData(keychainItem(), &kept));
        QVERIFY(kept.clientId == firstId || kept.clientId == secondId);
    }
    qInfo() << "stores that lost a race:" << raced << "of 12";
}

void TestCommandLine::interruptedVerifyRevokesAndSaysSo_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("atExchange"); // else while the browser shows Zoho's page
    QTest::addColumn<bool>("json");
    QTest::newRow("Ctrl-C at the code exchange") << int(SIGINT) << 130 << true << false;
    QTest::newRow("SIGTERM at the code exchange") << int(SIGTERM) << 143 << true << false;
    QTest::newRow("SIGTERM at the code exchange, JSON") << int(SIGTERM) << 143 << true << true;
    QTest::newRow("Ctrl-C while the browser is open") << int(SIGINT) << 130 << false << false;
}

void TestCommandLine::interruptedVerifyRevokesAndSaysSo()
{
#if !defined(Q_OS_UNIX)
    QSKIP("POSIX signals: on Windows, Ctrl-C and a closed console reach the program through its console, "
          "which a QProcess child does not share with the test");
#endif
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    QFETCH(bool, atExchange);
    QFETCH(bool, json);
    const QString port = QString::number(LoopbackPorts::unused());
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"),
                       {hotglue, QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port)}, false});
    // Slow, so that the exchange is still on its way when the signal comes.
    if (atExchange)
        m_zoho->setDelay(QStringLiteral("eu"), 1500);
    m_signal = signal;
    m_signalAtExchange = atExchange;
    m_signalWhenPrinted = atExchange ? QByteArray() : QByteArrayLiteral("/oauth/v2/auth?");
    m_playBrowser = atExchange;
    QStringList arguments{QStringLiteral("verify"), QStringLiteral("--store"), QStringLiteral("--no-browser"),
                          QStringLiteral("--data-center"), QStringLiteral("eu")};
    if (json)
        arguments << QStringLiteral("--json");
    const Outcome result = run(arguments, twoLines(verifyClientId, secret), {{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}});
    m_playBrowser = false;
    m_signal = 0;
    m_signalAtExchange = false;
    m_signalWhenPrinted.clear();
    VERIFY_EXIT(result, exitCode);
    if (atExchange) {
        // The exchange ended, what Zoho issued was revoked, nothing new was asked (no account).
        QCOMPARE(m_zoho->issuedRefreshTokens().size(), 1);
        QVERIFY(m_zoho->revokedTokens().contains(m_zoho->issuedRefreshTokens().first()));
        for (const auto &request : m_zoho->requests())
            QVERIFY(request.path != QLatin1String("/oauth/user/info"));
        if (json) {
            QCOMPARE(result.json().value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
            QCOMPARE(result.json().value(QStringLiteral("stored")).toBool(true), false);
            QCOMPARE(result.json().value(QStringLiteral("revoked")).toArray().first().toString(), QStringLiteral("refresh_token"));
        }
        QVERIFY2(result.err.contains(QLatin1String("Interrupted: the test sign-in was removed from Zoho")) || json,
                 qPrintable(result.transcript()));
    } else {
        QVERIFY(m_zoho->issuedRefreshTokens().isEmpty());
        QVERIFY2(result.err.contains(QLatin1String("nothing was left behind")), qPrintable(result.transcript()));
    }
    QVERIFY(!keychainItem().contains(verifyClientId.toUtf8())); // nothing stored
    // The last verification, as support will read it: the interruption, not the earlier check.
    const Outcome report = run({QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--data-center"),
                                QStringLiteral("eu")});
    const QJsonObject last = report.json().value(QStringLiteral("last_verification")).toObject();
    QVERIFY2(last.value(QStringLiteral("cause")).toString() == QLatin1String("interrupted"), qPrintable(report.out));
}

void TestCommandLine::secondInterruptEndsAtOnce()
{
#if !defined(Q_OS_UNIX)
    QSKIP("POSIX signals: on Windows, Ctrl-C and a closed console reach the program through its console, "
          "which a QProcess child does not share with the test");
#endif
    // Zoho never answers the exchange; the first Ctrl-C waits for it (its deadline is a minute),
    // the second ends the program at once.
    const QString port = QString::number(LoopbackPorts::unused());
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"),
                       {hotglue, QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port)}, false});
    m_zoho->setFault(QStringLiteral("eu"), Fault::Hang, ZohoAccountsEmulator::Endpoint::CodeExchange);
    m_signal = SIGINT;
    m_signalCount = 2;
    m_signalAtExchange = true;
    m_playBrowser = true;
    const Outcome result = run({QStringLiteral("verify"), QStringLiteral("--no-browser"), QStringLiteral("--data-center"),
                                QStringLiteral("eu"), QStringLiteral("--timeout"), QStringLiteral("60")},
                               twoLines(verifyClientId, secret), {{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}});
    m_playBrowser = false;
    m_signal = 0;
    m_signalCount = 1;
    m_signalAtExchange = false;
    // Ended by the second signal, before the exchange's deadline (the run would be killed after 15 s).
    VERIFY_EXIT(result, 130);
}

QTEST_GUILESS_MAIN(TestCommandLine)
void TestCommandLine::crowdedPortIsNamedAndTheAnswerStillArrives()
{
    // Another program holds many connections open to the sign-in's port. The command says so in
    // words (standard input is a pipe here: a note, no prompt), and the browser's answer, still
    // served, finishes the sign-in.
    const quint16 port = LoopbackPorts::unused();
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"),
                       {hotglue, QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port)}, false});
    m_playBrowser = true;
    m_crowdPort = port;
    const Outcome result = run({QStringLiteral("verify"), QStringLiteral("--no-browser"), QStringLiteral("--data-center"),
                                QStringLiteral("eu")},
                               twoLines(verifyClientId, secret),
                               {{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), QString::number(port)}});
    m_playBrowser = false;
    m_crowdPort = 0;
    qInfo() << "verify with a crowded port took" << result.elapsedMs << "ms";
    VERIFY_EXIT(result, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Another program on this computer is flooding port %1").arg(port)),
             qPrintable(result.transcript()));
    QVERIFY2(result.out.contains(QLatin1String("run verify in a terminal")), qPrintable(result.transcript()));
    QVERIFY2(!result.err.contains(QLatin1String("Address: ")), qPrintable(result.transcript()));
    QVERIFY2(result.out.contains(QLatin1String("jane@example.com")), qPrintable(result.transcript()));
}

#include "tst_commandline.moc"

