#include "zohoreplyreader.h"

#include "printabletext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

namespace {

QString field(const QJsonObject &object, const QString &name)
{
    return PrintableText::fromNetwork(object.value(name).toString(), PrintableText::Unsafe::Blank);
}

} // namespace

ProbeReport::Answer ZohoReplyReader::read(int httpStatus, const QByteArray &body, Purpose purpose,
                                          const QByteArray &contentType, const QByteArray &location,
                                          QJsonObject *json)
{
    ProbeReport::Answer answer;
    answer.httpStatus = httpStatus;

    if (httpStatus >= 300 && httpStatus < 400) {
        // Never followed: a secret, a code or a token would go wherever the redirect points.
        const QUrl target = QUrl::fromEncoded(location.trimmed());
        answer.status = ProbeStatus::ServerError;
        answer.cause = target.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
            ? ProbeCause::RedirectToPlainHttp
            : ProbeCause::RedirectElsewhere;
        answer.detail = QStringLiteral("HTTP %1, redirected to %2 (not followed)")
                            .arg(httpStatus)
                            .arg(PrintableText::fromNetwork(QString::fromLatin1(location), PrintableText::Unsafe::Blank));
        return answer;
    }
    if (httpStatus == 511) {
        // "Network Authentication Required" (RFC 6585) is what a captive portal is meant to say.
        answer.status = ProbeStatus::ServerError;
        answer.cause = ProbeCause::CaptivePortal;
        answer.detail = QStringLiteral("HTTP 511: the network wants a login first");
        return answer;
    }
    if (httpStatus >= 500) {
        answer.status = ProbeStatus::ServerError;
        answer.cause = ProbeCause::HttpServerError;
        answer.detail = QStringLiteral("HTTP %1").arg(httpStatus);
        return answer;
    }

    // Zoho answers errors with HTTP 200: the body decides, never the status code alone.
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        answer.status = ProbeStatus::ServerError;
        const bool html = contentType.toLower().contains("html") || body.trimmed().startsWith('<');
        answer.cause = html ? ProbeCause::CaptivePortal : ProbeCause::NotJson;
        answer.detail = html
            ? QStringLiteral("HTML page instead of Zoho's reply (HTTP %1): a network login page?").arg(httpStatus)
            : QStringLiteral("reply is not JSON (HTTP %1)").arg(httpStatus);
        return answer;
    }
    const QJsonObject object = document.object();
    if (json)
        *json = object;
    answer.zohoError = field(object, QStringLiteral("error"));
    const QString description = field(object, QStringLiteral("error_description"));
    const bool failure = object.value(QStringLiteral("status")).toString() == QLatin1String("failure");

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
               || description.contains(QLatin1String("too many requests"), Qt::CaseInsensitive)
               || (failure && !object.contains(QStringLiteral("access_token")))) {
        // With HTTP 200 or 400, whichever Zoho sends; in English or, despite "Accept-Language: en",
        // in the customer's language: Zoho's throttling replies carry "status":"failure", and no
        // other failure of the token endpoint is known to.
        answer.status = ProbeStatus::RateLimited;
        answer.cause = ProbeCause::Throttled;
        answer.detail = QStringLiteral("HTTP %1, \"%2\"").arg(httpStatus).arg(answer.zohoError);
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
        answer.detail = answer.zohoError.isEmpty()
            ? QStringLiteral("HTTP %1 without an error field").arg(httpStatus)
            : QStringLiteral("unexpected error \"%1\"").arg(answer.zohoError);
    }
    return answer;
}

bool ZohoReplyReader::readRevocation(int httpStatus, const QByteArray &body, QString *detail)
{
    const QByteArray trimmed = body.trimmed();
    if (httpStatus == 200 && trimmed.isEmpty())
        return true; // RFC 7009: an empty 200
    const QJsonObject object = QJsonDocument::fromJson(trimmed).object();
    if (httpStatus >= 200 && httpStatus < 300
        && object.value(QStringLiteral("status")).toString() == QLatin1String("success")) {
        return true;
    }
    if (detail) {
        const QString error = field(object, QStringLiteral("error"));
        *detail = error.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
                                  : QStringLiteral("HTTP %1, \"%2\"").arg(httpStatus).arg(error);
    }
    return false;
}

ZohoReplyReader::Account ZohoReplyReader::readAccount(int httpStatus, const QByteArray &body)
{
    if (httpStatus != 200)
        return {};
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return {field(object, QStringLiteral("Email")), field(object, QStringLiteral("Display_Name"))};
}
