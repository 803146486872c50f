#include "keychaincanary.h"

#include "credentials.h"
#include "secretstore.h"

#include <QRandomGenerator>
#include <QTimer>

QString KeychainCanary::defaultService()
{
    return SecretStore::defaultService() + QStringLiteral("-canary");
}

QString KeychainCanary::backendName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#else
    return qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        ? QStringLiteral("Secret Service (D-Bus; no session bus address set)")
        : QStringLiteral("Secret Service (D-Bus)");
#endif
}

KeychainCanary::KeychainCanary(QObject *parent)
    : QObject(parent)
    , m_service(defaultService())
{
}

void KeychainCanary::run()
{
    m_result = Result();
    m_result.backend = backendName();
    // A value of no use to anyone, different each time so a stale item cannot pass the read; shaped
    // like a secret, since the store keeps only what has the shape of credentials.
    m_value.clear();
    for (int i = 0; i < 42; ++i)
        m_value += QString::number(QRandomGenerator::system()->bounded(16), 16);
    m_store = new SecretStore(this);
    m_store->setService(m_service);

    connect(m_store, &SecretStore::failed, this, [this](const SecretStore::Error &error) {
        m_result.error = error.message;
        m_result.errorKind = SecretStore::errorKey(error.kind);
        if (m_result.written && !m_result.deleted) {
            // Whatever failed after the write, the item must not stay behind.
            m_store->disconnect(this);
            connect(m_store, &SecretStore::removed, this, [this](bool) { m_result.deleted = true; done(); });
            connect(m_store, &SecretStore::failed, this, [this](const SecretStore::Error &) { done(); });
            m_store->remove();
            return;
        }
        done();
    });
    // save() writes and reads back; load() reads once more as a fresh request would.
    connect(m_store, &SecretStore::saved, this, [this] {
        m_result.written = true;
        m_store->load();
    });
    connect(m_store, &SecretStore::loaded, this, [this](const Credentials &credentials) {
        m_result.read = credentials.clientSecret == m_value;
        m_store->remove();
    });
    connect(m_store, &SecretStore::removed, this, [this](bool existed) {
        m_result.deleted = existed;
        done();
    });

    Credentials canary;
    canary.clientId = QStringLiteral("1000.ZOHOONBOARDINGKEYCHAINCANARY00"); // no client of Zoho's
    canary.clientSecret = m_value;
    QTimer::singleShot(0, m_store, [this, canary] { m_store->save(canary); });
}

void KeychainCanary::done()
{
    m_store->disconnect(this);
    m_store->deleteLater();
    m_store = nullptr;
    QTimer::singleShot(0, this, [this] { emit finished(m_result); });
}
