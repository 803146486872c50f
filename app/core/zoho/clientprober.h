#pragma once

#include "credentials.h"
#include "probereport.h"
#include "accountsservermap.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkReply;
class ZohoDoor;

// Asks Zoho's token endpoint whether it recognises a client, without a sign-in: a token request
// with a code that cannot be valid. Zoho then names the first thing wrong (client, secret, redirect
// URI), or says the code is invalid. In which order Zoho checks is not known, so "invalid code"
// proves only that Zoho recognises the client there, not that it accepted the secret. Several data centers are
// asked in parallel, so finding the customer's takes one round trip.
class ClientProber : public QObject
{
    Q_OBJECT

public:
    // Every request goes through the door: one deadline each (the timeout), no redirects, a size cap.
    explicit ClientProber(ZohoDoor *door, QObject *parent = nullptr);
    ~ClientProber() override;

    void setAccountsServers(const AccountsServerMap &servers) { m_servers = servers; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // The redirect URI the probe names (hotglue's by default): Zoho answers invalid_redirect_uri
    // when the client does not have it, so the probe also learns whether an address is registered.
    void setRedirectUri(const QUrl &uri) { m_redirectUri = uri; }

    // Asks each data center in `dataCenters` (codes). finished() follows exactly once, also
    // after cancel().
    void probe(const Credentials &credentials, const QStringList &dataCenters);
    void cancel();
    bool isRunning() const { return !m_pending.isEmpty(); }

signals:
    void finished(const ProbeReport &report);

private:
    void onReplyFinished(QNetworkReply *reply);
    void finishIfDone();

    ZohoDoor *m_network;
    AccountsServerMap m_servers;
    std::chrono::milliseconds m_timeout{15000};
    QUrl m_redirectUri;
    QHash<QNetworkReply *, QString> m_pending; // reply -> data center
    QList<ProbeReport::Answer> m_answers;
};
