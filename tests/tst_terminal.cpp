// The command line's standard input, end to end: the real zoho-onboarding binary on a
// pseudo-terminal (the test is the person: it reads the screen and types or pastes), or fed by a
// pipe, against the emulator of Zoho's accounts servers on loopback and a private Secret Service.
// The oracles are the program's own: what it printed, what the terminal's settings are after it,
// its exit status, what it sent to the emulator, and its own peak memory (wait4's ru_maxrss).
// Deadlines here only keep a broken program from hanging the suite.

#include "loopbackports.h"
#include "programundertest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

namespace {

using ProgramClient::clientId;
using ProgramClient::clientIdMasked;
using ProgramClient::secret;
using ProgramClient::verifyClientId;
const QString hotglue = SampleClient::redirectUri;

// Only a guard against a program that hangs: every run here ends by itself long before.
constexpr int hangGuardMs = 45000;

void setNonBlocking(int fd)
{
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    fcntl(fd, F_SETFD, FD_CLOEXEC);
}

// One run of the binary, started with fork and exec so that its own resource use can be read
// back with wait4: on a pseudo-terminal (standard input, output and error), or with standard input
// from a pipe the test feeds and the two outputs on pipes of their own.
class Run
{
public:
    enum class Input { Terminal, Pipe };

    ~Run()
    {
        if (m_pid > 0 && !m_exited) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
        for (int fd : {m_master, m_slave, m_stdinWrite, m_stdoutRead, m_stderrRead})
            if (fd >= 0)
                close(fd);
    }

    bool start(const QStringList &argv, const QProcessEnvironment &environment, Input input)
    {
        std::vector<std::string> arguments;
        for (const QString &argument : argv)
            arguments.push_back(argument.toStdString());
        std::vector<std::string> variables;
        for (const QString &variable : environment.toStringList())
            variables.push_back(variable.toStdString());
        std::vector<char *> argumentPointers;
        argumentPointers.reserve(arguments.size() + 1);
        for (std::string &argument : arguments)
            argumentPointers.push_back(argument.data());
        argumentPointers.push_back(nullptr);
        std::vector<char *> variablePointers;
        variablePointers.reserve(variables.size() + 1);
        for (std::string &variable : variables)
            variablePointers.push_back(variable.data());
        variablePointers.push_back(nullptr);

        std::string slaveName;
        int inPipe[2] = {-1, -1};
        int outPipe[2] = {-1, -1};
        int errPipe[2] = {-1, -1};
        if (input == Input::Terminal) {
            m_master = posix_openpt(O_RDWR | O_NOCTTY);
            if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0 || ptsname(m_master) == nullptr)
                return false;
            slaveName = ptsname(m_master);
            // The test keeps the terminal open too: its settings stay readable after the program.
            m_slave = open(slaveName.c_str(), O_RDWR | O_NOCTTY | O_CLOEXEC);
            if (m_slave < 0)
                return false;
            setNonBlocking(m_master);
        } else if (pipe(inPipe) != 0 || pipe(outPipe) != 0 || pipe(errPipe) != 0) {
            return false;
        }
        // None of these reaches the program but as its standard streams (dup2 clears the flag):
        // a program holding its own input's write end would never see the end.
        for (const int fd : {inPipe[0], inPipe[1], outPipe[0], outPipe[1], errPipe[0], errPipe[1]})
            if (fd >= 0)
                fcntl(fd, F_SETFD, FD_CLOEXEC);

        m_pid = fork();
        if (m_pid < 0)
            return false;
        if (m_pid == 0) {
            // The child: only async-signal-safe calls until exec.
            setsid();
            if (input == Input::Terminal) {
                const int terminal = open(slaveName.c_str(), O_RDWR); // becomes the controlling terminal
                if (terminal < 0)
                    _exit(120);
                dup2(terminal, STDIN_FILENO);
                dup2(terminal, STDOUT_FILENO);
                dup2(terminal, STDERR_FILENO);
            } else {
                dup2(inPipe[0], STDIN_FILENO);
                dup2(outPipe[1], STDOUT_FILENO);
                dup2(errPipe[1], STDERR_FILENO);
            }
            signal(SIGPIPE, SIG_DFL);
            execve(argumentPointers[0], argumentPointers.data(), variablePointers.data());
            _exit(127);
        }

        if (input == Input::Terminal) {
            watch(m_master, &m_screen);
        } else {
            close(inPipe[0]);
            close(outPipe[1]);
            close(errPipe[1]);
            m_stdinWrite = inPipe[1];
            m_stdoutRead = outPipe[0];
            m_stderrRead = errPipe[0];
            for (int fd : {m_stdinWrite, m_stdoutRead, m_stderrRead})
                setNonBlocking(fd);
            watch(m_stdoutRead, &m_stdout);
            watch(m_stderrRead, &m_stderr);
        }
        return true;
    }

    // What a person types or pastes at the terminal.
    void type(const QByteArray &keys) const { QCOMPARE(write(m_master, keys.constData(), size_t(keys.size())), ssize_t(keys.size())); }

    // Feeds standard input `total` bytes made of `pattern` repeated, as fast as the program takes
    // them, then closes it; stops when the program no longer reads (it has gone).
    void feed(const QByteArray &pattern, qint64 total)
    {
        m_feedPattern = pattern;
        while (m_feedPattern.size() < qsizetype(64) * 1024)
            m_feedPattern += pattern;
        m_feedLeft = total;
        m_feeder = std::make_unique<QSocketNotifier>(m_stdinWrite, QSocketNotifier::Write);
        QObject::connect(m_feeder.get(), &QSocketNotifier::activated, m_feeder.get(), [this] { feedMore(); });
    }

    void closeInput()
    {
        close(m_stdinWrite);
        m_stdinWrite = -1;
    }

    bool waitForScreen(const QString &text)
    {
        return QTest::qWaitFor([&] { return screen().contains(text) || exited(); }, hangGuardMs)
            && screen().contains(text);
    }

    bool waitForExit() { return QTest::qWaitFor([&] { return exited(); }, hangGuardMs); }

    bool echoes() const
    {
        termios settings{};
        return tcgetattr(m_slave, &settings) == 0 && (settings.c_lflag & ECHO) != 0;
    }

    // The terminal's screen as text, the terminal's "\r\n" as "\n".
    QString screen() const { return QString::fromUtf8(m_screen).replace(QLatin1String("\r\n"), QLatin1String("\n")); }
    QByteArray standardOutput() const { return m_stdout; }
    QString standardError() const { return QString::fromUtf8(m_stderr); }
    bool exitedWith(int code) const { return m_exited && WIFEXITED(m_status) && WEXITSTATUS(m_status) == code; }
    // The program's own peak resident size, in KiB.
    long peakKiB() const { return m_usage.ru_maxrss; }

    // The one JSON object in what the program printed (with --json on a terminal, the person's
    // lines surround it).
    QJsonObject json() const
    {
        const QByteArray text = m_master >= 0 ? screen().toUtf8() : m_stdout;
        const qsizetype from = text.indexOf('{');
        const qsizetype to = text.lastIndexOf('}');
        if (from < 0 || to < from)
            return {};
        return QJsonDocument::fromJson(text.mid(from, to - from + 1)).object();
    }

    QString transcript() const
    {
        QString status = QStringLiteral("still running");
        if (m_exited)
            status = WIFEXITED(m_status) ? QStringLiteral("exit %1").arg(WEXITSTATUS(m_status))
                                         : QStringLiteral("killed by signal %1").arg(WTERMSIG(m_status));
        return QStringLiteral("%1, peak %2 KiB\n--- terminal ---\n%3\n--- stdout ---\n%4\n--- stderr ---\n%5")
            .arg(status)
            .arg(m_usage.ru_maxrss)
            .arg(screen(), QString::fromUtf8(m_stdout), QString::fromUtf8(m_stderr));
    }

private:
    struct Stream
    {
        int fd = -1;
        QByteArray *into = nullptr;
        std::unique_ptr<QSocketNotifier> notifier;
    };

    void watch(int fd, QByteArray *into)
    {
        auto stream = std::make_unique<Stream>();
        stream->fd = fd;
        stream->into = into;
        stream->notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
        Stream *raw = stream.get();
        QObject::connect(raw->notifier.get(), &QSocketNotifier::activated, raw->notifier.get(), [raw] { drain(raw); });
        m_streams.push_back(std::move(stream));
    }

    static void drain(Stream *stream)
    {
        if (!stream->notifier->isEnabled())
            return;
        for (;;) {
            char buffer[4096];
            const ssize_t count = read(stream->fd, buffer, sizeof buffer);
            if (count > 0) {
                stream->into->append(buffer, count);
                continue;
            }
            if (count == 0 || errno != EAGAIN)
                stream->notifier->setEnabled(false); // the end
            return;
        }
    }

    void feedMore()
    {
        while (m_feedLeft > 0) {
            const qint64 size = std::min<qint64>(m_feedLeft, m_feedPattern.size());
            const ssize_t count = write(m_stdinWrite, m_feedPattern.constData(), size_t(size));
            if (count < 0) {
                if (errno == EAGAIN)
                    return;
                break; // EPIPE: the program stopped reading and went
            }
            m_fed += count;
            m_feedLeft -= count;
        }
        m_feeder.release()->deleteLater(); // from inside its own signal
        closeInput();
    }

    bool exited()
    {
        if (!m_exited && wait4(m_pid, &m_status, WNOHANG, &m_usage) == m_pid)
            m_exited = true;
        if (m_exited) {
            // What is still on its way from the program.
            for (const auto &stream : m_streams)
                drain(stream.get());
        }
        return m_exited;
    }

    pid_t m_pid = -1;
    int m_master = -1;
    int m_slave = -1;
    int m_stdinWrite = -1;
    int m_stdoutRead = -1;
    int m_stderrRead = -1;
    bool m_exited = false;
    int m_status = 0;
    rusage m_usage{};
    QByteArray m_screen;
    QByteArray m_stdout;
    QByteArray m_stderr;
    std::vector<std::unique_ptr<Stream>> m_streams;
    std::unique_ptr<QSocketNotifier> m_feeder;
    QByteArray m_feedPattern;
    qint64 m_feedLeft = 0;
    qint64 m_fed = 0;
};

} // namespace

class TestTerminal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void bothValuesPastedAtTheClientIdPrompt_data();
    void bothValuesPastedAtTheClientIdPrompt();
    void ctrlCAtTheHiddenPromptRestoresTheEcho_data();
    void ctrlCAtTheHiddenPromptRestoresTheEcho();
    void oversizedInputIsRefusedSmall_data();
    void oversizedInputIsRefusedSmall();
    void busyPortEndsAtTheConsentDeadlineOnATerminal();
    void busyPortTakesThePastedAddress();

private:
    QProcessEnvironment environment(const QHash<QString, QString> &changes = {}) const;
    QString m_binary;
    ProgramUnderTest m_program;
    ZohoAccountsEmulator *m_zoho = nullptr; // m_program's, new for each test
};

void TestTerminal::initTestCase()
{
    QString problem;
    m_binary = ProgramUnderTest::binary(&problem);
    QVERIFY2(!m_binary.isEmpty(), qPrintable(problem));
    // Feeding a program that has gone gives EPIPE here, not a signal.
    std::signal(SIGPIPE, SIG_IGN);
}

void TestTerminal::init()
{
    QVERIFY2(m_program.startZoho(), qPrintable(m_program.errorString()));
    m_zoho = &m_program.zoho();
}

QProcessEnvironment TestTerminal::environment(const QHash<QString, QString> &changes) const
{
    // English screens, and no log lines among them.
    ProgramUnderTest::Environment all{{QStringLiteral("LANGUAGE"), QStringLiteral("en")},
                                      {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")},
                                      {QStringLiteral("QT_LOGGING_RULES"), QString()}};
    all.insert(changes);
    return m_program.environment(all);
}

void TestTerminal::bothValuesPastedAtTheClientIdPrompt_data()
{
    QTest::addColumn<QByteArray>("paste");
    const QByteArray id = clientId.toUtf8();
    const QByteArray s = secret.toUtf8();
    // A terminal sends Enter as "\r"; a paste of lines copied elsewhere may hold "\n".
    QTest::newRow("two lines, Enter") << id + '\r' + s + '\r';
    QTest::newRow("two lines, newline") << id + '\n' + s + '\n';
    QTest::newRow("labels on lines of their own") << "Client ID:\r" + id + "\rClient Secret:\r" + s + '\r';
}

void TestTerminal::bothValuesPastedAtTheClientIdPrompt()
{
    QFETCH(QByteArray, paste);
    Run run;
    QVERIFY(run.start({m_binary, QStringLiteral("check"), QStringLiteral("--json")}, environment(), Run::Input::Terminal));
    QVERIFY2(run.waitForScreen(QStringLiteral("Client ID: ")), qPrintable(run.transcript()));
    run.type(paste);
    QVERIFY2(run.waitForExit(), qPrintable(run.transcript()));
    // Both used: Zoho was asked about these two values, and said yes.
    QVERIFY2(run.exitedWith(0), qPrintable(run.transcript()));
    QCOMPARE(run.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(run.json().value(QStringLiteral("client_id_masked")).toString(), clientIdMasked);
    // Neither shown: the screen holds the masked Client ID only, never the secret.
    QVERIFY2(!run.screen().contains(secret), qPrintable(run.transcript()));
    QVERIFY2(!run.screen().contains(clientId), qPrintable(run.transcript()));
    QVERIFY2(run.screen().contains(QStringLiteral("Client ID: ") + clientIdMasked), qPrintable(run.transcript()));
    QVERIFY(run.echoes());
}

void TestTerminal::ctrlCAtTheHiddenPromptRestoresTheEcho_data()
{
    QTest::addColumn<bool>("underDash");
    QTest::newRow("the program alone") << false;
    // dash, unlike an interactive bash, puts nothing back after a command.
    QTest::newRow("dash -c") << true;
}

void TestTerminal::ctrlCAtTheHiddenPromptRestoresTheEcho()
{
    QFETCH(bool, underDash);
    const QString dash = QStandardPaths::findExecutable(QStringLiteral("dash"));
    if (underDash && dash.isEmpty())
        QSKIP("dash is not installed");
    const QStringList command = underDash
        ? QStringList{dash, QStringLiteral("-c"), QStringLiteral("\"$0\" check; echo \"status: $?\""), m_binary}
        : QStringList{m_binary, QStringLiteral("check")};
    Run run;
    QVERIFY(run.start(command, environment(), Run::Input::Terminal));
    QVERIFY2(run.waitForScreen(QStringLiteral("Client ID: ")), qPrintable(run.transcript()));
    run.type(clientId.toUtf8() + '\r');
    QVERIFY2(run.waitForScreen(QStringLiteral("Client Secret (not shown): ")), qPrintable(run.transcript()));
    QVERIFY2(QTest::qWaitFor([&] { return !run.echoes(); }, hangGuardMs), "the secret's prompt never hid the input");
    run.type("\x03"); // Ctrl-C: the terminal sends SIGINT to the program (and to dash)
    QVERIFY2(run.waitForExit(), qPrintable(run.transcript()));
    // The program may outlive dash by a moment: wait for the echo, within the hang guard only.
    QVERIFY2(QTest::qWaitFor([&] { return run.echoes(); }, hangGuardMs), qPrintable(run.transcript()));
    if (!underDash)
        QVERIFY2(run.exitedWith(130), qPrintable(run.transcript()));
    QVERIFY(m_zoho->requests().isEmpty());
}

void TestTerminal::oversizedInputIsRefusedSmall_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<qint64>("total");
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("store"), QStringLiteral("verify")}) {
        QTest::addRow("%s, one line of 200 MB", qPrintable(command)) << command << QByteArray("a") << qint64(200) * 1000 * 1000;
        QTest::addRow("%s, 40 MB of short lines", qPrintable(command)) << command << QByteArray("abc\n") << qint64(40) * 1000 * 1000;
    }
}

void TestTerminal::oversizedInputIsRefusedSmall()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, pattern);
    QFETCH(qint64, total);

    // The same command with a small malformed paste: what the program needs anyway.
    Run small;
    QVERIFY(small.start({m_binary, command, QStringLiteral("--json")}, environment(), Run::Input::Pipe));
    small.feed("not a client id\n", 16);
    QVERIFY2(small.waitForExit(), qPrintable(small.transcript()));
    QVERIFY2(small.exitedWith(1), qPrintable(small.transcript()));

    Run run;
    QVERIFY(run.start({m_binary, command, QStringLiteral("--json")}, environment(), Run::Input::Pipe));
    run.feed(pattern, total);
    QVERIFY2(run.waitForExit(), qPrintable(run.transcript()));
    QVERIFY2(run.exitedWith(1), qPrintable(run.transcript()));
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("malformed"));
    QCOMPARE(json.value(QStringLiteral("cause")).toString(), QStringLiteral("input_too_long"));
    QVERIFY2(json.value(QStringLiteral("message")).toString().contains(QLatin1String("too long")), qPrintable(run.transcript()));
    // Nothing of it was used: Zoho was asked nothing, nothing was stored.
    QVERIFY(m_zoho->requests().isEmpty());
    if (command == QLatin1String("store"))
        QCOMPARE(json.value(QStringLiteral("stored")).toBool(true), false);
    // Its memory stayed that of a small paste, whatever came: the reading stops at 64 KiB.
    QVERIFY2(run.peakKiB() < small.peakKiB() + 8L * 1024,
             qPrintable(QStringLiteral("peak %1 KiB against %2 KiB for a small paste\n").arg(run.peakKiB()).arg(small.peakKiB())
                        + run.transcript()));
}

void TestTerminal::busyPortEndsAtTheConsentDeadlineOnATerminal()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    const QString port = QString::number(squatter.serverPort());
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"),
                       {hotglue, QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port)}, false});
    Run run;
    QVERIFY(run.start({m_binary, QStringLiteral("verify"), QStringLiteral("--no-browser"), QStringLiteral("--json"),
                       QStringLiteral("--consent-timeout"), QStringLiteral("3")},
                      environment({{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}}), Run::Input::Terminal));
    QVERIFY2(run.waitForScreen(QStringLiteral("Client ID: ")), qPrintable(run.transcript()));
    run.type((verifyClientId + QLatin1Char('\r') + secret + QLatin1Char('\r')).toUtf8());
    QVERIFY2(run.waitForScreen(QStringLiteral("Address: ")), qPrintable(run.transcript()));
    // Nobody pastes anything: the sign-in's own deadline ends it, the terminal waiting or not.
    QVERIFY2(run.waitForExit(), qPrintable(run.transcript()));
    QVERIFY2(run.exitedWith(1), qPrintable(run.transcript()));
    // Not Zoho's silence: nobody came back from the browser (issue 19's consent_timeout).
    QCOMPARE(run.json().value(QStringLiteral("status")).toString(), QStringLiteral("sign_in_failed"));
    QCOMPARE(run.json().value(QStringLiteral("cause")).toString(), QStringLiteral("consent_timeout"));
    QVERIFY(run.screen().contains(QStringLiteral("Port %1").arg(port)));
    QVERIFY(run.echoes());
}

void TestTerminal::busyPortTakesThePastedAddress()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    const QString port = QString::number(squatter.serverPort());
    m_zoho->addClient({verifyClientId, secret, QStringLiteral("eu"),
                       {hotglue, QStringLiteral("http://127.0.0.1:%1/zoho-onboarding/callback").arg(port)}, false});
    Run run;
    QVERIFY(run.start({m_binary, QStringLiteral("verify"), QStringLiteral("--no-browser"), QStringLiteral("--json")},
                      environment({{QStringLiteral("ZOHO_ONBOARDING_SIGNIN_PORT"), port}}), Run::Input::Terminal));
    QVERIFY2(run.waitForScreen(QStringLiteral("Client ID: ")), qPrintable(run.transcript()));
    run.type((verifyClientId + QLatin1Char('\r') + secret + QLatin1Char('\r')).toUtf8());
    QVERIFY2(run.waitForScreen(QStringLiteral("Address: ")), qPrintable(run.transcript()));

    // The person at the browser: Zoho's consent page sends the browser to the busy port, whose
    // address they copy from the address bar.
    QUrl signInPage;
    for (const QString &line : run.screen().split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("http")) && line.contains(QLatin1String("/oauth/v2/auth?")))
            signInPage = QUrl::fromEncoded(line.trimmed().toUtf8());
    }
    QVERIFY2(signInPage.isValid(), qPrintable(run.transcript()));
    QNetworkAccessManager browser;
    QNetworkRequest request(signInPage);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = browser.get(request);
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, hangGuardMs));
    const QByteArray landedOn = reply->rawHeader("Location");
    reply->deleteLater();
    QVERIFY2(landedOn.contains("code="), landedOn.constData());

    // A wrong paste first: said so, and asked again.
    run.type("https://example.com/not-it\r");
    QVERIFY2(QTest::qWaitFor([&] { return run.screen().count(QStringLiteral("Address: ")) >= 2; }, hangGuardMs),
             qPrintable(run.transcript()));
    run.type(landedOn + '\r');
    QVERIFY2(run.waitForExit(), qPrintable(run.transcript()));
    QVERIFY2(run.exitedWith(0), qPrintable(run.transcript()));
    QCOMPARE(run.json().value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    QVERIFY(!run.screen().contains(secret));
}

QTEST_GUILESS_MAIN(TestTerminal)
#include "tst_terminal.moc"
