#include "logfile.h"

#include "logredaction.h"
#include "printabletext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <cstring>
#include <memory>
#include <utility>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

struct State
{
    QMutex mutex;
    std::unique_ptr<QFile> file;
    QString directory;
    qint64 maxFileSize = LogFile::defaultMaxFileSize;
    int maxFiles = LogFile::defaultMaxFiles;
    bool verbose = false;
    bool forwardAll = false; // a developer asked for Qt's own output with QT_LOGGING_RULES
    QtMessageHandler previous = nullptr;
#if defined(Q_OS_UNIX)
    // The logs folder, held open: files are opened, renamed and removed in it by name, so that a
    // link put in place of the folder (or of any folder above it) afterwards changes nothing.
    int directoryFd = -1;
#endif
    // Why no log is written, said once as a warning; empty when writing, or when said already.
    QString refusal;
    bool refusalSaid = false;
};

// Never destroyed: messages can arrive during static destruction at exit.
State &state()
{
    static State &s = *new State;
    return s;
}

// The thread handling a message: a message raised by the handling itself (a Qt warning from inside
// redaction, say) is dropped instead of recursing. (Not thread_local: in this PIC library that would
// make the program need the dynamic loader's TLS entry point, ld-linux, directly.)
std::atomic<Qt::HANDLE> handlingThread{nullptr};

QString baseName(int index)
{
    const QString base = QStringLiteral("zoho-onboarding.log");
    return index == 0 ? base : base + QLatin1Char('.') + QString::number(index);
}

QString fileName(int index)
{
    return state().directory + QLatin1Char('/') + baseName(index);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

// No log is written: the reason is kept, to be said once the lock is released.
bool refuse(const QString &why)
{
    State &s = state();
    s.file.reset();
    if (!s.refusalSaid)
        s.refusal = QStringLiteral("no log file is written: %1").arg(why);
    return false;
}

// The log's folder and file are the user's own, and nothing else: the program may run with more
// rights than the user whose home it writes in (sudo -E, a preserved HOME), and a link or a file
// planted there must not make it append to, or change the permissions of, anything else.
#if defined(Q_OS_UNIX)

void closeDirectory()
{
    State &s = state();
    if (s.directoryFd >= 0)
        ::close(s.directoryFd);
    s.directoryFd = -1;
}

bool openDirectory()
{
    State &s = state();
    closeDirectory();
    const QByteArray path = QFile::encodeName(s.directory);
    // The folders above are the platform's; the logs folder is made for the user alone.
    QDir().mkpath(QFileInfo(s.directory).absolutePath());
    if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST)
        return refuse(QStringLiteral("the folder %1 cannot be made (%2)").arg(s.directory, QString::fromLocal8Bit(strerror(errno))));
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return refuse(QStringLiteral("%1 is not a folder (a link, or a file)").arg(s.directory));
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::geteuid()) {
        ::close(fd);
        return refuse(QStringLiteral("the folder %1 belongs to another user").arg(s.directory));
    }
    // Only the user lists their logs.
    if ((info.st_mode & 077) != 0)
        ::fchmod(fd, 0700);
    s.directoryFd = fd;
    return true;
}

bool openCurrent()
{
    State &s = state();
    s.file.reset();
    if (s.directoryFd < 0)
        return false;
    const QByteArray name = QFile::encodeName(baseName(0));
    // Never through a link; created owner-only; a FIFO or a device answers at once instead of
    // blocking the program, and is refused below.
    const int fd = ::openat(s.directoryFd, name.constData(),
                            O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0600);
    if (fd < 0) {
        return refuse(QStringLiteral("%1 cannot be opened as a file of this user (%2)")
                          .arg(fileName(0), QString::fromLocal8Bit(strerror(errno))));
    }
    struct stat info = {};
    // A second name (a hard link) would let the log grow into a file the user keeps elsewhere.
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_uid != ::geteuid() || info.st_nlink != 1) {
        ::close(fd);
        return refuse(QStringLiteral("%1 is not a file of this user alone").arg(fileName(0)));
    }
    if ((info.st_mode & 077) != 0)
        ::fchmod(fd, 0600); // an older version made it readable to others
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    s.file = std::make_unique<QFile>();
    if (!s.file->open(fd, QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return refuse(QStringLiteral("%1 cannot be written").arg(fileName(0)));
    }
    return true;
}

// zoho-onboarding.log -> .1 -> .2 ...; the oldest beyond maxFiles is dropped. Names in the folder
// held open: renaming or removing a link acts on the link, never on what it names.
void rotate()
{
    State &s = state();
    s.file.reset();
    if (s.directoryFd < 0)
        return;
    ::unlinkat(s.directoryFd, QFile::encodeName(baseName(s.maxFiles - 1)).constData(), 0);
    for (int i = s.maxFiles - 2; i >= 0; --i) {
        ::renameat(s.directoryFd, QFile::encodeName(baseName(i)).constData(), s.directoryFd,
                   QFile::encodeName(baseName(i + 1)).constData());
    }
    openCurrent();
}

#else

void closeDirectory() {}

bool openDirectory()
{
    State &s = state();
    const QFileInfo info(s.directory);
    if (info.isSymbolicLink() || info.isJunction())
        return refuse(QStringLiteral("%1 is a link, not a folder").arg(s.directory));
    if (!QDir().mkpath(s.directory))
        return refuse(QStringLiteral("the folder %1 cannot be made").arg(s.directory));
    return true;
}

bool openCurrent()
{
    State &s = state();
    s.file.reset();
    const QFileInfo info(fileName(0));
    if (info.isSymbolicLink() || info.isJunction() || (info.exists() && !info.isFile()))
        return refuse(QStringLiteral("%1 is not a file").arg(fileName(0)));
    s.file = std::make_unique<QFile>(fileName(0));
    // Created owner-only (Qt 6.4): never readable by others, not even for a moment.
    if (!s.file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return refuse(QStringLiteral("%1 cannot be written").arg(fileName(0)));
    }
    return true;
}

// zoho-onboarding.log -> .1 -> .2 ...; the oldest beyond maxFiles is dropped.
void rotate()
{
    State &s = state();
    s.file.reset();
    QFile::remove(fileName(s.maxFiles - 1));
    for (int i = s.maxFiles - 2; i >= 0; --i) {
        if (QFile::exists(fileName(i)))
            QFile::rename(fileName(i), fileName(i + 1));
    }
    openCurrent();
}

#endif

// The reason no log is written, taken to be said once; with the lock held.
QString takeRefusal()
{
    State &s = state();
    if (s.refusal.isEmpty() || s.refusalSaid)
        return {};
    s.refusalSaid = true;
    return std::exchange(s.refusal, QString());
}

// Where warnings go (the terminal); outside the lock.
void sayRefusal(const QString &refusal)
{
    if (refusal.isEmpty())
        return;
    const QMessageLogContext context(nullptr, 0, nullptr, "zoho.core.log");
    // It names a path, which may come from the environment (HOME): printable only.
    const QString line = PrintableText::fromNetwork(refusal, PrintableText::Unsafe::Escape, 0);
    if (state().previous)
        state().previous(QtWarningMsg, context, line);
    else
        qt_message_output(QtWarningMsg, context, line);
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const Qt::HANDLE self = QThread::currentThreadId();
    if (handlingThread.load() == self)
        return;
    Qt::HANDLE idle = nullptr;
    const bool tracked = handlingThread.compare_exchange_strong(idle, self);
    const auto done = qScopeGuard([tracked] {
        if (tracked)
            handlingThread.store(nullptr);
    });
    State &s = state();
    // One line each, printable: a message can quote a server, a file name or a setting, and a line
    // break or an escape sequence in it must not forge a log line or steer the terminal that shows
    // the log (or these warnings) later.
    const QString redacted =
        PrintableText::fromNetwork(LogRedaction::redact(message), PrintableText::Unsafe::Escape, 0);
    QString refusal; // a rotation can find the log's name taken by something not to write to
    {
        QMutexLocker lock(&s.mutex);
        if (s.file && (type != QtDebugMsg || s.verbose)) {
            const QString line = QStringLiteral("%1 %2 %3: %4\n")
                                     .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                          QLatin1String(levelName(type)),
                                          QLatin1String(context.category ? context.category : "default"), redacted);
            const QByteArray bytes = line.toUtf8();
            if (s.file->size() > 0 && s.file->size() + bytes.size() > s.maxFileSize)
                rotate();
            if (s.file) {
                s.file->write(bytes);
                s.file->flush();
            }
        }
        refusal = takeRefusal();
    }
    sayRefusal(refusal);
    // The terminal keeps showing what it showed before (warnings and worse), redacted too.
    if (s.previous && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg || s.forwardAll))
        s.previous(type, context, redacted);
}

} // namespace

QString LogFile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

bool LogFile::verboseSetting()
{
    return QSettings().value(verboseSettingKey(), false).toBool();
}

bool LogFile::install(const QString &directory, bool verbose, qint64 maxFileSize, int maxFiles)
{
    State &s = state();
    QString refusal;
    {
        QMutexLocker lock(&s.mutex);
        s.directory = directory;
        s.maxFileSize = qMax<qint64>(1024, maxFileSize);
        s.maxFiles = qMax(1, maxFiles);
        s.verbose = verbose;
        s.forwardAll = qEnvironmentVariableIsSet("QT_LOGGING_RULES") || qEnvironmentVariableIsSet("QT_LOGGING_CONF");
        s.refusal.clear();
        s.refusalSaid = false;
        if (!openDirectory() || !openCurrent())
            s.file.reset();
        refusal = takeRefusal();
    }
    // The categories are quiet below warnings by default; the file wants info (and debug on request).
    // Rules from QT_LOGGING_RULES still come after these and win.
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("zoho.*.debug=true\nzoho.*.info=true")
                                             : QStringLiteral("zoho.*.info=true"));
    const QtMessageHandler old = qInstallMessageHandler(handleMessage);
    if (old != handleMessage)
        s.previous = old;
    sayRefusal(refusal);
    return s.file != nullptr;
}

void LogFile::uninstall()
{
    State &s = state();
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    QMutexLocker lock(&s.mutex);
    s.file.reset();
    closeDirectory();
}

QString LogFile::currentPath()
{
    QMutexLocker lock(&state().mutex);
    // Opened by descriptor on most systems: the file has no name of its own in Qt's eyes.
    return state().file ? fileName(0) : QString();
}
