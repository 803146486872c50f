#include "zohoaccountsemulator.h"

#include "emulatorlogging.h"
#include "httpconnection.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QDateTime>
#include <QLocale>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcEmulator, "zoho.emulator", QtInfoMsg)

namespace {

constexpr int accessTokenLifetimeSeconds = 3600;
// Zoho keeps at most 20 refresh tokens per user and client; the 21st silently deletes the oldest.
constexpr qsizetype maxLiveRefreshTokens = 20;

const QByteArray jsonContentType = QByteArrayLiteral("application/json;charset=UTF-8");
const QByteArray htmlContentType = QByteArrayLiteral("text/html;charset=UTF-8");

// Where each data center's APIs answer (the facts sheet's table); only the token reply needs it.
QString apiDomain(const QString &dataCenter)
{
    static const QHash<QString, QString> topLevel = {
        {QStringLiteral("us"), QStringLiteral("com")},    {QStringLiteral("eu"), QStringLiteral("eu")},
        {QStringLiteral("in"), QStringLiteral("in")},     {QStringLiteral("au"), QStringLiteral("com.au")},
        {QStringLiteral("jp"), QStringLiteral("jp")},     {QStringLiteral("ca"), QStringLiteral("ca")},
        {QStringLiteral("sa"), QStringLiteral("sa")},     {QStringLiteral("cn"), QStringLiteral("com.cn")},
        {QStringLiteral("uk"), QStringLiteral("uk")},     {QStringLiteral("ae"), QStringLiteral("ae")},
    };
    return QStringLiteral("https://www.zohoapis.") + topLevel.value(dataCenter, dataCenter);
}

// Grant codes and tokens look like Zoho's: 1000.<32 hex>.<32 hex>.
QString newZohoToken()
{
    const auto hex = [] {
        quint32 words[4];
        QRandomGenerator::system()->fillRange(words);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
    };
    return QStringLiteral("1000.") + hex() + QLatin1Char('.') + hex();
}

// application/x-www-form-urlencoded, as a servlet container reads it: '+' is a space. QUrlQuery
// alone would keep it a '+', and so would hide a client that forgets to encode one.
QUrlQuery formQuery(const QByteArray &encoded)
{
    QByteArray normalized = encoded;
    normalized.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(normalized));
}

QString parameter(const ZohoAccountsEmulator::Request &request, const QString &name)
{
    if (request.form.hasQueryItem(name))
        return request.form.queryItemValue(name, QUrl::FullyDecoded);
    return request.query.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

ZohoAccountsEmulator::ZohoAccountsEmulator(QObject *parent)
    : QObject(parent)
{
}

ZohoAccountsEmulator::~ZohoAccountsEmulator() = default;

void ZohoAccountsEmulator::setTlsConfiguration(const QSslConfiguration &config)
{
    m_tlsConfiguration = config;
    m_tls = true;
}

bool ZohoAccountsEmulator::start(const QStringList &dataCenterCodes, quint16 basePort)
{
    if (!m_servers.isEmpty()) {
        m_errorString = tr("The emulator is already listening.");
        return false;
    }
    if (dataCenterCodes.isEmpty()) {
        m_errorString = tr("No data centers to emulate.");
        return false;
    }

    const auto giveUp = [this](const QString &why) {
        qDeleteAll(m_servers);
        m_servers.clear();
        m_dataCenters.clear();
        m_errorString = why;
        return false;
    };

    for (qsizetype i = 0; i < dataCenterCodes.size(); ++i) {
        const QString &code = dataCenterCodes.at(i);
        if (code.isEmpty() || m_servers.contains(code))
            return giveUp(tr("Data center \"%1\" is empty or given twice.").arg(code));
        const int port = basePort > 0 ? basePort + int(i) : 0;
        if (port > 65535)
            return giveUp(tr("%1: port %2 is out of range.").arg(code).arg(port));

        QTcpServer *server = nullptr;
        if (m_tls) {
            auto *sslServer = new QSslServer(this);
            sslServer->setSslConfiguration(m_tlsConfiguration);
            connect(sslServer, &QSslServer::errorOccurred, this,
                    [code](QSslSocket *, QAbstractSocket::SocketError error) {
                        qCDebug(lcEmulator).noquote() << code << "TLS connection failed:" << error;
                    });
            server = sslServer;
        } else {
            server = new QTcpServer(this);
        }
        m_servers.insert(code, server);
        if (!server->listen(QHostAddress::LocalHost, quint16(port))) {
            return giveUp(tr("%1: cannot listen on 127.0.0.1:%2: %3")
                              .arg(code).arg(port).arg(server->errorString()));
        }
        // pendingConnectionAvailable, not newConnection: QSslServer queues a socket only once its
        // handshake is done, and this signal fires for plain QTcpServer too.
        connect(server, &QTcpServer::pendingConnectionAvailable, this,
                [this, server, code] { acceptConnections(server, code); });
        m_dataCenters.append(code);
        qCDebug(lcEmulator).noquote() << code << "listening at" << serverUrl(code).toString();
    }
    m_errorString.clear();
    return true;
}

QString ZohoAccountsEmulator::errorString() const
{
    return m_errorString;
}

QStringList ZohoAccountsEmulator::dataCenters() const
{
    return m_dataCenters;
}

QUrl ZohoAccountsEmulator::serverUrl(const QString &dataCenter) const
{
    const QTcpServer *server = m_servers.value(dataCenter);
    if (!server || !server->isListening())
        return {};
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(server->serverPort());
    return url;
}

QString ZohoAccountsEmulator::overridesSpec() const
{
    QStringList parts;
    for (const QString &code : m_dataCenters)
        parts.append(code + QLatin1Char('=') + serverUrl(code).toString());
    return parts.join(QLatin1Char(','));
}

void ZohoAccountsEmulator::addClient(const EmulatedClient &client)
{
    m_clients.append(client);
}

void ZohoAccountsEmulator::addRedirectUri(const QString &clientId, const QString &redirectUri)
{
    for (EmulatedClient &client : m_clients) {
        if (client.clientId == clientId && !client.redirectUris.contains(redirectUri))
            client.redirectUris.append(redirectUri);
    }
}

void ZohoAccountsEmulator::setAccount(const QString &email, const QString &firstName, const QString &lastName)
{
    m_email = email;
    m_firstName = firstName;
    m_lastName = lastName;
}

void ZohoAccountsEmulator::setDelay(const QString &dataCenter, int milliseconds)
{
    m_delays.insert(dataCenter, milliseconds);
}

void ZohoAccountsEmulator::setFault(const QString &dataCenter, Fault fault, Endpoint endpoint)
{
    if (endpoint == Endpoint::Any)
        m_faults.insert(dataCenter, fault);
    else
        m_endpointFaults.insert(dataCenter + QLatin1Char('/') + QString::number(int(endpoint)), fault);
}

void ZohoAccountsEmulator::setRevocationAnswer(TokenKind kind, RevocationAnswer answer)
{
    m_revocationAnswers.insert(int(kind), answer);
}

qint64 ZohoAccountsEmulator::oversizedBytesSent() const
{
    return m_oversizedBytesSent;
}

ZohoAccountsEmulator::Fault ZohoAccountsEmulator::faultFor(const Request &request) const
{
    Endpoint endpoint = Endpoint::Any;
    if (request.path == QLatin1String("/oauth/v2/token") && m_codes.contains(parameter(request, QStringLiteral("code"))))
        endpoint = Endpoint::CodeExchange;
    else if (request.path == QLatin1String("/oauth/user/info"))
        endpoint = Endpoint::UserInfo;
    else if (request.path == QLatin1String("/oauth/v2/token/revoke"))
        endpoint = Endpoint::Revoke;
    const QString key = request.dataCenter + QLatin1Char('/') + QString::number(int(endpoint));
    if (endpoint != Endpoint::Any && m_endpointFaults.contains(key))
        return m_endpointFaults.value(key);
    return m_faults.value(request.dataCenter, Fault::None);
}

void ZohoAccountsEmulator::setTokenRateLimit(int maxRequests)
{
    m_tokenRateLimit = maxRequests;
    m_tokenRequestCounts.clear();
}

void ZohoAccountsEmulator::setCodeLifetime(int milliseconds)
{
    m_codeLifetimeMs = milliseconds;
}

QList<ZohoAccountsEmulator::Request> ZohoAccountsEmulator::requests() const
{
    return m_requests;
}

void ZohoAccountsEmulator::clearRequests()
{
    m_requests.clear();
}

QStringList ZohoAccountsEmulator::issuedCodes() const
{
    return m_issuedCodes;
}

QStringList ZohoAccountsEmulator::issuedRefreshTokens() const
{
    return m_issuedRefreshTokens;
}

QStringList ZohoAccountsEmulator::issuedAccessTokens() const
{
    return m_issuedAccessTokens;
}

QStringList ZohoAccountsEmulator::revokedTokens() const
{
    return m_revokedTokens;
}

QString ZohoAccountsEmulator::lastAuthorizeState() const
{
    return m_lastState;
}

QString ZohoAccountsEmulator::lastCodeChallenge() const
{
    return m_lastCodeChallenge;
}

QString ZohoAccountsEmulator::lastCodeChallengeMethod() const
{
    return m_lastCodeChallengeMethod;
}

bool ZohoAccountsEmulator::lastPkceVerified() const
{
    return m_lastPkceVerified;
}

void ZohoAccountsEmulator::acceptConnections(QTcpServer *server, const QString &dataCenter)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReady, this,
                [this, connection, dataCenter] { handleRequest(connection, dataCenter); });
    }
}

void ZohoAccountsEmulator::handleRequest(HttpConnection *connection, const QString &dataCenter)
{
    Request request;
    request.dataCenter = dataCenter;
    request.method = connection->method();
    request.headers = connection->headers();
    const QByteArray target = connection->target();
    const qsizetype questionMark = target.indexOf('?');
    const QByteArray path = questionMark < 0 ? target : target.first(questionMark);
    request.path = QUrl::fromPercentEncoding(path);
    if (questionMark >= 0)
        request.query = formQuery(target.mid(questionMark + 1));
    if (request.headers.value("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        request.form = formQuery(connection->body());

    m_requests.append(request);
    emit requestReceived(request);

    const int delay = m_delays.value(dataCenter);
    if (delay > 0) {
        // The connection is the context: if the client gives up first, the answer is dropped.
        QTimer::singleShot(delay, connection, [this, connection, request] { answer(connection, request); });
    } else {
        answer(connection, request);
    }
}

void ZohoAccountsEmulator::answer(HttpConnection *connection, const Request &request)
{
    const Fault fault = faultFor(request);
    // The path only: the query string carries secrets and codes.
    const QString what = request.dataCenter + QLatin1Char(' ') + QString::fromLatin1(request.method)
        + QLatin1Char(' ') + request.path + QStringLiteral(" ->");
    if (fault == Fault::CloseConnection) {
        qCDebug(lcEmulator).noquote() << what << "closed, no answer";
        connection->closeWithoutAnswer();
        return;
    }
    if (fault == Fault::Hang) {
        qCDebug(lcEmulator).noquote() << what << "hanging";
        return;
    }

    const Reply reply = fault == Fault::None ? route(request) : faultReply(fault);
    qCDebug(lcEmulator).noquote() << what << reply.status << reply.outcome;
    HttpConnection::HeaderList headers;
    if (reply.zohoServer)
        headers.append({QByteArrayLiteral("Server"), QByteArrayLiteral("ZGS")});
    headers.append({QByteArrayLiteral("Content-Type"), reply.contentType});
    headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    // IMF-fixdate, always in English.
    headers.append({QByteArrayLiteral("Date"),
                    QLocale::c()
                        .toString(QDateTime::currentDateTimeUtc().addSecs(m_dateOffsetSeconds),
                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                        .toLatin1()});
    headers.append(reply.extraHeaders);
    if (fault == Fault::DripBody) {
        connection->respondDripping(reply.status, headers, reply.body, 500);
    } else if (fault == Fault::OversizedBody || fault == Fault::HugeContentLength || fault == Fault::ChunkedEndless
               || fault == Fault::EndlessHeaders) {
        connect(connection, &HttpConnection::bodyBytesWritten, this,
                [this](qint64 bytes) { m_oversizedBytesSent += bytes; });
        const HttpConnection::Flood flood = fault == Fault::HugeContentLength ? HttpConnection::Flood::HugeContentLength
            : fault == Fault::ChunkedEndless                                  ? HttpConnection::Flood::Chunked
            : fault == Fault::EndlessHeaders                                  ? HttpConnection::Flood::Headers
                                                                              : HttpConnection::Flood::UntilClose;
        connection->respondEndless(reply.status, headers, qint64(64) * 1024 * 1024, reply.body, flood);
    } else {
        connection->respond(reply.status, headers, reply.body);
    }
}

ZohoAccountsEmulator::Reply ZohoAccountsEmulator::route(const Request &request)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (post && request.path == QLatin1String("/oauth/v2/token"))
        return token(request);
    if (post && request.path == QLatin1String("/oauth/v2/token/revoke"))
        return revoke(request);
    if (get && request.path == QLatin1String("/oauth/v2/auth"))
        return authorize(request);
    if (get && request.path == QLatin1String("/oauth/user/info"))
        return userInfo(request);
    if (get && request.path == QLatin1String("/oauth/serverinfo"))
        return serverInfo(request);
    return jsonReply(404, {{QStringLiteral("error"), QStringLiteral("not_found")}}, QStringLiteral("not_found"));
}

ZohoAccountsEmulator::Reply ZohoAccountsEmulator::faultReply(Fault fault) const
{
    Reply reply;
    reply.zohoServer = false; // most of these come from something between the user and Zoho
    switch (fault) {
    case Fault::ServerError500:
        reply.status = 500;
        reply.zohoServer = true;
        reply.contentType = htmlContentType;
        reply.body = "<html><head><title>500 Internal Server Error</title></head>"
                     "<body><h1>Internal Server Error</h1></body></html>\n";
        reply.outcome = QStringLiteral("fault: server error");
        break;
    case Fault::NotJson:
        reply.contentType = QByteArrayLiteral("text/plain;charset=UTF-8");
        reply.body = "OK";
        reply.outcome = QStringLiteral("fault: not json");
        break;
    case Fault::CaptivePortalHtml:
        reply.contentType = htmlContentType;
        reply.body = "<html><head><title>Hotel WiFi login</title></head><body>"
                     "<h1>Welcome to Hotel WiFi</h1><p>Please accept the terms to continue.</p>"
                     "<form method=\"post\" action=\"/login\"><button>Accept</button></form>"
                     "</body></html>\n";
        reply.outcome = QStringLiteral("fault: captive portal");
        break;
    case Fault::Throttle:
        reply = throttledReply();
        break;
    case Fault::ThrottleHttp200:
        reply = throttledReply();
        reply.status = 200;
        break;
    case Fault::RedirectElsewhere:
        reply.status = 302;
        reply.contentType = htmlContentType;
        reply.body = "<html><body>Found</body></html>\n";
        reply.extraHeaders.append({QByteArrayLiteral("Location"), m_redirectTarget.toEncoded()});
        reply.outcome = QStringLiteral("fault: redirect elsewhere");
        break;
    case Fault::RedirectToPlainHttp:
        reply.status = 301;
        reply.contentType = htmlContentType;
        reply.body = "<html><body>Moved</body></html>\n";
        reply.extraHeaders.append({QByteArrayLiteral("Location"),
                                   QByteArrayLiteral("http://accounts.example.invalid/oauth/v2/token")});
        reply.outcome = QStringLiteral("fault: redirect to http");
        break;
    case Fault::ThrottleLocalized:
        // Seen from Zoho with a Chinese Accept-Language: error and description both localized.
        reply = jsonReply(400,
                          {
                              {QStringLiteral("error"), QString::fromUtf8("\xe6\x8b\x92\xe7\xbb\x9d\xe8\xae\xbf\xe9\x97\xae")},
                              {QStringLiteral("error_description"),
                               QString::fromUtf8("\xe6\x82\xa8\xe7\x9a\x84\xe8\xaf\xb7\xe6\xb1\x82\xe8\xbf\x87\xe5\xa4\x9a")},
                              {QStringLiteral("status"), QStringLiteral("failure")},
                          },
                          QStringLiteral("fault: throttled, localized"));
        break;
    case Fault::Redirect307:
    case Fault::Redirect308:
        reply.status = fault == Fault::Redirect307 ? 307 : 308;
        reply.contentType = htmlContentType;
        reply.body = "<html><body>Moved</body></html>\n";
        reply.extraHeaders.append({QByteArrayLiteral("Location"), m_redirectTarget.toEncoded()});
        reply.outcome = QStringLiteral("fault: redirect %1").arg(reply.status);
        break;
    case Fault::DripBody:
        reply = errorReply(QStringLiteral("invalid_code"));
        // Valid JSON for a minute at one byte every half second.
        reply.body += QByteArray(120 - reply.body.size(), ' ');
        reply.outcome = QStringLiteral("fault: dripping");
        break;
    case Fault::OversizedBody:
    case Fault::HugeContentLength:
    case Fault::ChunkedEndless:
    case Fault::EndlessHeaders:
        reply.contentType = jsonContentType;
        reply.body = R"({"error":"invalid_code","padding":")" + QByteArray(1000, 'x');
        reply.outcome = QStringLiteral("fault: oversized body");
        break;
    case Fault::EscapeSequences:
        reply = jsonReply(200, {{QStringLiteral("error"), QStringLiteral("\x1b]0;pwned\x07\x1b[2J\x1b[31minvalid_thing")}},
                          QStringLiteral("fault: escape sequences"));
        break;
    case Fault::None:
    case Fault::CloseConnection:
    case Fault::Hang:
        Q_UNREACHABLE();
    }
    return reply;
}

ZohoAccountsEmulator::Reply ZohoAccountsEmulator::authorize(const Request &request)
{
    const QString clientId = parameter(request, QStringLiteral("client_id"));
    const QString redirectUri = parameter(request, QStringLiteral("redirect_uri"));
    const bool hasState = request.query.hasQueryItem(QStringLiteral("state"));
    m_lastState = parameter(request, QStringLiteral("state"));
    m_lastCodeChallenge = parameter(request, QStringLiteral("code_challenge"));
    m_lastCodeChallengeMethod = parameter(request, QStringLiteral("code_challenge_method"));

    const EmulatedClient *client = findClient(clientId, request.dataCenter);
    if (!client) {
        return htmlPage(QStringLiteral("Invalid Client"),
                        QStringLiteral("The client ID is not registered in this data center."));
    }
    if (m_consentChecksRedirectUri && !client->redirectUris.contains(redirectUri)) {
        return htmlPage(QStringLiteral("Invalid Redirect Uri"),
                        QStringLiteral("The redirect URI does not match any registered for this client."));
    }
    if (parameter(request, QStringLiteral("response_type")) != QLatin1String("code")) {
        return htmlPage(QStringLiteral("Invalid Response Type"),
                        QStringLiteral("The response type must be \"code\"."));
    }

    // Consent is granted at once: the test plays the user. Zoho hands out a refresh token on the
    // first offline consent, and afterwards only when prompt=consent asks again.
    const bool offline = parameter(request, QStringLiteral("access_type")) == QLatin1String("offline");
    const bool promptConsent = parameter(request, QStringLiteral("prompt")) == QLatin1String("consent");
    GrantCode grant;
    grant.clientId = clientId;
    grant.dataCenter = request.dataCenter;
    grant.redirectUri = redirectUri;
    grant.scope = parameter(request, QStringLiteral("scope"));
    grant.codeChallenge = m_lastCodeChallenge;
    grant.codeChallengeMethod = m_lastCodeChallengeMethod;
    grant.withRefreshToken = offline && (promptConsent || !m_clientsWithConsent.contains(clientId));
    grant.age.start();
    if (offline)
        m_clientsWithConsent.insert(clientId);
    QString code = newZohoToken();
    while (m_codes.contains(code))
        code = newZohoToken();
    m_codes.insert(code, grant);
    m_issuedCodes.append(code);

    const auto encode = [](const QString &value) { return QUrl::toPercentEncoding(value); };
    QByteArray location = redirectUri.toUtf8();
    location += redirectUri.contains(QLatin1Char('?')) ? '&' : '?';
    if (m_consent == Consent::Decline) {
        // The person clicked Reject: no code, Zoho's error on the redirect.
        m_codes.remove(code);
        location += "error=access_denied";
    } else if (m_consent == Consent::Refuse) {
        m_codes.remove(code);
        location += "error=access_denied&error_description=" + encode(QStringLiteral("Too many requests, try again later"));
    } else {
        const QString server =
            m_redirectAccountsServer.isEmpty() ? serverUrl(request.dataCenter).toString() : m_redirectAccountsServer;
        location += "code=" + encode(code) + "&location=" + encode(request.dataCenter)
            + "&accounts-server=" + encode(server);
    }
    if (hasState)
        location += "&state=" + encode(m_lastState);

    Reply reply;
    reply.status = 302;
    reply.contentType = htmlContentType;
    reply.body = "<html><body>Redirecting</body></html>\n";
    reply.extraHeaders.append({QByteArrayLiteral("Location"), location});
    reply.outcome = QStringLiteral("consent granted");
    return reply;
}

ZohoAccountsEmulator::Reply ZohoAccountsEmulator::token(const Request &request)
{
    const QString clientId = parameter(request, QStringLiteral("client_id"));
    if (m_tokenRateLimit > 0 && ++m_tokenRequestCounts[clientId] > m_tokenRateLimit)
        return throttledReply();

    const QString grantType = parameter(request, QStringLiteral("grant_type"));
    const bool fromCode = grantType == QLatin1String("authorization_code");
    if (!fromCode && grantType != QLatin1String("refresh_token"))
        return errorReply(QStringLiteral("unsupported_grant_type"));

    // UNCONFIRMED in the facts sheet: the order of these checks. This is the assumed one.
    const EmulatedClient *client = findClient(clientId, request.dataCenter);
    if (!client)
        return errorReply(QStringLiteral("invalid_client"));
    if (parameter(request, QStringLiteral("client_secret")) != client->clientSecret)
        return errorReply(QStringLiteral("invalid_client_secret"));
    const EmulatedClient copy = *client;
    return fromCode ? tokenFromCode(request, copy) : tokenFromRefreshToken(request, copy);
}

ZohoAccountsEmulator::Reply ZohoAccountsEmulator::tokenFromCode(const Request &request, const EmulatedClient &client)
{
    m_lastPkceVerified = false;
    const QString redirectUri = parameter(request, QStringLiteral("redirect_uri"));
    if (m_codeCheckedFirst && !m_codes.contains(parameter(request, QStringLiteral("code"))))
        return errorReply(QStringLiteral("invalid_code"));
    if (!client.redirectUris.contains(redirectUri))
        return errorReply(QStringLiteral("invalid_redirect_uri"));

    const auto grant = m_codes.find(parameter(request, QStringLiteral("code")));
    if (grant == m_codes.end() || grant->clientId != client.clientId || grant->dataCenter != request.dataCenter
        || grant->used || grant->age.hasExpired(m_codeLifetimeMs)) {
        return errorReply(QStringLiteral("invalid_code"));
    }
    // Spent by any attempt that names it, even a failing one (RFC 6749 section 10.5).
    grant->used = true;
    if (grant->redirectUri != redirectUri)
        return errorReply(QStringLiteral("invalid_code"));

    if (!grant->codeChallenge.isEmpty()) {
        const QString verifier = parameter(request, QStringLiteral("code_verifier"));
        bool verified = false;
        if (grant->codeChallengeMethod == QLatin1String("S256")) {
            const QByteArray hash = QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256);
            const QByteArray expected =
                hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            verified = !verifier.isEmpty() && expected == grant->codeChallenge.toLatin1();
            m_lastPkceVerified = verified;
        } else if (grant->codeChallengeMethod.isEmpty()
                   || grant->codeChallengeMethod == QLatin1String("plain")) {
            verified = !verifier.isEmpty() && verifier == grant->codeChallenge;
        }
        if (!verified)
            return errorReply(QStringLiteral("invalid_code"));
    }

    QJsonObject body;
    QString refreshToken;
    if (grant->withRefreshToken) {
        refreshToken = mintRefreshToken(client.clientId, request.dataCenter, grant->scope);
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    }
    body.insert(QStringLiteral("access_token"),
                mintAccessToken(client.clientId, request.dataCenter, grant->scope, refreshToken));
    body.insert(QStringLiteral("api_domain"), apiDomain(request.dataCenter));
    body.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    body.insert(QStringLiteral("expires_in"), accessTokenLifetimeSeconds);
    if (!grant->scope.isEmpty())
        body.insert(QStringLiteral("scope"), grant->scope);
    return jsonReply(200, body,
                     refreshToken.isEmpty() ? QStringLiteral("tokens") : QStringLiteral("tokens + refresh"));
}

ZohoAccountsEmulator::Reply ZohoAccountsEmulator::tokenFromRefreshToken(const Request &request,
                                                                       const EmulatedClient &client)
{
    const QString refreshToken = parameter(request, QStringLiteral("refresh_token"));
    const auto stored = m_refreshTokens.constFind(refreshToken);
    if (stored == m_refreshTokens.cend() || stored->clientId != client.clientId
        || stored->dataCenter != request.dataCenter || stored->revoked) {
        return errorReply(QStringLiteral("invalid_code"));
    }
    const QString scope = stored->scope;
    QJsonObject body;
    body.insert(QStringLiteral("access_token"),
                mintAccessToken(client.clientId, request.dataCenter, scope, refreshToken));
    body.insert(QStringLiteral("api_domain"), apiDomain(request.dataCenter));
    body.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    body.insert(QStringLiteral("expires_in"), accessTokenLifetimeSeconds);
    if (!scope.isEmpty())
        body.insert(QStringLiteral("scope"), scope);
    return jsonReply(200, body, QStringLiteral("refreshed"));
}

ZohoAccountsEmulator::Reply ZohoAccountsEmulator::revoke(const Request &request)
{
    const QString token = parameter(request, QStringLiteral("token"));
    const TokenKind kind = m_refreshTokens.contains(token) ? TokenKind::Refresh : TokenKind::Access;
    const RevocationAnswer configured = m_revocationAnswers.value(int(kind), RevocationAnswer::ZohoSuccess);
    if (configured == RevocationAnswer::Refused) {
        return jsonReply(400, {{QStringLiteral("error"), QStringLiteral("invalid_request")}},
                         QStringLiteral("revocation refused"));
    }
    bool known = false;
    if (const auto refresh = m_refreshTokens.find(token);
        refresh != m_refreshTokens.end() && refresh->dataCenter == request.dataCenter && !refresh->revoked) {
        // Access tokens minted from it die with it: accessTokenValid() looks at their refresh token.
        refresh->revoked = true;
        m_liveRefreshTokens[refresh->clientId].removeAll(token);
        known = true;
    } else if (const auto access = m_accessTokens.find(token);
               access != m_accessTokens.end() && access->dataCenter == request.dataCenter && !access->revoked) {
        access->revoked = true;
        known = true;
    }
    if (known)
        m_revokedTokens.append(token);
    if (configured == RevocationAnswer::Empty200) {
        Reply empty;
        empty.contentType = jsonContentType;
        empty.outcome = QStringLiteral("revoked, empty 200");
        return empty;
    }
    // Zoho answers the same whether or not it knew the token.
    return jsonReply(200, {{QStringLiteral("status"), QStringLiteral("success")}},
                     known ? QStringLiteral("revoked") : QStringLiteral("unknown token"));
}

ZohoAccountsEmulator::Reply ZohoAccountsEmulator::userInfo(const Request &request)
{
    static const QByteArray scheme = QByteArrayLiteral("zoho-oauthtoken ");
    const QByteArray authorization = request.headers.value("authorization").trimmed();
    // Zoho wants its own scheme; "Bearer", QOAuth2's default, is refused.
    const bool zohoScheme = authorization.size() > scheme.size()
        && authorization.first(scheme.size()).toLower() == scheme;
    const QString token =
        zohoScheme ? QString::fromLatin1(authorization.mid(scheme.size()).trimmed()) : QString();
    if (!zohoScheme || !accessTokenValid(token, request.dataCenter)) {
        return jsonReply(401, {{QStringLiteral("code"), QStringLiteral("INVALID_OAUTHTOKEN")}},
                         QStringLiteral("INVALID_OAUTHTOKEN"));
    }
    const QJsonObject body{
        {QStringLiteral("First_Name"), m_firstName},
        {QStringLiteral("Last_Name"), m_lastName},
        {QStringLiteral("Display_Name"), m_firstName + QLatin1Char(' ') + m_lastName},
        {QStringLiteral("Email"), m_email},
        {QStringLiteral("ZUID"), 12345678},
    };
    return jsonReply(200, body, QStringLiteral("profile"));
}

const EmulatedClient *ZohoAccountsEmulator::findClient(const QString &clientId, const QString &dataCenter) const
{
    if (clientId.isEmpty())
        return nullptr;
    // A registration in this very data center wins over a multi-DC one made elsewhere.
    for (const EmulatedClient &client : m_clients) {
        if (client.clientId == clientId && client.dataCenter == dataCenter)
            return &client;
    }
    for (const EmulatedClient &client : m_clients) {
        if (client.clientId == clientId && client.multiDc)
            return &client;
    }
    return nullptr;
}

bool ZohoAccountsEmulator::accessTokenValid(const QString &token, const QString &dataCenter) const
{
    const auto access = m_accessTokens.constFind(token);
    if (access == m_accessTokens.cend() || access->dataCenter != dataCenter || access->revoked
        || access->age.hasExpired(qint64(accessTokenLifetimeSeconds) * 1000)) {
        return false;
    }
    if (access->refreshToken.isEmpty())
        return true;
    // Gone when revoked, or when a 21st refresh token pushed it out.
    const auto refresh = m_refreshTokens.constFind(access->refreshToken);
    return refresh != m_refreshTokens.cend() && !refresh->revoked;
}

QString ZohoAccountsEmulator::mintAccessToken(const QString &clientId, const QString &dataCenter,
                                              const QString &scope, const QString &refreshToken)
{
    QString token = newZohoToken();
    while (m_accessTokens.contains(token))
        token = newZohoToken();
    AccessToken access;
    access.clientId = clientId;
    access.dataCenter = dataCenter;
    access.scope = scope;
    access.refreshToken = refreshToken;
    access.age.start();
    m_accessTokens.insert(token, access);
    m_issuedAccessTokens.append(token);
    return token;
}

QString ZohoAccountsEmulator::mintRefreshToken(const QString &clientId, const QString &dataCenter,
                                               const QString &scope)
{
    QString token = newZohoToken();
    while (m_refreshTokens.contains(token))
        token = newZohoToken();
    m_refreshTokens.insert(token, RefreshToken{clientId, dataCenter, scope, false});
    m_issuedRefreshTokens.append(token);
    QStringList &live = m_liveRefreshTokens[clientId];
    live.append(token);
    if (live.size() > maxLiveRefreshTokens) {
        // Silently, as Zoho does: the oldest token just stops working.
        m_refreshTokens.remove(live.takeFirst());
    }
    return token;
}

ZohoAccountsEmulator::Reply ZohoAccountsEmulator::jsonReply(int status, const QJsonObject &object,
                                                            const QString &outcome)
{
    Reply reply;
    reply.status = status;
    reply.contentType = jsonContentType;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    reply.outcome = outcome;
    return reply;
}

ZohoAccountsEmulator::Reply ZohoAccountsEmulator::errorReply(const QString &code)
{
    return jsonReply(200, {{QStringLiteral("error"), code}}, code);
}

ZohoAccountsEmulator::Reply ZohoAccountsEmulator::throttledReply()
{
    return jsonReply(400,
                     {
                         {QStringLiteral("error"), QStringLiteral("Access Denied")},
                         {QStringLiteral("error_description"),
                          QStringLiteral("You have made too many requests continuously. "
                                         "Please try again after some time.")},
                         {QStringLiteral("status"), QStringLiteral("failure")},
                     },
                     QStringLiteral("throttled"));
}

ZohoAccountsEmulator::Reply ZohoAccountsEmulator::htmlPage(const QString &title, const QString &text)
{
    Reply reply;
    reply.contentType = htmlContentType;
    reply.body = QStringLiteral("<!DOCTYPE html>\n<html><head><title>%1</title></head>"
                                "<body><h1>%1</h1><p>%2</p></body></html>\n")
                     .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                     .toUtf8();
    reply.outcome = title;
    return reply;
}

// Zoho's public list of its accounts servers (harmless: what `diagnose` asks for).
ZohoAccountsEmulator::Reply ZohoAccountsEmulator::serverInfo(const Request &request) const
{
    Q_UNUSED(request)
    QJsonObject locations;
    for (const QString &code : m_dataCenters)
        locations.insert(code, serverUrl(code).toString());
    return jsonReply(200, {{QStringLiteral("result"), QStringLiteral("success")}, {QStringLiteral("locations"), locations}},
                     QStringLiteral("serverinfo"));
}
