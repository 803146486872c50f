#include "clientprober.h"

#include "datacenter.h"
#include "onboardingguide.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcProbe, "zoho.core.probe", QtWarningMsg)

namespace {

// Shaped like a real grant code so that only its validity, never its form, can be rejected.
const QString impossibleCode = QStringLiteral("1000.00000000000000000000000000000000.00000000000000000000000000000000");

// application/x-www-form-urlencoded, every value percent-encoded as it is: QUrlQuery would take a
// "%41" in a pasted value for an escape, and a "+" for a space.
QByteArray formBody(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

// Where a reply keeps what noteSslErrors() saw, until interpretTokenReply() reads it.
const char sslErrorsProperty[] = "zohoSslErrors";
const char sslIssuerProperty[] = "zohoSslIssuer";

// Who issued a certificate, as a person would name them: "Organization (Common Name)". It comes
// from the network: printable characters only (no control or bidi characters to dress it up),
// short, on one line, and never trusted as markup.
QString issuerName(const QSslCertificate &certificate)
{
    const auto printable = [](const QString &text) {
        QString kept;
        for (const QChar c : text)
            kept += c.isPrint() ? c : QLatin1Char(' ');
        return kept.simplified();
    };
    const QString organization = printable(certificate.issuerInfo(QSslCertificate::Organization).value(0));
    const QString commonName = printable(certificate.issuerInfo(QSslCertificate::CommonName).value(0));
    QString name = organization.isEmpty() || commonName.isEmpty() || organization == commonName
        ? organization + commonName
        : QStringLiteral("%1 (%2)").arg(organization, commonName);
    constexpr qsizetype maxLength = 120;
    if (name.size() > maxLength)
        name = name.left(maxLength - 1) + QChar(0x2026);
    return name;
}

// A certificate's errors, worst first: nobody trusted vouches for it (an intercepting network), it
// is outside its dates (usually this computer's clock), it belongs to another site (a login page).
ProbeCause certificateCause(const QVariantList &errors)
{
    bool untrusted = false;
    bool expired = false;
    bool wrongHost = false;
    for (const QVariant &error : errors) {
        switch (QSslError::SslError(error.toInt())) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            wrongHost = true;
            break;
        default: // self-signed, unknown issuer, revoked, rejected, ...
            untrusted = true;
            break;
        }
    }
    if (untrusted)
        return ProbeCause::CertificateUntrusted;
    if (expired)
        return ProbeCause::CertificateExpired;
    if (wrongHost)
        return ProbeCause::CertificateWrongHost;
    return ProbeCause::TlsHandshake;
}

// The proxy a failed request went through, if any, asked for again the way the network manager
// asks: its own proxy, else its factory, else the application's (the system's, see NetworkSetup).
QString proxyOf(const QNetworkReply *reply)
{
    QNetworkAccessManager *manager = reply->manager();
    QNetworkProxy proxy = manager ? manager->proxy() : QNetworkProxy(QNetworkProxy::DefaultProxy);
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QNetworkProxyQuery query(reply->url());
        const QList<QNetworkProxy> proxies = manager && manager->proxyFactory()
            ? manager->proxyFactory()->queryProxy(query)
            : QNetworkProxyFactory::proxyForQuery(query);
        proxy = proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    }
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy
        || proxy.hostName().isEmpty())
        return {};
    return QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
}

} // namespace

ClientProber::ClientProber(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ClientProber::onTimeout);
    m_servers.loadEnvironment(nullptr);
}

ClientProber::~ClientProber()
{
    // Replies belong to the network manager; make sure none reports to a dead prober.
    const auto replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ClientProber::probe(const Credentials &credentials, const QStringList &dataCenters)
{
    cancel();
    m_answers.clear();
    m_timedOut = false;

    for (const QString &code : dataCenters) {
        const QUrl server = m_servers.accountsServer(code);
        if (!server.isValid()) {
            ProbeReport::Answer answer;
            answer.dataCenter = code;
            answer.cause = ProbeCause::Other;
            answer.detail = QStringLiteral("unknown data center");
            m_answers.append(answer);
            continue;
        }
        QUrl endpoint = server;
        endpoint.setPath(server.path() + QStringLiteral("/oauth/v2/token"));

        QNetworkRequest request(endpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        // A redirect away from the token endpoint is never right; see it instead of following it.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(int(m_timeout.count()));

        const QByteArray body = formBody({
            {QStringLiteral("client_id"), credentials.clientId},
            {QStringLiteral("client_secret"), credentials.clientSecret},
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), impossibleCode},
            {QStringLiteral("redirect_uri"), OnboardingGuide::integrationRedirectUri().toString()},
        });

        qCDebug(lcProbe) << "probing" << code << "at" << endpoint.toString()
                         << "client" << Credentials::maskClientId(credentials.clientId);
        QNetworkReply *reply = m_network->post(request, body);
        m_pending.insert(reply, code);
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
        // Certificate errors are never ignored; keep the issuer so an intercepting network can be named.
        connect(reply, &QNetworkReply::sslErrors, this,
                [reply](const QList<QSslError> &errors) { noteSslErrors(reply, errors); });
    }

    if (m_pending.isEmpty()) {
        // Nothing could be asked; still answer asynchronously, as promised.
        QTimer::singleShot(0, this, &ClientProber::finishIfDone);
        return;
    }
    m_timer->start(m_timeout);
}

void ClientProber::cancel()
{
    if (m_pending.isEmpty())
        return;
    m_timer->stop();
    const auto pending = m_pending;
    m_pending.clear();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
        ProbeReport::Answer answer;
        answer.dataCenter = it.value();
        answer.cause = ProbeCause::Cancelled;
        answer.detail = QStringLiteral("cancelled");
        m_answers.append(answer);
    }
    finishIfDone();
}

void ClientProber::onTimeout()
{
    m_timedOut = true;
    // Aborting makes each reply finish with OperationCanceledError, read as a timeout.
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void ClientProber::onReplyFinished(QNetworkReply *reply)
{
    const auto it = m_pending.constFind(reply);
    if (it == m_pending.cend())
        return;
    ProbeReport::Answer answer = interpretTokenReply(reply, m_timedOut, Purpose::Probe);
    answer.dataCenter = it.value();
    m_pending.erase(it);
    reply->deleteLater();
    qCDebug(lcProbe) << "answer from" << answer.dataCenter << ProbeStatusText::key(answer.status)
                     << "http" << answer.httpStatus << answer.zohoError << answer.detail;
    m_answers.append(answer);
    finishIfDone();
}

void ClientProber::finishIfDone()
{
    if (!m_pending.isEmpty())
        return;
    m_timer->stop();
    // Report in table order, whatever order the answers came in.
    QList<ProbeReport::Answer> ordered;
    for (const QString &code : DataCenters::codes()) {
        for (const ProbeReport::Answer &answer : std::as_const(m_answers)) {
            if (answer.dataCenter == code)
                ordered.append(answer);
        }
    }
    m_answers.clear();
    emit finished(ProbeReport::combine(ordered));
}

void ClientProber::noteSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QVariantList kinds = reply->property(sslErrorsProperty).toList();
    for (const QSslError &error : errors)
        kinds.append(int(error.error()));
    reply->setProperty(sslErrorsProperty, kinds);
    if (!reply->property(sslIssuerProperty).toString().isEmpty())
        return;
    for (const QSslError &error : errors) {
        // The first certificate named: the server's own, or the top of what it presented.
        if (!error.certificate().isNull()) {
            reply->setProperty(sslIssuerProperty, issuerName(error.certificate()));
            return;
        }
    }
}

ProbeReport::Answer ClientProber::interpretTokenReply(QNetworkReply *reply, bool timedOut, Purpose purpose,
                                                     QJsonObject *body)
{
    ProbeReport::Answer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();

    // No HTTP answer: the network, a proxy or TLS stood in the way. Qt's words go to the detail.
    const auto failed = [&answer, reply](ProbeStatus status, ProbeCause cause) {
        answer.status = status;
        answer.cause = cause;
        answer.detail = reply->errorString();
        answer.proxy = proxyOf(reply);
        return answer;
    };

    if (timedOut && (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)) {
        failed(ProbeStatus::Timeout, ProbeCause::TimedOut);
        answer.detail = QStringLiteral("no answer within the time limit");
        return answer;
    }
    switch (error) {
    case QNetworkReply::NoError:
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        break; // an HTTP answer: read it below
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Cancelled by the transfer timeout (setTransferTimeout), or by the owner's timer.
        return failed(ProbeStatus::Timeout, ProbeCause::TimedOut);
    case QNetworkReply::HostNotFoundError:
        // Also what Qt reports when a proxy's own name cannot be looked up, or when a proxy
        // answers that it cannot find the host.
        return failed(ProbeStatus::NetworkError, ProbeCause::HostNotFound);
    case QNetworkReply::ConnectionRefusedError:
        return failed(ProbeStatus::NetworkError, ProbeCause::ConnectionRefused);
    case QNetworkReply::RemoteHostClosedError:
        return failed(ProbeStatus::NetworkError, ProbeCause::ConnectionReset);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return failed(ProbeStatus::NetworkError, ProbeCause::ProxyAuthenticationRequired);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return failed(ProbeStatus::NetworkError, ProbeCause::ProxyError);
    case QNetworkReply::UnknownNetworkError:
        // Qt 6.4 reports a proxy that refuses the connection, denies the tunnel or answers it
        // with an error ("Proxy connection refused", "Proxy denied connection", "Error
        // communicating with HTTP proxy") as this, not as a proxy error.
        failed(ProbeStatus::NetworkError, ProbeCause::NetworkUnreachable);
        if (!answer.proxy.isEmpty())
            answer.cause = ProbeCause::ProxyError;
        return answer;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return failed(ProbeStatus::NetworkError, ProbeCause::NetworkUnreachable);
    case QNetworkReply::SslHandshakeFailedError: {
        failed(ProbeStatus::TlsError, certificateCause(reply->property(sslErrorsProperty).toList()));
        answer.certificateIssuer = reply->property(sslIssuerProperty).toString();
        if (!answer.certificateIssuer.isEmpty())
            answer.detail += QStringLiteral(" (certificate issued by %1)").arg(answer.certificateIssuer);
        return answer;
    }
    case QNetworkReply::ProtocolUnknownError:
        // Qt 6.4 has no TlsInitializationError (6.5 adds it): without a TLS backend, https is
        // an unknown protocol to it.
        if (reply->url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
            return failed(ProbeStatus::TlsError, ProbeCause::TlsUnavailable);
        return failed(ProbeStatus::NetworkError, ProbeCause::Other);
    case QNetworkReply::InsecureRedirectError:
        // Only with a redirect policy that follows; every request here sees redirects instead.
        return failed(ProbeStatus::ServerError, ProbeCause::RedirectToPlainHttp);
    case QNetworkReply::TooManyRedirectsError:
        return failed(ProbeStatus::ServerError, ProbeCause::RedirectElsewhere);
    default:
        return failed(ProbeStatus::NetworkError, ProbeCause::Other);
    }

    if (answer.httpStatus >= 300 && answer.httpStatus < 400) {
        // Never followed: the secret would go wherever the redirect points.
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        answer.status = ProbeStatus::ServerError;
        answer.cause = location.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
            ? ProbeCause::RedirectToPlainHttp
            : ProbeCause::RedirectElsewhere;
        answer.detail = QStringLiteral("redirected to %1").arg(location.toString());
        return answer;
    }
    if (answer.httpStatus == 511) {
        // "Network Authentication Required" (RFC 6585) is what a captive portal is meant to say.
        answer.status = ProbeStatus::ServerError;
        answer.cause = ProbeCause::CaptivePortal;
        answer.detail = QStringLiteral("HTTP 511: the network wants a login first");
        return answer;
    }
    if (answer.httpStatus >= 500) {
        answer.status = ProbeStatus::ServerError;
        answer.cause = ProbeCause::HttpServerError;
        answer.detail = QStringLiteral("HTTP %1").arg(answer.httpStatus);
        return answer;
    }

    // Zoho answers errors with HTTP 200: the body decides, never the status code alone.
    const QByteArray data = reply->readAll();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        answer.status = ProbeStatus::ServerError;
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        const bool html = type.contains(QLatin1String("html"), Qt::CaseInsensitive)
            || data.trimmed().startsWith('<');
        answer.cause = html ? ProbeCause::CaptivePortal : ProbeCause::NotJson;
        answer.detail = html
            ? QStringLiteral("HTML page instead of Zoho's reply (HTTP %1): a network login page?").arg(answer.httpStatus)
            : QStringLiteral("reply is not JSON (HTTP %1)").arg(answer.httpStatus);
        return answer;
    }
    const QJsonObject object = document.object();
    if (body)
        *body = object;
    answer.zohoError = object.value(QStringLiteral("error")).toString();
    const QString description = object.value(QStringLiteral("error_description")).toString();

    if (answer.zohoError == QLatin1String("invalid_client")) {
        answer.status = ProbeStatus::UnknownClient;
    } else if (answer.zohoError == QLatin1String("invalid_client_secret")) {
        answer.status = ProbeStatus::WrongSecret;
    } else if (answer.zohoError == QLatin1String("invalid_redirect_uri")) {
        answer.status = ProbeStatus::RedirectUriNotRegistered;
    } else if (answer.zohoError == QLatin1String("invalid_code")) {
        // For the probe: everything before the code was accepted. For a sign-in: the code expired
        // (two minutes), was used already, or the PKCE verifier did not match.
        answer.status = purpose == Purpose::Probe ? ProbeStatus::Ok : ProbeStatus::SignInFailed;
    } else if (answer.zohoError.compare(QLatin1String("Access Denied"), Qt::CaseInsensitive) == 0
               || answer.zohoError == QLatin1String("access_denied")
               || description.contains(QLatin1String("too many requests"), Qt::CaseInsensitive)) {
        // With HTTP 200 or 400, whichever Zoho sends.
        answer.status = ProbeStatus::RateLimited;
        answer.cause = ProbeCause::Throttled;
        answer.detail = QStringLiteral("HTTP %1, \"%2\"").arg(answer.httpStatus).arg(answer.zohoError);
    } else if (object.contains(QStringLiteral("access_token"))) {
        if (purpose == Purpose::CodeExchange) {
            answer.status = ProbeStatus::Ok;
        } else {
            // An impossible code was accepted: whatever answered is not behaving like Zoho.
            answer.status = ProbeStatus::ServerError;
            answer.cause = ProbeCause::UnexpectedReply;
            answer.detail = QStringLiteral("the server accepted an invalid code");
        }
    } else {
        answer.status = ProbeStatus::ServerError;
        answer.cause = ProbeCause::UnexpectedReply;
        answer.detail = answer.zohoError.isEmpty() ? QStringLiteral("HTTP %1 without an error field").arg(answer.httpStatus)
                                                   : QStringLiteral("unexpected error \"%1\"").arg(answer.zohoError);
    }
    return answer;
}
