#include "logfile.h"

#include "logredaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <memory>

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

QString fileName(int index)
{
    const QString base = state().directory + QStringLiteral("/zoho-onboarding.log");
    return index == 0 ? base : base + QLatin1Char('.') + QString::number(index);
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

bool openCurrent()
{
    State &s = state();
    s.file = std::make_unique<QFile>(fileName(0));
    if (!s.file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        s.file.reset();
        return false;
    }
    // Only the user reads their log: it says which servers were asked and when.
    s.file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
    const QString redacted = LogRedaction::redact(message);
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
    }
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
    {
        QMutexLocker lock(&s.mutex);
        s.directory = directory;
        s.maxFileSize = qMax<qint64>(1024, maxFileSize);
        s.maxFiles = qMax(1, maxFiles);
        s.verbose = verbose;
        s.forwardAll = qEnvironmentVariableIsSet("QT_LOGGING_RULES") || qEnvironmentVariableIsSet("QT_LOGGING_CONF");
        if (!QDir().mkpath(directory) || !openCurrent())
            s.file.reset();
    }
    // The categories are quiet below warnings by default; the file wants info (and debug on request).
    // Rules from QT_LOGGING_RULES still come after these and win.
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("zoho.*.debug=true\nzoho.*.info=true")
                                             : QStringLiteral("zoho.*.info=true"));
    const QtMessageHandler old = qInstallMessageHandler(handleMessage);
    if (old != handleMessage)
        s.previous = old;
    return s.file != nullptr;
}

void LogFile::uninstall()
{
    State &s = state();
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    QMutexLocker lock(&s.mutex);
    s.file.reset();
}

QString LogFile::currentPath()
{
    QMutexLocker lock(&state().mutex);
    return state().file ? state().file->fileName() : QString();
}
