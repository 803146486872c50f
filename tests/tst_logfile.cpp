// The log file: written where the platform keeps application data, info by default and debug on
// request, rotated into a few files of bounded size, and a careless log call with a secret in it
// leaves no trace of the secret in any file.

#include "logfile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    // Only the user may read it.
    QCOMPARE(QFile(dir.filePath(QStringLiteral("zoho-onboarding.log"))).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
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

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
