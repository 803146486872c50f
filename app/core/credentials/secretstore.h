#pragma once

#include "credentials.h"

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

// Keeps the credentials in the OS keychain (Windows Credential Manager, macOS Keychain, Secret
// Service on Linux) as one item, through QtKeychain. Never falls back to clear text: when no
// keychain is usable, it says so and writes nothing.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class ErrorKind {
        NotFound,
        NoBackend,
        AccessDenied,
        Locked,
        TooLarge,
        Corrupt,
        ReadBackMismatch,
        Other,
    };

    enum class Operation { Save, Load, Remove };

    struct Error
    {
        ErrorKind kind = ErrorKind::Other;
        QString message; // translated: what happened and what to do
        QString detail;  // the keychain's own words, for support; never holds the secret
        Operation operation = Operation::Save; // what failed: messageFor() words it again in another language
    };

    // Windows Credential Manager refuses larger blobs.
    static constexpr qsizetype windowsCredentialLimit = 2560;

    explicit SecretStore(QObject *parent = nullptr);

    // The stable name of an error kind, for `--json` and the support report ("keychain_locked", …).
    static QString errorKey(ErrorKind kind);
    // One translated sentence each: what happened, what it means for the operation, what to do.
    static QString messageFor(ErrorKind kind, Operation operation);
    static QString defaultService();
    static QString itemKey();
    // For tests: another keychain service name, so a developer's own item is never touched.
    void setService(const QString &service) { m_service = service; }
    QString service() const { return m_service; }

    bool isBusy() const { return m_busy; }

    // Writes, then reads back and compares; saved() only when the keychain holds exactly this.
    void save(const Credentials &credentials);
    void load();
    // removed(true) when something was deleted, removed(false) when nothing was stored.
    void remove();

signals:
    void saved(const Credentials &credentials);
    void loaded(const Credentials &credentials);
    void removed(bool existed);
    void failed(const SecretStore::Error &error);

private:
    // `cleared`: every item of ours was removed first, after a read-back gave another one.
    void write(const Credentials &toStore, bool cleared);
    void readBack(const Credentials &expected, bool cleared);
    void clearThenWrite(const Credentials &toStore);
    void fail(ErrorKind kind, const QString &detail);
    void fail(const QKeychain::Job *job);
    template<typename JobType>
    JobType *makeJob();

    QString m_service;
    bool m_busy = false;
    Operation m_operation = Operation::Save;
};

Q_DECLARE_METATYPE(SecretStore::Error)
