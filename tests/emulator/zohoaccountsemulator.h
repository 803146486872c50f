#pragma once

#include "emulatedclient.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

class HttpConnection;
class QJsonObject;
class QTcpServer;

// A loopback stand-in for Zoho's accounts servers, one listener per data center, behaving as
// /work/shared/zoho-oauth-facts.md describes: authorize, token, refresh, revoke and user info, Zoho's
// error bodies (HTTP 200 with {"error":…}), and the failures a customer's network adds on top.
class ZohoAccountsEmulator : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        ServerError500,      // HTTP 500 with an HTML body
        NotJson,             // HTTP 200 text/plain "OK"
        CaptivePortalHtml,   // HTTP 200 with a hotel Wi-Fi login page
        CloseConnection,     // closes after reading the request, no answer
        Hang,                // never answers, keeps the connection open
        Throttle,            // Zoho's HTTP 400 "Access Denied" … "too many requests"
        ThrottleHttp200,     // the same body with HTTP 200, as Zoho sends its other errors
        RedirectToPlainHttp, // HTTP 301 to a plain-http address
        RedirectElsewhere,   // HTTP 302 to another https address
        ThrottleLocalized,   // HTTP 400, Zoho's throttling reply in Chinese, "status":"failure"
        Redirect307,         // HTTP 307 to redirectTarget(): a client that follows resends its body
        Redirect308,         // HTTP 308, the same, "permanently"
        DripBody,            // a valid error reply of 120 bytes, one byte every 500 ms (a minute)
        OversizedBody,       // 64 MiB of JSON-looking bytes as fast as taken, no Content-Length
        HugeContentLength,   // announces a body of 1 TiB, then sends it as fast as taken
        ChunkedEndless,      // chunked transfer coding, 64 MiB of chunks, no last chunk
        EndlessHeaders,      // a status line, then 64 MiB of header lines: the head never ends
        EscapeSequences,     // {"error": …} with ESC sequences that retitle and clear a terminal
    };

    // Which requests a fault applies to (setFault()).
    enum class Endpoint {
        Any,
        CodeExchange, // a token request with a grant code this emulator issued (not the probe's)
        UserInfo,
        Revoke,
    };

    // What the consent page does, as the person in the browser would.
    // Decline: the person clicked Reject. Refuse: access_denied whose description says too many
    // sign-in codes were asked for (a form Zoho's wording may take; the program believes it).
    enum class Consent { Allow, Decline, Refuse };

    // How the revoke endpoint answers for one kind of token.
    enum class RevocationAnswer {
        ZohoSuccess, // {"status":"success"} (the default), and the token is revoked
        Empty200,    // an empty 200, as RFC 7009 servers answer, and the token is revoked
        Refused,     // HTTP 400 {"error":"invalid_request"}, and the token stays valid
    };
    enum class TokenKind { Refresh, Access };

    struct Request
    {
        QString dataCenter;
        QByteArray method;
        QString path;
        QUrlQuery query;
        QUrlQuery form; // the body, when it is application/x-www-form-urlencoded
        QHash<QByteArray, QByteArray> headers; // names lower-cased
    };

    explicit ZohoAccountsEmulator(QObject *parent = nullptr);
    ~ZohoAccountsEmulator() override;

    // When set before start(), every listener speaks HTTPS (QSslServer).
    void setTlsConfiguration(const QSslConfiguration &config);
    // One listener per data-center code on 127.0.0.1, on a free port, or on basePort + index when
    // basePort > 0. Returns false, with errorString(), when any of them cannot listen.
    bool start(const QStringList &dataCenterCodes, quint16 basePort = 0);
    QString errorString() const;

    QStringList dataCenters() const;
    QUrl serverUrl(const QString &dataCenter) const; // e.g. http://127.0.0.1:41234
    // "us=http://127.0.0.1:41234,eu=http://127.0.0.1:41235", in the order given to start();
    // the format of ZOHO_ONBOARDING_ACCOUNTS_SERVERS.
    QString overridesSpec() const;

    void addClient(const EmulatedClient &client);
    // The customer adds a line to Authorized Redirect URIs of a client already registered (every
    // registration of that client ID, as Zoho's console edits the one client).
    void addRedirectUri(const QString &clientId, const QString &redirectUri);
    // Whether the consent page refuses a redirect URI the client does not have (the default: an
    // "Invalid Redirect Uri" page in the browser). With false it hands out a code anyway and only the
    // code exchange refuses it, with invalid_redirect_uri: where Zoho checks it is UNCONFIRMED, and
    // this is the only way the program itself learns of the missing line.
    void setConsentChecksRedirectUri(bool checks) { m_consentChecksRedirectUri = checks; }
    // Whether the token endpoint judges the grant code before the redirect URI (default: after).
    // Zoho's order is UNCONFIRMED; with true, a probe's impossible code hides a missing address.
    void setCodeCheckedFirst(bool first) { m_codeCheckedFirst = first; }
    // Default: jane@example.com, Jane Doe.
    void setAccount(const QString &email, const QString &firstName, const QString &lastName);
    // Waits this long before answering any request at that data center.
    void setDelay(const QString &dataCenter, int milliseconds);
    void setFault(const QString &dataCenter, Fault fault, Endpoint endpoint = Endpoint::Any);
    // Where Redirect307/308 (and RedirectElsewhere) point; default https://accounts.example.invalid/….
    void setRedirectTarget(const QUrl &target) { m_redirectTarget = target; }
    void setConsent(Consent consent) { m_consent = consent; }
    // The accounts-server the consent redirect names instead of the emulator's own (a data center
    // the client does not know, say).
    void setRedirectAccountsServer(const QString &server) { m_redirectAccountsServer = server; }
    void setRevocationAnswer(TokenKind kind, RevocationAnswer answer);
    // Bytes the flooding faults (OversizedBody, HugeContentLength, ChunkedEndless, EndlessHeaders)
    // handed to their sockets, over all their connections. What a peer's kernel took counts as
    // sent: for the log, never a measure of what the peer read.
    qint64 oversizedBytesSent() const;
    // At most this many token-endpoint requests per client ID; beyond that the answer is Zoho's
    // throttling reply. 0, the default, is unlimited. Setting it starts the count afresh.
    void setTokenRateLimit(int maxRequests);
    // Every answer carries a Date header, as Zoho's do; this shifts it (a server, or this computer,
    // whose clock is off by that many seconds).
    void setDateOffset(int seconds) { m_dateOffsetSeconds = seconds; }
    // How long a grant code lives; Zoho's is 2 minutes. Lets a test expire one without waiting.
    void setCodeLifetime(int milliseconds);

    // Every request received, in order, faulty ones included.
    QList<Request> requests() const;
    void clearRequests();

    // Grant codes handed out through the authorize endpoint, in order.
    QStringList issuedCodes() const;
    QStringList issuedRefreshTokens() const;
    QStringList issuedAccessTokens() const;
    // Known tokens revoked through the revoke endpoint, in order; unknown ones are not listed.
    QStringList revokedTokens() const;
    QString lastAuthorizeState() const;
    QString lastCodeChallenge() const;
    QString lastCodeChallengeMethod() const;
    // The last authorization-code token request carried a code_verifier whose S256 matched.
    bool lastPkceVerified() const;

signals:
    void requestReceived(const ZohoAccountsEmulator::Request &request);

private:
    struct Reply
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> extraHeaders;
        bool zohoServer = true; // carries "Server: ZGS"
        QString outcome;        // for the debug log: an error code or a word, never a secret
    };
    struct GrantCode
    {
        QString clientId;
        QString dataCenter;
        QString redirectUri;
        QString scope;
        QString codeChallenge;
        QString codeChallengeMethod;
        bool withRefreshToken = false;
        bool used = false;
        QElapsedTimer age;
    };
    struct RefreshToken
    {
        QString clientId;
        QString dataCenter;
        QString scope;
        bool revoked = false;
    };
    struct AccessToken
    {
        QString clientId;
        QString dataCenter;
        QString scope;
        QString refreshToken; // the one it was minted from, if any
        bool revoked = false;
        QElapsedTimer age;
    };

    static Reply jsonReply(int status, const QJsonObject &object, const QString &outcome);
    // Zoho's token-endpoint errors: HTTP 200 and {"error": code}.
    static Reply errorReply(const QString &code);
    static Reply throttledReply();
    // The authorize endpoint's errors are pages shown in the browser, not redirects.
    static Reply htmlPage(const QString &title, const QString &text);

    void acceptConnections(QTcpServer *server, const QString &dataCenter);
    void handleRequest(HttpConnection *connection, const QString &dataCenter);
    void answer(HttpConnection *connection, const Request &request);
    Reply route(const Request &request);
    Reply faultReply(Fault fault) const;
    Fault faultFor(const Request &request) const;
    Reply authorize(const Request &request);
    Reply token(const Request &request);
    Reply tokenFromCode(const Request &request, const EmulatedClient &client);
    Reply tokenFromRefreshToken(const Request &request, const EmulatedClient &client);
    Reply revoke(const Request &request);
    Reply userInfo(const Request &request);
    Reply serverInfo(const Request &request) const;

    const EmulatedClient *findClient(const QString &clientId, const QString &dataCenter) const;
    bool accessTokenValid(const QString &token, const QString &dataCenter) const;
    QString mintAccessToken(const QString &clientId, const QString &dataCenter, const QString &scope,
                            const QString &refreshToken);
    QString mintRefreshToken(const QString &clientId, const QString &dataCenter, const QString &scope);

    QSslConfiguration m_tlsConfiguration;
    bool m_tls = false;
    QString m_errorString;
    QStringList m_dataCenters;
    QHash<QString, QTcpServer *> m_servers;

    QList<EmulatedClient> m_clients;
    QString m_email = QStringLiteral("jane@example.com");
    QString m_firstName = QStringLiteral("Jane");
    QString m_lastName = QStringLiteral("Doe");
    QHash<QString, int> m_delays;
    QHash<QString, Fault> m_faults;
    QHash<QString, Fault> m_endpointFaults; // "dc/endpoint"
    QUrl m_redirectTarget{QStringLiteral("https://accounts.example.invalid/oauth/v2/token")};
    Consent m_consent = Consent::Allow;
    bool m_consentChecksRedirectUri = true;
    bool m_codeCheckedFirst = false;
    QString m_redirectAccountsServer;
    QHash<int, RevocationAnswer> m_revocationAnswers; // by TokenKind
    qint64 m_oversizedBytesSent = 0;
    int m_tokenRateLimit = 0;
    int m_codeLifetimeMs = 120 * 1000;
    int m_dateOffsetSeconds = 0;
    QHash<QString, int> m_tokenRequestCounts; // per client ID

    QList<Request> m_requests;
    QHash<QString, GrantCode> m_codes;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, QStringList> m_liveRefreshTokens; // per client ID, oldest first
    QSet<QString> m_clientsWithConsent;              // client IDs that already got a refresh token
    QStringList m_issuedCodes;
    QStringList m_issuedRefreshTokens;
    QStringList m_issuedAccessTokens;
    QStringList m_revokedTokens;
    QString m_lastState;
    QString m_lastCodeChallenge;
    QString m_lastCodeChallengeMethod;
    bool m_lastPkceVerified = false;
};
