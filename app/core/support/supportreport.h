#pragma once

#include "accountsservermap.h"
#include "connectiondiagnosis.h"
#include "keychaincanary.h"
#include "lastverification.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>

struct Credentials;

// The one report support asks a customer to paste: versions, the keychain and whether it works,
// the proxy and where it came from, each accounts server layer by layer, the clock, the last
// verification, the Client ID masked and the secret's fingerprint, and the reference the
// customer reads out. Never a secret, a grant code or a token.
class SupportReport : public QObject
{
    Q_OBJECT

public:
    explicit SupportReport(QObject *parent = nullptr);

    // The data centers a report checks when none are named: all of them, or, when accounts
    // servers are overridden (a tester's setup), only those, so a test never reaches Zoho.
    static QStringList defaultDataCenters(const AccountsServerMap &servers);

    void setAccountsServers(const AccountsServerMap &servers) { m_servers = servers; }
    void setDataCenters(const QStringList &codes) { m_dataCenters = codes; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // The credentials the report is about: only the masked Client ID and the fingerprint are kept.
    void setCredentials(const Credentials &credentials);
    // Without setCredentials(), the ones stored in the keychain are described (default on).
    void setDescribeStoredCredentials(bool describe) { m_describeStored = describe; }
    // For tests: the keychain services of the stored credentials and of the canary item.
    void setStoreService(const QString &service) { m_storeService = service; }
    void setCanaryService(const QString &service) { m_canaryService = service; }

    // Gathers everything; finished() follows once, never from inside collect().
    void collect();
    bool isRunning() const { return m_pending > 0; }

    QString reference() const { return m_reference; }
    const QList<ConnectionDiagnosis::Server> &servers() const { return m_results; }
    const KeychainCanary::Result &keychain() const { return m_keychain; }

    // Plain text, for the clipboard and the terminal.
    QString toText() const;
    QJsonObject toJson() const;

signals:
    void finished();

private:
    void partDone();

    AccountsServerMap m_servers;
    QStringList m_dataCenters;
    std::chrono::milliseconds m_timeout{10000};
    QString m_clientIdMasked;
    QString m_secretFingerprint;
    QString m_credentialsSource; // "entered", "stored", "none"
    QString m_credentialsDataCenter;
    bool m_describeStored = true;
    QString m_storeService;
    QString m_canaryService;

    int m_pending = 0;
    QDateTime m_created;
    QString m_reference;
    LastVerification m_last;
    ConnectionDiagnosis::ProxyInfo m_proxy;
    QString m_proxyUrl; // the server whose proxy is shown
    KeychainCanary::Result m_keychain;
    QList<ConnectionDiagnosis::Server> m_results;
};
