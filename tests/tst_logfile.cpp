// The log file: written where the platform keeps application data, info by default and debug on
// request, rotated into a few files of bounded size, and a careless log call with a secret in it
// leaves no trace of the secret in any file.

#include "logfile.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcTestLog, "zoho.test.log", QtWarningMsg)

namespace {
const QString secret = QStringLiteral("5f1e3c9a0b7d24e6a8c1f0d3b5e7a9c2d4f6b8e0a1");
const QString token = QStringLiteral("1000.3e1b9b2d5c4a6f7e8d9c0b1a2f3e4d5c.6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d");

QByteArray allLogs(const QString &directory)
{
    QByteArray all;
    for (const QFileInfo &info : QDir(directory).entryInfoList(QDir::Files)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}
// Warnings that reach the terminal (the handler before the log file's), while it lives.
class Terminal
{
public:
    Terminal()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(capture);
    }
    ~Terminal() { qInstallMessageHandler(m_previous); }
    Terminal(const Terminal &) = delete;
    Terminal &operator=(const Terminal &) = delete;
    static QStringList lines() { return s_lines; }

private:
    static void capture(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg)
            s_lines.append(message);
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

#if defined(Q_OS_UNIX)
// The tests that plant what the log must refuse are POSIX-only (symlinks, modes, owners).
int refusals()
{
    const QStringList lines = Terminal::lines();
    return int(std::count_if(lines.cbegin(), lines.cend(),
                             [](const QString &line) { return line.contains(QLatin1String("no log file is written")); }));
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : mode_t(-1);
}
#endif

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void defaultDirectory();
    void infoByDefaultDebugWhenVerbose_data();
    void infoByDefaultDebugWhenVerbose();
    void carelessCallsLeakNothing();
    void rotatesWithinBounds();
    void verboseSetting();
    void plantedLinkIsNotFollowed_data();
    void plantedLinkIsNotFollowed();
    void plantedFifoOrFolderIsRefused_data();
    void plantedFifoOrFolderIsRefused();
    void logsAreTheUsersAloneFromTheStart();
    void plantedLinkAtARotatedNameIsReplacedNotFollowed();
    void quotedTextCannotForgeLinesOrSteerATerminal();
};

void TestLogFile::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Optiply"));
    QCoreApplication::setApplicationName(QStringLiteral("zoho-onboarding"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestLogFile::cleanup()
{
    LogFile::uninstall();
}

void TestLogFile::defaultDirectory()
{
    const QString dir = LogFile::defaultDirectory();
    QVERIFY2(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)), qPrintable(dir));
    QVERIFY(dir.endsWith(QLatin1String("/logs")));
}

void TestLogFile::infoByDefaultDebugWhenVerbose_data()
{
    QTest::addColumn<bool>("verbose");
    QTest::newRow("default") << false;
    QTest::newRow("verbose") << true;
}

void TestLogFile::infoByDefaultDebugWhenVerbose()
{
    QFETCH(bool, verbose);
    QTemporaryDir dir;
    QVERIFY(LogFile::install(dir.path(), verbose));
    QCOMPARE(LogFile::currentPath(), dir.filePath(QStringLiteral("zoho-onboarding.log")));
    qCDebug(lcTestLog) << "a debug line";
    qCInfo(lcTestLog) << "an info line";
    qCWarning(lcTestLog) << "a warning line";
    LogFile::uninstall();
    const QByteArray log = allLogs(dir.path());
    QVERIFY2(log.contains("info zoho.test.log: an info line"), log.constData());
    QVERIFY(log.contains("warning zoho.test.log: a warning line"));
    QCOMPARE(log.contains("a debug line"), verbose);
#if defined(Q_OS_UNIX)
    // Only the user may read it (on Windows the profile's folder is the user's: no mode to check).
    QCOMPARE(QFile(dir.filePath(QStringLiteral("zoho-onboarding.log"))).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
#endif
}

void TestLogFile::carelessCallsLeakNothing()
{
    QTemporaryDir dir;
    QVERIFY(LogFile::install(dir.path(), true));
    // Every way a careless call could carry one: plain qDebug, a category, a URL, a form, JSON.
    qDebug() << "secret" << secret;
    qCDebug(lcTestLog).noquote() << "exchanging code=" + token + "&client_secret=" + secret;
    qCInfo(lcTestLog) << QUrl(QStringLiteral("http://127.0.0.1:1/cb?code=%1&state=abc").arg(token));
    qCWarning(lcTestLog).noquote() << QStringLiteral(R"({"access_token":"%1","refresh_token":"%1"})").arg(token);
    qInfo().noquote() << "Authorization: Zoho-oauthtoken" << token;
    LogFile::uninstall();
    const QByteArray log = allLogs(dir.path());
    QVERIFY(log.count("[redacted]") >= 5);
    QVERIFY2(!log.contains(secret.toLatin1()), log.constData());
    QVERIFY2(!log.contains(token.toLatin1()), log.constData());
    QVERIFY2(!log.contains(token.section(QLatin1Char('.'), 1, 1).toLatin1()), log.constData());
}

void TestLogFile::rotatesWithinBounds()
{
    QTemporaryDir dir;
    const qint64 maxSize = 4096;
    const int maxFiles = 3;
    QVERIFY(LogFile::install(dir.path(), false, maxSize, maxFiles));
    for (int i = 0; i < 500; ++i)
        qCInfo(lcTestLog) << "line" << i << QString(40, QLatin1Char('x'));
    LogFile::uninstall();
    const QFileInfoList files = QDir(dir.path()).entryInfoList(QDir::Files, QDir::Name);
    QStringList names;
    for (const QFileInfo &info : files) {
        names << info.fileName();
        QVERIFY2(info.size() <= maxSize, qPrintable(QStringLiteral("%1 is %2 bytes").arg(info.fileName()).arg(info.size())));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("zoho-onboarding.log"), QStringLiteral("zoho-onboarding.log.1"),
                                 QStringLiteral("zoho-onboarding.log.2")}));
    // The newest line is in the current file, the oldest ones are gone.
    const QByteArray current = allLogs(dir.path());
    QVERIFY(current.contains("line 499 "));
    QVERIFY(!current.contains("line 0 "));
}

void TestLogFile::verboseSetting()
{
    QSettings settings;
    settings.remove(LogFile::verboseSettingKey());
    QVERIFY(!LogFile::verboseSetting());
    settings.setValue(LogFile::verboseSettingKey(), true);
    settings.sync();
    QVERIFY(LogFile::verboseSetting());
    settings.remove(LogFile::verboseSettingKey());
}

void TestLogFile::plantedLinkIsNotFollowed_data()
{
    QTest::addColumn<bool>("linkTheFolder"); // else the file
    QTest::newRow("link in place of the log") << false;
    QTest::newRow("link in place of the logs folder") << true;
}

void TestLogFile::plantedLinkIsNotFollowed()
{
#if !defined(Q_OS_UNIX)
    QSKIP("symbolic links and modes as POSIX has them");
#else
    // Another user's file (here: one of the test's, which must come out as it went in): a link to
    // it planted where the log goes, as someone could before the program runs with more rights.
    QFETCH(bool, linkTheFolder);
    QTemporaryDir home;
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(linkTheFolder ? QStringLiteral("zoho-onboarding.log")
                                                            : QStringLiteral("passwd"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("root:x:0:0\n");
    }
    QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ReadOther));
    const QString logs = home.filePath(QStringLiteral("logs"));
    if (linkTheFolder) {
        QVERIFY(QFile::link(elsewhere.path(), logs));
    } else {
        QVERIFY(QDir().mkpath(logs));
        QVERIFY(QFile::link(target, logs + QStringLiteral("/zoho-onboarding.log")));
    }

    const Terminal terminal;
    QVERIFY(!LogFile::install(logs, true));
    QVERIFY(LogFile::currentPath().isEmpty());
    qCWarning(lcTestLog) << "a line that must go nowhere but the terminal";
    qCInfo(lcTestLog) << "another";
    LogFile::uninstall();

    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("root:x:0:0\n"));
    QCOMPARE(modeOf(target), mode_t(0644));
    QCOMPARE(modeOf(elsewhere.path()), mode_t(0700)); // QTemporaryDir's, unchanged
    // Said once, where warnings go; the program went on.
    QCOMPARE(refusals(), 1);
    QVERIFY(Terminal::lines().join(QLatin1Char('\n')).contains(QLatin1String("must go nowhere")));
#endif
}

void TestLogFile::plantedFifoOrFolderIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("FIFO") << QStringLiteral("fifo");
    QTest::newRow("folder") << QStringLiteral("folder");
    QTest::newRow("hard link") << QStringLiteral("hardlink");
}

void TestLogFile::plantedFifoOrFolderIsRefused()
{
#if !defined(Q_OS_UNIX)
    QSKIP("FIFOs and hard links as POSIX has them");
#else
    QFETCH(QString, kind);
    QTemporaryDir home;
    const QString log = home.filePath(QStringLiteral("zoho-onboarding.log"));
    const QByteArray path = QFile::encodeName(log);
    const QString other = home.filePath(QStringLiteral("notes.txt"));
    if (kind == QLatin1String("fifo")) {
        // Opening a FIFO to write waits for a reader: the program must not hang on it.
        QCOMPARE(::mkfifo(path.constData(), 0644), 0);
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(log));
    } else {
        QFile notes(other);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("my notes\n");
        notes.close();
        QVERIFY(QFile::setPermissions(other, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QCOMPARE(::link(QFile::encodeName(other).constData(), path.constData()), 0);
    }
    const mode_t before = modeOf(log);

    const Terminal terminal;
    QVERIFY(!LogFile::install(home.path(), true));
    qCWarning(lcTestLog) << "a line";
    LogFile::uninstall();
    QCOMPARE(refusals(), 1);
    QCOMPARE(modeOf(log), before);
    if (kind == QLatin1String("hardlink")) {
        QFile notes(other);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("my notes\n"));
    }
#endif
}

void TestLogFile::logsAreTheUsersAloneFromTheStart()
{
#if !defined(Q_OS_UNIX)
    QSKIP("modes as POSIX has them");
#else
    // With a umask that takes nothing away, whatever the program creates has only the modes it
    // asked for at creation: a file made readable to all and narrowed afterwards would show here.
    QTemporaryDir home;
    const QString logs = home.filePath(QStringLiteral("app/logs"));
    const mode_t previous = ::umask(0);
    const bool installed = LogFile::install(logs, false);
    ::umask(previous);
    QVERIFY(installed);
    qCInfo(lcTestLog) << "a line";
    LogFile::uninstall();
    QCOMPARE(modeOf(logs), mode_t(0700));
    QCOMPARE(modeOf(logs + QStringLiteral("/zoho-onboarding.log")), mode_t(0600));
    QVERIFY(allLogs(logs).contains("a line"));

    // A folder and a log an older version made readable to others are narrowed.
    QVERIFY(QFile::setPermissions(logs, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                            | QFileDevice::ReadOther | QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(logs + QStringLiteral("/zoho-onboarding.log"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(LogFile::install(logs, false));
    LogFile::uninstall();
    QCOMPARE(modeOf(logs), mode_t(0700));
    QCOMPARE(modeOf(logs + QStringLiteral("/zoho-onboarding.log")), mode_t(0600));
#endif
}

void TestLogFile::plantedLinkAtARotatedNameIsReplacedNotFollowed()
{
#if !defined(Q_OS_UNIX)
    QSKIP("symbolic links as POSIX has them");
#else
    // Rotation renames onto .1 and removes the oldest: a link planted at either name is itself
    // replaced or removed; what it names is never written, moved or removed.
    QTemporaryDir home;
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("keep.txt"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep\n");
    }
    QVERIFY(QFile::link(target, home.filePath(QStringLiteral("zoho-onboarding.log.1"))));
    QVERIFY(QFile::link(target, home.filePath(QStringLiteral("zoho-onboarding.log.2"))));
    QVERIFY(LogFile::install(home.path(), false, 1024, 3));
    for (int i = 0; i < 100; ++i)
        qCInfo(lcTestLog) << "line" << i << QString(40, QLatin1Char('x'));
    LogFile::uninstall();
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep\n"));
    QVERIFY(!QFileInfo(home.filePath(QStringLiteral("zoho-onboarding.log.1"))).isSymLink());
    QVERIFY(!QFileInfo(home.filePath(QStringLiteral("zoho-onboarding.log.2"))).isSymLink());
    QVERIFY(allLogs(home.path()).contains("line 99 "));
#endif
}

void TestLogFile::quotedTextCannotForgeLinesOrSteerATerminal()
{
    // A server's name or a setting quoted in a log line, with a line break and escape sequences.
    QTemporaryDir dir;
    const Terminal terminal;
    QVERIFY(LogFile::install(dir.path(), false));
    qCWarning(lcTestLog).noquote() << "server said: evil\n2026-01-01T00:00:00.000Z info zoho.core.store: stored\x1b]0;PWNED\x07\x1b[2J";
    LogFile::uninstall();
    const QByteArray log = allLogs(dir.path());
    QCOMPARE(log.count('\n'), 1); // one message, one line
    QVERIFY2(!log.contains('\x1b') && !log.contains('\x07'), log.constData());
    QVERIFY2(log.contains("\\x0a2026-01-01") && log.contains("\\x1b]0;PWNED"), log.constData()); // shown, escaped
    const QString shown = Terminal::lines().join(QLatin1Char('|'));
    QVERIFY2(shown.contains(QLatin1String("server said")) && !shown.contains(QLatin1Char('\x1b'))
                 && !shown.contains(QLatin1Char('\n')),
             qPrintable(shown));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
