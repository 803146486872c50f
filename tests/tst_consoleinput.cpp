// ConsoleInput and InterruptNotifier in this process: standard input (descriptor 0) replaced, test by
// test, by a pipe, a file or a pseudo-terminal, as a script, a redirection or a person at a terminal
// would give it. What the reader hands on (lines, "too long", the end) is the oracle, and for the
// terminal its settings read back from the terminal itself.

#include "consoleinput.h"
#include "interruptnotifier.h"
#include "terminalecho.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <sys/wait.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

namespace {

using Result = ConsoleInput::Result;

// A pseudo-terminal: the test holds the master (the person's side) and puts the slave on
// descriptor 0.
struct PseudoTerminal
{
    int master = -1;
    int slave = -1;

    bool open()
    {
        master = posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
            return false;
        const char *name = ptsname(master);
        slave = name != nullptr ? ::open(name, O_RDWR | O_NOCTTY) : -1;
        return slave >= 0;
    }
    ~PseudoTerminal()
    {
        if (slave >= 0)
            close(slave);
        if (master >= 0)
            close(master);
    }
    bool echoes() const
    {
        termios settings{};
        return tcgetattr(slave, &settings) == 0 && (settings.c_lflag & ECHO) != 0;
    }
};

// Writes all of `data` to `fd` from a thread of its own (a pipe or terminal holds only so much),
// stopping quietly when the reader goes.
std::thread writeAll(int fd, QByteArray data)
{
    return std::thread([fd, data] {
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t count = write(fd, data.constData() + done, size_t(data.size() - done));
            if (count <= 0)
                return;
            done += count;
        }
    });
}

} // namespace

class TestConsoleInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pipeLinesComeWhenTheInputEnds();
    void pipeOverTheCapIsRefusedWhole();
    void pipeOfExactlyTheCapIsRead();
    void regularFileIsRead();
    void closedInputEndsAtOnce();
    void terminalLinesComeAsTyped();
    void terminalLineOverTheCapIsDroppedAlone();
    void nothingIsLostBetweenRequests();
    void deadlinePasses();
    void stopWaitingEndsTheWait();
    void hiddenInputTurnsEchoOffAndBack();
    void interruptionRestoresTheTerminalAndIsSignalled_data();
    void interruptionRestoresTheTerminalAndIsSignalled();
    void ignoredSignalStaysIgnored();
    void secondInterruptionEndsTheProcessAtOnce();

private:
    void putOnStandardInput(int fd);
    int m_savedStdin = -1;
};

void TestConsoleInput::initTestCase()
{
    // A writer thread whose reader has gone gets EPIPE, not a signal.
    std::signal(SIGPIPE, SIG_IGN);
}

void TestConsoleInput::init()
{
    m_savedStdin = dup(STDIN_FILENO);
    QVERIFY(m_savedStdin >= 0);
}

void TestConsoleInput::cleanup()
{
    dup2(m_savedStdin, STDIN_FILENO);
    close(m_savedStdin);
}

void TestConsoleInput::putOnStandardInput(int fd)
{
    QVERIFY(dup2(fd, STDIN_FILENO) == STDIN_FILENO);
    close(fd);
}

void TestConsoleInput::pipeLinesComeWhenTheInputEnds()
{
    int fds[2];
    QVERIFY(pipe(fds) == 0);
    putOnStandardInput(fds[0]);
    ConsoleInput input;
    QVERIFY(!input.isTerminal());
    const QByteArray text = "1000.ABC\r\n\nsecret: 5f1e\nlast without end";
    QCOMPARE(write(fds[1], text.constData(), size_t(text.size())), ssize_t(text.size()));
    // Not a line before the end: the whole input is one paste, and it may yet be too long.
    QString line;
    QCOMPARE(input.readLine(&line, QDeadlineTimer(50)), Result::TimedOut);
    close(fds[1]);
    QStringList lines;
    Result result;
    while ((result = input.readLine(&line, QDeadlineTimer(20000))) == Result::Line)
        lines.append(line);
    QCOMPARE(result, Result::Ended);
    QCOMPARE(lines, (QStringList{QStringLiteral("1000.ABC"), QString(), QStringLiteral("secret: 5f1e"),
                                 QStringLiteral("last without end")}));
    QCOMPARE(input.readLine(&line), Result::Ended); // and for ever after
}

void TestConsoleInput::pipeOverTheCapIsRefusedWhole()
{
    int fds[2];
    QVERIFY(pipe(fds) == 0);
    putOnStandardInput(fds[0]);
    ConsoleInput input;
    // Short lines, one byte more than the cap, then much more: refused as a whole, no line at all.
    QByteArray text;
    while (text.size() <= ConsoleInput::maxPasteBytes)
        text += "abc\n";
    text += QByteArray(4 * 1024 * 1024, 'x');
    std::thread writer = writeAll(fds[1], text);
    QString line;
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::TooLong);
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Ended);
    // The reader stopped: the writer is let go by closing standard input.
    dup2(m_savedStdin, STDIN_FILENO);
    writer.join();
    close(fds[1]);
}

void TestConsoleInput::pipeOfExactlyTheCapIsRead()
{
    int fds[2];
    QVERIFY(pipe(fds) == 0);
    putOnStandardInput(fds[0]);
    ConsoleInput input;
    QByteArray text = "first\n";
    text += QByteArray(ConsoleInput::maxPasteBytes - text.size() - 1, 'y') + '\n';
    QCOMPARE(text.size(), ConsoleInput::maxPasteBytes);
    std::thread writer = writeAll(fds[1], text);
    writer.join();
    close(fds[1]);
    QString line;
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Line);
    QCOMPARE(line, QStringLiteral("first"));
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Line);
    QCOMPARE(line.size(), ConsoleInput::maxPasteBytes - 7);
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Ended);
}

void TestConsoleInput::regularFileIsRead()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    // More than one chunk of the reader, and an over-long second file to show the cap holds too.
    QByteArray text;
    for (int i = 0; i < 3000; ++i)
        text += QByteArray::number(i) + '\n';
    file.write(text);
    file.flush();
    putOnStandardInput(::open(QFile::encodeName(file.fileName()).constData(), O_RDONLY));
    {
        ConsoleInput input;
        QString line;
        int count = 0;
        Result result;
        while ((result = input.readLine(&line, QDeadlineTimer(20000))) == Result::Line) {
            QCOMPARE(line, QString::number(count));
            ++count;
        }
        QCOMPARE(result, Result::Ended);
        QCOMPARE(count, 3000);
    }
    file.resize(0);
    file.seek(0);
    file.write(QByteArray(ConsoleInput::maxPasteBytes + 1, 'z'));
    file.flush();
    putOnStandardInput(::open(QFile::encodeName(file.fileName()).constData(), O_RDONLY));
    ConsoleInput input;
    QString line;
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::TooLong);
}

void TestConsoleInput::closedInputEndsAtOnce()
{
    close(STDIN_FILENO);
    ConsoleInput input;
    QString line;
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Ended);
}

void TestConsoleInput::terminalLinesComeAsTyped()
{
    PseudoTerminal terminal;
    QVERIFY(terminal.open());
    putOnStandardInput(dup(terminal.slave));
    ConsoleInput input;
    QVERIFY(input.isTerminal());
    // Two lines pasted at once: both come, the second kept for the next request.
    QCOMPARE(write(terminal.master, "one\rtwo\r", 8), ssize_t(8));
    QString line;
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Line);
    QCOMPARE(line, QStringLiteral("one"));
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Line);
    QCOMPARE(line, QStringLiteral("two"));
    // A terminal's line comes without waiting for any end.
    QCOMPARE(write(terminal.master, "three\n", 6), ssize_t(6));
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Line);
    QCOMPARE(line, QStringLiteral("three"));
    QCOMPARE(write(terminal.master, "\x04", 1), ssize_t(1)); // Ctrl-D on an empty line
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Ended);
}

void TestConsoleInput::terminalLineOverTheCapIsDroppedAlone()
{
    PseudoTerminal terminal;
    QVERIFY(terminal.open());
    // Without the line editing (whose lines the system cuts at 4 KiB), as a program in raw mode or
    // another system's terminal could deliver one.
    termios settings{};
    QVERIFY(tcgetattr(terminal.slave, &settings) == 0);
    settings.c_lflag &= ~tcflag_t(ICANON | ECHO);
    QVERIFY(tcsetattr(terminal.slave, TCSANOW, &settings) == 0);
    putOnStandardInput(dup(terminal.slave));
    ConsoleInput input;
    std::thread writer = writeAll(terminal.master, "before\n" + QByteArray(ConsoleInput::maxPasteBytes * 3, 'q')
                                                       + "\nafter\n");
    QString line;
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Line);
    QCOMPARE(line, QStringLiteral("before"));
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::TooLong);
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Line);
    QCOMPARE(line, QStringLiteral("after"));
    writer.join();
}

void TestConsoleInput::nothingIsLostBetweenRequests()
{
    // Lines taken one by one, by readLine and by take() after `available`, from one pipe chunk.
    int fds[2];
    QVERIFY(pipe(fds) == 0);
    putOnStandardInput(fds[0]);
    QCOMPARE(write(fds[1], "a\nb\nc\n", 6), ssize_t(6));
    close(fds[1]);
    ConsoleInput input;
    QString line;
    QCOMPARE(input.take(&line), Result::Nothing); // nothing is read before it is asked for
    QSignalSpy available(&input, &ConsoleInput::available);
    input.wantLine();
    QVERIFY(available.wait(20000));
    QCOMPARE(input.take(&line), Result::Line);
    QCOMPARE(line, QStringLiteral("a"));
    QCOMPARE(input.readLine(&line), Result::Line);
    QCOMPARE(line, QStringLiteral("b"));
    QCOMPARE(input.take(&line), Result::Line);
    QCOMPARE(line, QStringLiteral("c"));
    QCOMPARE(input.take(&line), Result::Ended);
}

void TestConsoleInput::deadlinePasses()
{
    PseudoTerminal terminal;
    QVERIFY(terminal.open());
    putOnStandardInput(dup(terminal.slave));
    ConsoleInput input;
    // Meanwhile the event loop runs: a timer set before the wait fires within it.
    bool timerFired = false;
    QTimer::singleShot(0, this, [&] { timerFired = true; });
    QString line;
    QCOMPARE(input.readLine(&line, QDeadlineTimer(100)), Result::TimedOut);
    QVERIFY(timerFired);
    // What comes after the deadline is still there for the next request.
    QCOMPARE(write(terminal.master, "late\n", 5), ssize_t(5));
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Line);
    QCOMPARE(line, QStringLiteral("late"));
}

void TestConsoleInput::stopWaitingEndsTheWait()
{
    PseudoTerminal terminal;
    QVERIFY(terminal.open());
    putOnStandardInput(dup(terminal.slave));
    ConsoleInput input;
    QTimer::singleShot(0, &input, &ConsoleInput::stopWaiting);
    QString line;
    QCOMPARE(input.readLine(&line), Result::Stopped);
    QCOMPARE(write(terminal.master, "still usable\n", 13), ssize_t(13));
    QCOMPARE(input.readLine(&line, QDeadlineTimer(20000)), Result::Line);
    QCOMPARE(line, QStringLiteral("still usable"));
}

void TestConsoleInput::hiddenInputTurnsEchoOffAndBack()
{
    PseudoTerminal terminal;
    QVERIFY(terminal.open());
    putOnStandardInput(dup(terminal.slave));
    QVERIFY(terminal.echoes());
    {
        ConsoleInput input;
        QVERIFY(input.setHidden(true));
        QVERIFY(!terminal.echoes());
        QVERIFY(input.setHidden(false));
        QVERIFY(terminal.echoes());
        QVERIFY(input.setHidden(true));
        QVERIFY(!terminal.echoes());
    }
    // The reader gone, the echo is back.
    QVERIFY(terminal.echoes());
    // Nothing hidden: restoring touches nothing.
    Platform::restoreTerminal();
    QVERIFY(terminal.echoes());
}

void TestConsoleInput::interruptionRestoresTheTerminalAndIsSignalled_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("status");
    QTest::newRow("Ctrl-C") << SIGINT << 130;
    QTest::newRow("SIGTERM") << SIGTERM << 143;
    QTest::newRow("terminal closed") << SIGHUP << 129;
}

void TestConsoleInput::interruptionRestoresTheTerminalAndIsSignalled()
{
    QFETCH(int, signalNumber);
    QFETCH(int, status);
    PseudoTerminal terminal;
    QVERIFY(terminal.open());
    putOnStandardInput(dup(terminal.slave));
    ConsoleInput input;
    QVERIFY(input.setHidden(true));
    struct sigaction before = {};
    QVERIFY(sigaction(signalNumber, nullptr, &before) == 0);
    {
        InterruptNotifier notifier;
        QVERIFY(notifier.isActive());
        QSignalSpy interrupted(&notifier, &InterruptNotifier::interrupted);
        QVERIFY(std::raise(signalNumber) == 0);
        // At the signal itself, before the event loop has run: the echo is back.
        QVERIFY(terminal.echoes());
        QVERIFY(interrupted.wait(20000));
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(interrupted.first().first().toInt(), status);
    }
    // The notifier gone, the handler from before it (Qt Test's own, here) is back.
    struct sigaction current = {};
    QVERIFY(sigaction(signalNumber, nullptr, &current) == 0);
    QVERIFY(current.sa_handler == before.sa_handler);
}

void TestConsoleInput::ignoredSignalStaysIgnored()
{
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    struct sigaction before = {};
    QVERIFY(sigaction(SIGHUP, &ignore, &before) == 0);
    {
        InterruptNotifier notifier;
        QSignalSpy interrupted(&notifier, &InterruptNotifier::interrupted);
        QVERIFY(std::raise(SIGHUP) == 0);
        QVERIFY(!interrupted.wait(200));
    }
    struct sigaction after = {};
    QVERIFY(sigaction(SIGHUP, &before, &after) == 0);
    QVERIFY(after.sa_handler == SIG_IGN);
}

void TestConsoleInput::secondInterruptionEndsTheProcessAtOnce()
{
    PseudoTerminal terminal;
    QVERIFY(terminal.open());
    // In a child: it ends by the second Ctrl-C, with the terminal put back first.
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        dup2(terminal.slave, STDIN_FILENO);
        Platform::HiddenInput hidden;
        if (!hidden.isActive())
            _exit(90);
        InterruptNotifier notifier;
        if (!notifier.isActive())
            _exit(91);
        std::raise(SIGINT); // the first waits for the event loop, which never runs here
        std::raise(SIGINT);
        _exit(92);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY2(WIFEXITED(status), "the child was killed rather than ending by itself");
    QCOMPARE(WEXITSTATUS(status), 130);
    QVERIFY(terminal.echoes());
}

QTEST_GUILESS_MAIN(TestConsoleInput)
#include "tst_consoleinput.moc"
