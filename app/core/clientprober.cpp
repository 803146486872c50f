#include "clientprober.h"

#include "datacenter.h"
#include "onboardingguide.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
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

QString issuerOf(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = error.certificate();
        if (!certificate.isNull()) {
            const QStringList names = certificate.issuerInfo(QSslCertificate::Organization)
                + certificate.issuerInfo(QSslCertificate::CommonName);
            if (!names.isEmpty())
                return names.join(QStringLiteral(", "));
        }
    }
    return {};
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
            m_answers.append({code, ProbeStatus::NetworkError, 0, {}, QStringLiteral("unknown data center")});
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
        connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
            reply->setProperty("zohoSslIssuer", issuerOf(errors));
        });
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
        m_answers.append({it.value(), ProbeStatus::NetworkError, 0, {}, QStringLiteral("cancelled")});
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

ProbeReport::Answer ClientProber::interpretTokenReply(QNetworkReply *reply, bool timedOut, Purpose purpose,
                                                     QJsonObject *body)
{
    ProbeReport::Answer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();

    if (timedOut && (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)) {
        answer.status = ProbeStatus::Timeout;
        answer.detail = QStringLiteral("no answer within the time limit");
        return answer;
    }
    switch (error) {
    case QNetworkReply::NoError:
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        break; // an HTTP answer: read it below
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        answer.status = ProbeStatus::Timeout;
        answer.detail = reply->errorString();
        return answer;
    case QNetworkReply::SslHandshakeFailedError: {
        answer.status = ProbeStatus::TlsError;
        const QString issuer = reply->property("zohoSslIssuer").toString();
        answer.detail = issuer.isEmpty() ? reply->errorString()
                                         : reply->errorString() + QStringLiteral(" (certificate issued by %1)").arg(issuer);
        return answer;
    }
    default:
        answer.status = ProbeStatus::NetworkError;
        answer.detail = reply->errorString();
        return answer;
    }

    if (answer.httpStatus >= 300 && answer.httpStatus < 400) {
        answer.status = ProbeStatus::ServerError;
        answer.detail = QStringLiteral("redirected to %1")
                            .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toString());
        return answer;
    }
    if (answer.httpStatus >= 500) {
        answer.status = ProbeStatus::ServerError;
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
        answer.detail = type.contains(QLatin1String("html"), Qt::CaseInsensitive)
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
        answer.status = ProbeStatus::RateLimited;
    } else if (object.contains(QStringLiteral("access_token"))) {
        if (purpose == Purpose::CodeExchange) {
            answer.status = ProbeStatus::Ok;
        } else {
            // An impossible code was accepted: whatever answered is not behaving like Zoho.
            answer.status = ProbeStatus::ServerError;
            answer.detail = QStringLiteral("the server accepted an invalid code");
        }
    } else {
        answer.status = ProbeStatus::ServerError;
        answer.detail = answer.zohoError.isEmpty() ? QStringLiteral("HTTP %1 without an error field").arg(answer.httpStatus)
                                                   : QStringLiteral("unexpected error \"%1\"").arg(answer.zohoError);
    }
    return answer;
}
