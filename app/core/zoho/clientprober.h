#pragma once

#include "credentials.h"
#include "probereport.h"
#include "accountsservermap.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>

class QJsonObject;
class QNetworkAccessManager;
class QNetworkReply;
class QSslError;
class QTimer;

// Asks Zoho's token endpoint whether it recognises a client, without a sign-in: a token request
// with a code that cannot be valid. Zoho then names the first thing wrong (client, secret, redirect
// URI), or says the code is invalid, which means the rest was accepted. Several data centers are
// asked in parallel, so finding the customer's takes one round trip.
class ClientProber : public QObject
{
    Q_OBJECT

public:
    explicit ClientProber(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ClientProber() override;

    void setAccountsServers(const AccountsServerMap &servers) { m_servers = servers; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Asks each data center in `dataCenters` (codes). finished() follows exactly once, also
    // after cancel().
    void probe(const Credentials &credentials, const QStringList &dataCenters);
    void cancel();
    bool isRunning() const { return !m_pending.isEmpty(); }

    // What a token-endpoint request was for: Zoho's "invalid_code" is good news for a probe,
    // whose code is deliberately impossible, and bad news for a sign-in.
    enum class Purpose { Probe, CodeExchange };
    // Reads one reply of Zoho's accounts server: network, proxy, TLS, HTTP status and Zoho's JSON
    // body (errors come with HTTP 200), into a status and the cause behind it. Shared by the probe
    // and the sign-in. `body` receives the JSON.
    static ProbeReport::Answer interpretTokenReply(QNetworkReply *reply, bool timedOut, Purpose purpose,
                                                   QJsonObject *body = nullptr);
    // Keeps what a reply's certificate errors say (which kind, who issued the certificate) for
    // interpretTokenReply(). Connect it to the sslErrors signal of every reply it will read, or of
    // their network manager. Ignores nothing: the connection fails as it should.
    static void noteSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);

signals:
    void finished(const ProbeReport &report);

private:
    void onReplyFinished(QNetworkReply *reply);
    void onTimeout();
    void finishIfDone();

    QNetworkAccessManager *m_network;
    AccountsServerMap m_servers;
    std::chrono::milliseconds m_timeout{15000};
    QHash<QNetworkReply *, QString> m_pending; // reply -> data center
    QList<ProbeReport::Answer> m_answers;
    QTimer *m_timer;
    bool m_timedOut = false;
};
