#include "outsideview.h"

#include "secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <windows.h>
#include <wincred.h>

#include <string>
#endif

namespace OutsideView {

#ifdef Q_OS_WIN
// Windows: the Credential Manager's own API (none of this project's code, nor QtKeychain's).
// The program names the entry after the service there (SecretStore::makeJob).
QByteArray keychainItem(const QString &service)
{
    PCREDENTIALW credential = nullptr;
    if (!CredReadW(reinterpret_cast<LPCWSTR>(service.utf16()), CRED_TYPE_GENERIC, 0, &credential))
        return {};
    const QByteArray blob(reinterpret_cast<const char *>(credential->CredentialBlob),
                          qsizetype(credential->CredentialBlobSize));
    CredFree(credential);
    return blob;
}

void clearKeychain(const QString &service)
{
    CredDeleteW(reinterpret_cast<LPCWSTR>(service.utf16()), CRED_TYPE_GENERIC, 0);
}

bool writeKeychainItem(const QString &service, const QByteArray &data)
{
    std::wstring target = service.toStdWString();
    std::wstring user = SecretStore::itemKey().toStdWString();
    CREDENTIALW credential = {};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = target.data();
    credential.UserName = user.data();
    credential.CredentialBlobSize = DWORD(data.size());
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(const_cast<char *>(data.constData()));
    credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
    return CredWriteW(&credential, 0);
}
#else
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

bool writeKeychainItem(const QString &service, const QByteArray &data)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("store"), QStringLiteral("--label=written by another program"), QStringLiteral("server"),
                service, QStringLiteral("user"), SecretStore::itemKey(), QStringLiteral("type"),
                QStringLiteral("plaintext")});
    tool.write(data);
    tool.closeWriteChannel();
    return tool.waitForFinished(10000) && tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
}
#endif

bool keychainIsPrivate()
{
#if defined(Q_OS_WIN)
    return qEnvironmentVariableIsSet("ZOHO_TEST_SANDBOX");
#else
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
#endif
}

QString sandbox()
{
    // As Qt writes paths, so that a path Qt made can be compared with it (Windows: C:/users/…).
    return QDir::fromNativeSeparators(qEnvironmentVariable("ZOHO_TEST_SANDBOX"));
}

QString logDirectory()
{
    // The program's organization and name; this process has its own.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Optiply/zoho-onboarding/logs");
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
