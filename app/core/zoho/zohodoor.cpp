#include "zohodoor.h"

#include "boundedhttpreply.h"
#include "printabletext.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDoor, "zoho.core.door", QtWarningMsg)

namespace {

// Where a reply keeps why the door stopped it.
const char timedOutProperty[] = "zohoDoorTimedOut";
const char tooLargeProperty[] = "zohoDoorTooLarge";

// Where a reply keeps what noteSslErrors() saw, until answer() reads it.
const char sslErrorsProperty[] = "zohoSslErrors";
const char sslIssuerProperty[] = "zohoSslIssuer";

// Who issued a certificate, as a person would name them: "Organization (Common Name)". It comes
// from the network: printable characters only (no control or bidi characters to dress it up),
// short, on one line, and never trusted as markup.
QString issuerName(const QSslCertificate &certificate)
{
    const QString organization =
        PrintableText::fromNetwork(certificate.issuerInfo(QSslCertificate::Organization).value(0), PrintableText::Unsafe::Blank);
    const QString commonName = PrintableText::fromNetwork(certificate.issuerInfo(QSslCertificate::CommonName).value(0), PrintableText::Unsafe::Blank);
    const QString name = organization.isEmpty() || commonName.isEmpty() || organization == commonName
        ? organization + commonName
        : QStringLiteral("%1 (%2)").arg(organization, commonName);
    return PrintableText::fromNetwork(name, PrintableText::Unsafe::Blank, 120);
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
// asks: its own proxy, else its factory, else the application's (the system's, set in main()).
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

ZohoDoor::ZohoDoor(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

QNetworkProxy ZohoDoor::proxyFor(const QUrl &url) const
{
    // Asked the way QNetworkAccessManager asks: its own proxy, else its factory, else the
    // application's (the system's, set in main()), which never proxies this computer itself.
    QList<QNetworkProxy> proxies{proxy()};
    if (proxy().type() == QNetworkProxy::DefaultProxy) {
        const QNetworkProxyQuery query(url);
        proxies = proxyFactory() ? proxyFactory()->queryProxy(query) : QNetworkProxyFactory::proxyForQuery(query);
    }
    // The first the door can use; an HTTP caching proxy or an FTP one is passed over, as Qt does for https.
    for (const QNetworkProxy &candidate : std::as_const(proxies)) {
        switch (candidate.type()) {
        case QNetworkProxy::NoProxy:
        case QNetworkProxy::DefaultProxy:
            return QNetworkProxy(QNetworkProxy::NoProxy);
        case QNetworkProxy::HttpProxy:
        case QNetworkProxy::Socks5Proxy:
            return candidate;
        case QNetworkProxy::HttpCachingProxy:
        case QNetworkProxy::FtpCachingProxy:
            break;
        }
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

QNetworkReply *ZohoDoor::createRequest(Operation operation, const QNetworkRequest &original, QIODevice *outgoingData)
{
    QNetworkRequest request(original);
    request.setRawHeader("Accept-Language", "en");
    const int deadline = original.transferTimeout() > 0 ? original.transferTimeout()
        : transferTimeout() > 0                         ? transferTimeout()
                                                        : int(defaultDeadline.count());
    // Requests here are a few hundred bytes of form; what the caller hands over is sent as it is.
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    // Not Qt's HTTP stack: it cannot keep a reply within the cap (see BoundedHttpReply).
    auto *reply = new BoundedHttpReply(operation, request, body, proxyFor(request.url()), maxReplySize, this);

    // Certificate errors are never ignored; the issuer is kept so an intercepting network can be named.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) { noteSslErrors(reply, errors); });
    connect(reply, &BoundedHttpReply::tooLarge, this, [reply] {
        qCInfo(lcDoor) << "reply from" << reply->url().path() << "is larger than" << maxReplySize << "bytes: refused";
        reply->setProperty(tooLargeProperty, true);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_mostBytesRead = std::max(m_mostBytesRead, reply->bytesRead());
        emit finished(reply); // as QNetworkAccessManager does for its own replies
    });

    // One deadline for the whole request, body included.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(timer, &QTimer::timeout, reply, [reply] {
        qCInfo(lcDoor) << "deadline passed for" << reply->url().path();
        reply->setProperty(timedOutProperty, true);
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, timer, &QTimer::stop);
    timer->start(deadline);
    return reply;
}

qint64 ZohoDoor::bytesRead(const QNetworkReply *reply)
{
    const auto *bounded = qobject_cast<const BoundedHttpReply *>(reply);
    return bounded ? bounded->bytesRead() : -1;
}

bool ZohoDoor::timedOut(const QNetworkReply *reply)
{
    return reply->property(timedOutProperty).toBool();
}

bool ZohoDoor::tooLarge(const QNetworkReply *reply)
{
    return reply->property(tooLargeProperty).toBool();
}

QString ZohoDoor::failureOf(QNetworkReply *reply)
{
    if (tooLarge(reply))
        return PrintableText::fromNetwork(reply->errorString(), PrintableText::Unsafe::Blank);
    if (timedOut(reply))
        return QStringLiteral("no whole answer within the time limit");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::RemoteHostClosedError || reply->error() == QNetworkReply::TimeoutError) {
        const QString why = PrintableText::fromNetwork(reply->errorString(), PrintableText::Unsafe::Blank);
        return why.isEmpty() ? QStringLiteral("no answer") : why;
    }
    return {};
}

void ZohoDoor::noteSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
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

ProbeReport::Answer ZohoDoor::answer(QNetworkReply *reply, ZohoReplyReader::Purpose purpose, QJsonObject *json)
{
    ProbeReport::Answer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();

    // No HTTP answer: the network, a proxy or TLS stood in the way. Qt's words go to the detail.
    const auto failed = [&answer, reply](ProbeStatus status, ProbeCause cause) {
        answer.status = status;
        answer.cause = cause;
        answer.detail = PrintableText::fromNetwork(reply->errorString(), PrintableText::Unsafe::Blank);
        answer.proxy = proxyOf(reply);
        return answer;
    };

    if (tooLarge(reply)) {
        failed(ProbeStatus::ServerError, ProbeCause::ReplyTooLarge);
        answer.detail += QStringLiteral(": refused, not read further");
        return answer;
    }
    if (ZohoDoor::timedOut(reply) && (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)) {
        failed(ProbeStatus::Timeout, ProbeCause::TimedOut);
        answer.detail = QStringLiteral("no whole answer within the time limit");
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
        // Cancelled by the door's deadline (setTransferTimeout), or by the owner.
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
        answer.certificateIssuer = PrintableText::fromNetwork(reply->property(sslIssuerProperty).toString(), PrintableText::Unsafe::Blank);
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

    return ZohoReplyReader::read(answer.httpStatus, reply->readAll(), purpose,
                                 reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                 reply->rawHeader("Location"), json);
}
