#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

class SecretStore;

// Proves the keychain works without touching the customer's credentials: writes a harmless item
// under a service of its own, reads it back, deletes it, and says how each step went.
class KeychainCanary : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QString backend;     // "Secret Service (D-Bus)", "Windows Credential Manager", "macOS Keychain"
        bool written = false;
        bool read = false;
        bool deleted = false;
        QString error;       // the keychain's message (translated), when a step failed
        QString errorKind;   // "no_keychain", "access_denied", ...

        bool works() const { return written && read && deleted; }
    };

    static QString defaultService();
    // The keychain this platform's build talks to.
    static QString backendName();

    explicit KeychainCanary(QObject *parent = nullptr);

    // For tests: another service name.
    void setService(const QString &service) { m_service = service; }
    QString service() const { return m_service; }

    // finished() follows once, never from inside run().
    void run();

signals:
    void finished(const KeychainCanary::Result &result);

private:
    void done();

    QString m_service;
    QString m_value;
    SecretStore *m_store = nullptr;
    Result m_result;
};

Q_DECLARE_METATYPE(KeychainCanary::Result)
