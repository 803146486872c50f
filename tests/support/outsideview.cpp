#include "outsideview.h"

#include "secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>

namespace OutsideView {

namespace {
QByteArray secretTool(const QString &verb, const QString &service)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {verb, QStringLiteral("server"), service, QStringLiteral("user"),
                                               SecretStore::itemKey()});
    if (!tool.waitForFinished(10000)) {
        tool.kill();
        return QByteArrayLiteral("<secret-tool hung>");
    }
    return tool.readAllStandardOutput();
}
} // namespace

QByteArray keychainItem(const QString &service)
{
    return secretTool(QStringLiteral("lookup"), service);
}

void clearKeychain(const QString &service)
{
    secretTool(QStringLiteral("clear"), service);
}

QString sandbox()
{
    return qEnvironmentVariable("ZOHO_TEST_SANDBOX");
}

QString fileContaining(const QByteArray &needle, int *filesRead)
{
    int read = 0;
    QString found;
    const QString root = sandbox();
    if (!root.isEmpty()) {
        QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext() && found.isEmpty()) {
            const QString path = files.next();
            QFile file(path);
            if (!files.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
                continue;
            ++read;
            if (file.readAll().contains(needle))
                found = path;
        }
    }
    if (filesRead)
        *filesRead = read;
    return found;
}

} // namespace OutsideView
