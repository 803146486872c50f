#pragma once

#include "accountsservermap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

class ZohoDoor;

// Finds out why (or whether) a data center's accounts server can be reached, one layer at a
// time: name lookup, TCP connection, TLS, HTTP, and this computer's clock against the server's
// Date header; each step with its time and, when it fails, a stable key and a sentence that
// names the failure. All data centers asked are checked in parallel. Nothing secret is sent: the
// HTTP step is a plain GET of /oauth/serverinfo, through ZohoDoor like every other request to an
// accounts server: the same deadline, no redirects followed, the same cap on the answer.
class ConnectionDiagnosis : public QObject
{
    Q_OBJECT

public:
    enum class Layer { NameLookup, Connect, Tls, Http, Clock };
    Q_ENUM(Layer)
    enum class Outcome { Passed, Warning, Failed, Skipped };
    Q_ENUM(Outcome)

    struct Step
    {
        Layer layer = Layer::NameLookup;
        Outcome outcome = Outcome::Skipped;
        qint64 milliseconds = -1; // -1 when not timed (skipped)
        QString problem;          // stable key when not passed: "host_not_found", "connection_refused", ...
        QString summary;          // translated, printable: what was found
    };

    struct TlsFacts
    {
        QString protocol;  // "TLS 1.3"
        QString cipher;
        QString subject;   // of the server's certificate
        QString issuer;    // who issued it (from the network: printable, not escaped for HTML)
        QDateTime notBefore;
        QDateTime notAfter;
        bool trusted = false;       // the system's authorities vouch for it
        bool inspected = false;     // an authority the system does not know: TLS interception
    };

    struct Server
    {
        QString dataCenter;
        QUrl url;              // the accounts server asked
        bool overridden = false;
        QString proxy;         // "host:port" of the proxy used, empty when direct
        QList<Step> steps;     // in order; every layer is listed
        TlsFacts tls;
        int httpStatus = 0;
        QString serverHeader;  // HTTP Server header (printable)
        bool hasClock = false;
        qint64 clockOffsetSeconds = 0; // server minus this computer

        bool reachable() const; // no step failed
        // The first failed (or warned) step; a passed NameLookup step when all passed.
        Step verdict() const;
    };

    // Where the proxy of a request comes from.
    enum class ProxyOrigin { None, Environment, SystemSettings, Application };
    Q_ENUM(ProxyOrigin)
    struct ProxyInfo
    {
        QString proxy;            // "http://host:port", empty when none
        ProxyOrigin origin = ProxyOrigin::None;
        QString variable;         // the environment variable, when origin is Environment
    };
    // The proxy a request to `url` goes through and where that setting comes from.
    static ProxyInfo proxyFor(const QUrl &url);

    // How far off a clock may be before the report says so.
    static constexpr qint64 clockToleranceSeconds = 120;

    explicit ConnectionDiagnosis(QObject *parent = nullptr);
    ~ConnectionDiagnosis() override;

    void setAccountsServers(const AccountsServerMap &servers) { m_servers = servers; }
    // For each layer.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Checks each data center (codes); finished() follows once.
    void run(const QStringList &dataCenters);
    bool isRunning() const { return m_running > 0; }
    QList<Server> results() const { return m_results; }
    // The door the HTTP step goes through (what its answers cost: mostBytesRead()).
    const ZohoDoor *door() const { return m_network; }

    static QString layerKey(Layer layer);   // "name_lookup", "connect", "tls", "http", "clock"
    static QString layerName(Layer layer);  // translated
    static QString outcomeKey(Outcome outcome);

signals:
    void finished(const QList<ConnectionDiagnosis::Server> &servers);

private:
    void onServerDone(int index, const Server &server);

    AccountsServerMap m_servers;
    std::chrono::milliseconds m_timeout{10000};
    ZohoDoor *m_network;
    QList<Server> m_results;
    int m_running = 0;
};

Q_DECLARE_METATYPE(ConnectionDiagnosis::Server)
