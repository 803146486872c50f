#pragma once

#include <QString>
#include <QtGlobal>

// The assistant's log: a few rotated files of bounded size in the application-data folder, at
// info level (debug on request), every line passed through LogRedaction first. Installed once,
// as Qt's message handler, so every qDebug()/qCInfo() of the program goes through it.
class LogFile
{
public:
    static constexpr qint64 defaultMaxFileSize = qint64(512) * 1024;
    static constexpr int defaultMaxFiles = 4; // the current file and three older ones

    // The QSettings key that turns on debug lines without --verbose.
    static QString verboseSettingKey() { return QStringLiteral("logging/verbose"); }
    // <AppLocalDataLocation>/logs
    static QString defaultDirectory();
    // True when the setting asks for debug lines.
    static bool verboseSetting();

    // Starts writing to `directory`/zoho-onboarding.log and installs the message handler. Lines of
    // the assistant's categories (zoho.*) are written from info up, from debug when `verbose`.
    // Returns false (and logs nothing to a file) when the folder cannot be written.
    static bool install(const QString &directory, bool verbose, qint64 maxFileSize = defaultMaxFileSize,
                        int maxFiles = defaultMaxFiles);
    // Restores the previous handler and closes the file (tests, and the end of main()).
    static void uninstall();
    // The file being written, empty when none.
    static QString currentPath();
};
