#include "connectiondiagnosis.h"

#include "datacenter.h"
#include "printabletext.h"
#include "zohodoor.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslError>
#include <QSslSocket>
#include <QTimeZone>
#include <QTimer>

#include <functional>

Q_LOGGING_CATEGORY(lcDiagnosis, "zoho.core.diagnosis", QtWarningMsg)

using Layer = ConnectionDiagnosis::Layer;
using Outcome = ConnectionDiagnosis::Outcome;
using Server = ConnectionDiagnosis::Server;

namespace {

const QString serverInfoPath = QStringLiteral("/oauth/serverinfo");

QString printable(const QString &text)
{
    return PrintableText::fromNetwork(text, PrintableText::Unsafe::Escape, 300);
}

QString hostPort(const QString &host, quint16 port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

quint16 portOf(const QUrl &url)
{
    return quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

// The proxy Qt will use for a request to `url`: loopback hosts never go through one (Qt's rule,
// and where the tests' emulator lives).
QNetworkProxy networkProxyFor(const QUrl &url)
{
    if (AccountsServerMap::isLoopbackHost(url.host()))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &proxy : proxies) {
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy)
            return proxy;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2: return QStringLiteral("DTLS 1.2");
    default: return QStringLiteral("TLS");
    }
}

// "Fri, 28 Nov 2026 21:30:00 GMT" (RFC 9110's IMF-fixdate), in UTC; invalid otherwise.
QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value).simplified(),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return {};
    date.setTimeSpec(Qt::UTC);
    return date;
}

// Checks one accounts server, layer by layer, then reports through `done` and goes away.
class ServerCheck : public QObject
{
public:
    ServerCheck(ZohoDoor *network, Server server, std::chrono::milliseconds timeout,
                std::function<void(const Server &)> done, QObject *parent)
        : QObject(parent)
        , m_network(network)
        , m_server(std::move(server))
        , m_timeout(timeout)
        , m_done(std::move(done))
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(); });
        m_proxy = networkProxyFor(m_server.url);
        if (m_proxy.type() != QNetworkProxy::NoProxy)
            m_server.proxy = hostPort(m_proxy.hostName(), m_proxy.port());
    }

    void start() { lookUp(); }

private:
    bool https() const { return m_server.url.scheme() == QLatin1String("https"); }

    // `timed`: the step's own timer ends it; the HTTP step has the door's deadline instead.
    void begin(Layer layer, bool timed = true)
    {
        m_layer = layer;
        m_elapsed.start();
        if (timed)
            m_timer.start(m_timeout);
    }

    void add(Outcome outcome, const QString &problem, const QString &summary)
    {
        m_timer.stop();
        ConnectionDiagnosis::Step step;
        step.layer = m_layer;
        step.outcome = outcome;
        step.milliseconds = m_elapsed.isValid() ? m_elapsed.elapsed() : -1;
        step.problem = problem;
        step.summary = summary;
        m_server.steps.append(step);
        qCInfo(lcDiagnosis).noquote() << m_server.dataCenter << ConnectionDiagnosis::layerKey(m_layer)
                                      << ConnectionDiagnosis::outcomeKey(outcome) << problem << step.milliseconds
                                      << "ms";
    }

    void skip(Layer layer, const QString &summary)
    {
        ConnectionDiagnosis::Step step;
        step.layer = layer;
        step.outcome = Outcome::Skipped;
        step.summary = summary;
        m_server.steps.append(step);
    }

    // A failed layer: the ones after it are not tried.
    void fail(const QString &problem, const QString &summary)
    {
        add(Outcome::Failed, problem, summary);
        const QList<Layer> order = {Layer::NameLookup, Layer::Connect, Layer::Tls, Layer::Http, Layer::Clock};
        for (qsizetype i = order.indexOf(m_layer) + 1; i < order.size(); ++i)
            skip(order.at(i), ConnectionDiagnosis::tr("Not tried: a step before failed."));
        finish();
    }

    void finish()
    {
        m_timer.stop();
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
        }
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
        }
        if (m_done) {
            auto done = std::move(m_done);
            m_done = nullptr;
            done(m_server);
        }
        deleteLater();
    }

    void onTimeout()
    {
        if (m_layer == Layer::NameLookup && m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        fail(QStringLiteral("timed_out"),
             ConnectionDiagnosis::tr("No answer in time (%1 s).").arg(double(m_timeout.count()) / 1000.0));
    }

    // 1. Name lookup: of the server itself, or, through a proxy, of the proxy (which looks up the server).
    void lookUp()
    {
        begin(Layer::NameLookup);
        const bool viaProxy = m_proxy.type() != QNetworkProxy::NoProxy;
        const QString host = viaProxy ? m_proxy.hostName() : m_server.url.host();
        if (viaProxy && host.isEmpty()) {
            fail(QStringLiteral("proxy_host_not_found"),
                 ConnectionDiagnosis::tr("The proxy setting names no host that can be looked up, so nothing reaches "
                                         "%1: check the proxy settings.")
                     .arg(m_server.url.host()));
            return;
        }
        if (!QHostAddress(host).isNull()) {
            add(Outcome::Passed, {},
                viaProxy ? ConnectionDiagnosis::tr("The proxy %1 is an address: nothing to look up here; %2 is looked up "
                                                   "by the proxy.")
                               .arg(printable(host), m_server.url.host())
                         : ConnectionDiagnosis::tr("%1 is an address: nothing to look up.").arg(host));
            connectTcp();
            return;
        }
        m_lookupId = QHostInfo::lookupHost(host, this, [this, host, viaProxy](const QHostInfo &info) {
            m_lookupId = -1;
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                if (viaProxy) {
                    fail(QStringLiteral("proxy_host_not_found"),
                         ConnectionDiagnosis::tr("The name of the proxy %1 could not be looked up (%2), so nothing "
                                                 "reaches %3: check the proxy settings.")
                             .arg(printable(m_server.proxy), printable(info.errorString()), m_server.url.host()));
                } else {
                    fail(QStringLiteral("host_not_found"),
                         ConnectionDiagnosis::tr("The name %1 could not be looked up (%2): no network, a DNS "
                                                 "problem, or a filter that blocks it.")
                             .arg(host, printable(info.errorString())));
                }
                return;
            }
            QStringList addresses;
            for (const QHostAddress &address : info.addresses().mid(0, 4))
                addresses.append(address.toString());
            add(Outcome::Passed, {},
                viaProxy ? ConnectionDiagnosis::tr("Proxy %1 is at %2; through a proxy, %3 is looked up by the proxy, "
                                                   "not by this computer.")
                               .arg(printable(m_server.proxy), addresses.join(QStringLiteral(", ")), m_server.url.host())
                         : ConnectionDiagnosis::tr("%1 is at %2.").arg(host, addresses.join(QStringLiteral(", "))));
            connectTcp();
        });
    }

    // 2. TCP: to the server, or through the proxy's tunnel (HTTP CONNECT) to it.
    void connectTcp()
    {
        begin(Layer::Connect);
        m_socket = new QSslSocket(this);
        const bool viaProxy = m_proxy.type() != QNetworkProxy::NoProxy;
        // Plain http through a proxy is forwarded by the proxy, not tunnelled: only reach the proxy.
        const bool proxyOnly = viaProxy && !https();
        m_socket->setProxy(proxyOnly ? QNetworkProxy(QNetworkProxy::NoProxy) : m_proxy);
        QObject::connect(m_socket, &QAbstractSocket::connected, this, [this, viaProxy] {
            const QString target = hostPort(m_server.url.host(), portOf(m_server.url));
            add(Outcome::Passed, {},
                viaProxy ? ConnectionDiagnosis::tr("Connected to %1 through the proxy %2.").arg(target, printable(m_server.proxy))
                         : ConnectionDiagnosis::tr("Connected to %1 (%2).")
                               .arg(target, m_socket->peerAddress().toString()));
            if (https()) {
                startTls();
            } else {
                skip(Layer::Tls, ConnectionDiagnosis::tr("Plain HTTP (allowed for a test server on this computer only): "
                                                         "no TLS."));
                requestHttp();
            }
        });
        QObject::connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            onSocketError(error);
        });
        QObject::connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            m_sslErrors = errors;
        });
        if (proxyOnly)
            m_socket->connectToHost(m_proxy.hostName(), m_proxy.port());
        else
            m_socket->connectToHost(m_server.url.host(), portOf(m_server.url));
    }

    void onSocketError(QAbstractSocket::SocketError error)
    {
        if (m_layer == Layer::Tls) {
            onTlsFailed();
            return;
        }
        const QString target = hostPort(m_server.url.host(), portOf(m_server.url));
        const QString why = printable(m_socket->errorString());
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            fail(QStringLiteral("connection_refused"),
                 ConnectionDiagnosis::tr("%1 refused the connection: nothing listens there, or a firewall turns it "
                                         "away.").arg(target));
            return;
        case QAbstractSocket::HostNotFoundError:
            fail(QStringLiteral("host_not_found"),
                 ConnectionDiagnosis::tr("The name %1 could not be looked up (%2).").arg(m_server.url.host(), why));
            return;
        case QAbstractSocket::ProxyConnectionRefusedError:
            fail(QStringLiteral("proxy_refused"),
                 ConnectionDiagnosis::tr("The proxy %1 refused to connect to %2 (%3).").arg(printable(m_server.proxy), target, why));
            return;
        case QAbstractSocket::ProxyNotFoundError:
            fail(QStringLiteral("proxy_host_not_found"),
                 ConnectionDiagnosis::tr("The proxy %1 could not be found (%2).").arg(printable(m_server.proxy), why));
            return;
        case QAbstractSocket::ProxyAuthenticationRequiredError:
            fail(QStringLiteral("proxy_authentication_required"),
                 ConnectionDiagnosis::tr("The proxy %1 wants a user name and password.").arg(printable(m_server.proxy)));
            return;
        case QAbstractSocket::ProxyConnectionClosedError:
        case QAbstractSocket::ProxyConnectionTimeoutError:
        case QAbstractSocket::ProxyProtocolError:
            fail(QStringLiteral("proxy_error"),
                 ConnectionDiagnosis::tr("The proxy %1 failed the connection to %2 (%3).").arg(printable(m_server.proxy), target, why));
            return;
        case QAbstractSocket::NetworkError:
            fail(QStringLiteral("network_unreachable"),
                 ConnectionDiagnosis::tr("%1 cannot be reached from this network (%2).").arg(target, why));
            return;
        case QAbstractSocket::RemoteHostClosedError:
            fail(QStringLiteral("connection_reset"),
                 ConnectionDiagnosis::tr("%1 closed the connection at once (%2).").arg(target, why));
            return;
        default:
            fail(QStringLiteral("network_error"), ConnectionDiagnosis::tr("Connecting to %1 failed: %2.").arg(target, why));
            return;
        }
    }

    // 3. TLS: the protocol, the certificate's issuer and dates; an unknown issuer means interception.
    void startTls()
    {
        begin(Layer::Tls);
        QObject::connect(m_socket, &QSslSocket::encrypted, this, [this] {
            readCertificate(m_socket->peerCertificate());
            m_server.tls.trusted = true;
            m_server.tls.protocol = protocolName(m_socket->sessionProtocol());
            m_server.tls.cipher = m_socket->sessionCipher().name();
            add(Outcome::Passed, {},
                ConnectionDiagnosis::tr("%1; certificate for %2 issued by “%3”, valid until %4.")
                    .arg(m_server.tls.protocol, m_server.tls.subject, m_server.tls.issuer,
                         m_server.tls.notAfter.toString(Qt::ISODate)));
            m_socket->disconnect(this);
            m_socket->abort();
            requestHttp();
        });
        m_socket->startClientEncryption();
    }

    void readCertificate(const QSslCertificate &certificate)
    {
        if (certificate.isNull())
            return;
        m_server.tls.subject = printable(certificate.subjectDisplayName());
        m_server.tls.issuer = printable(certificate.issuerDisplayName());
        m_server.tls.notBefore = certificate.effectiveDate().toUTC();
        m_server.tls.notAfter = certificate.expiryDate().toUTC();
    }

    void onTlsFailed()
    {
        QSslCertificate certificate;
        for (const QSslError &error : std::as_const(m_sslErrors)) {
            if (!error.certificate().isNull()) {
                certificate = error.certificate();
                break;
            }
        }
        if (certificate.isNull() && !m_socket->peerCertificateChain().isEmpty())
            certificate = m_socket->peerCertificateChain().constFirst();
        readCertificate(certificate);
        m_server.tls.protocol = protocolName(m_socket->sessionProtocol());

        auto has = [this](std::initializer_list<QSslError::SslError> kinds) {
            for (const QSslError &error : std::as_const(m_sslErrors)) {
                for (QSslError::SslError kind : kinds) {
                    if (error.error() == kind)
                        return true;
                }
            }
            return false;
        };
        const QString host = m_server.url.host();
        if (has({QSslError::CertificateExpired, QSslError::CertificateNotYetValid})) {
            fail(QStringLiteral("certificate_expired"),
                 ConnectionDiagnosis::tr("The certificate for %1 is valid from %2 to %3, and this computer's clock "
                                         "says %4: when the clock is wrong, secure connections fail.")
                     .arg(host, m_server.tls.notBefore.toString(Qt::ISODate), m_server.tls.notAfter.toString(Qt::ISODate),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
        } else if (has({QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
                        QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
                        QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted,
                        QSslError::InvalidCaCertificate, QSslError::CertificateRejected})) {
            m_server.tls.inspected = true;
            fail(QStringLiteral("certificate_untrusted"),
                 ConnectionDiagnosis::tr("The certificate presented for %1 is issued by “%2”, which is not a public "
                                         "certificate authority: your network inspects secure connections (a company "
                                         "firewall, proxy or antivirus). Ask IT to let %1 through unchanged.")
                     .arg(host, m_server.tls.issuer.isEmpty() ? ConnectionDiagnosis::tr("an unknown issuer")
                                                               : m_server.tls.issuer));
        } else if (has({QSslError::HostNameMismatch})) {
            fail(QStringLiteral("certificate_wrong_host"),
                 ConnectionDiagnosis::tr("The certificate presented is for %1, not %2: a login page or a filter "
                                         "answers instead of Zoho.")
                     .arg(m_server.tls.subject, host));
        } else {
            fail(QStringLiteral("tls_handshake"),
                 ConnectionDiagnosis::tr("No secure connection could be made (%1).").arg(printable(m_socket->errorString())));
        }
    }

    // 4. HTTP: a harmless GET through the door the assistant's own requests take (same proxy
    // rules, deadline, no redirects, cap on the answer).
    void requestHttp()
    {
        begin(Layer::Http, false);
        QUrl url = m_server.url;
        url.setPath(serverInfoPath);
        QNetworkRequest request(url);
        request.setTransferTimeout(int(m_timeout.count()));
        m_requestStarted = QDateTime::currentDateTimeUtc();
        m_reply = m_network->get(request);
        QObject::connect(m_reply, &QNetworkReply::finished, this, [this] { onHttpFinished(); });
    }

    void onHttpFinished()
    {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        const qint64 took = m_elapsed.elapsed();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_server.httpStatus = status;
        m_server.serverHeader = printable(QString::fromLatin1(reply->rawHeader("Server")));
        const QString reason = printable(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        if (ZohoDoor::tooLarge(reply)) {
            fail(QStringLiteral("reply_too_large"),
                 ConnectionDiagnosis::tr("The answer was larger than %1 MiB, far larger than any of Zoho's: it was "
                                         "refused, not read further. Something other than Zoho may be answering.")
                     .arg(ZohoDoor::maxReplySize / (qsizetype(1024) * 1024)));
            return;
        }
        if (ZohoDoor::timedOut(reply)) {
            onTimeout();
            return;
        }
        if (status == 0) {
            fail(reply->error() == QNetworkReply::TimeoutError || reply->error() == QNetworkReply::OperationCanceledError
                     ? QStringLiteral("timed_out")
                     : QStringLiteral("http_failed"),
                 ConnectionDiagnosis::tr("The request got no answer: %1.").arg(printable(reply->errorString())));
            return;
        }
        const QString server = m_server.serverHeader.isEmpty() ? ConnectionDiagnosis::tr("unnamed") : m_server.serverHeader;
        if (status >= 500) {
            fail(QStringLiteral("http_server_error"),
                 ConnectionDiagnosis::tr("The server answered HTTP %1 %2 (server “%3”): an error on the server's side; "
                                         "try again later.")
                     .arg(status).arg(reason, server));
            return;
        }
        const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (status == 200 && contentType.startsWith("text/html")) {
            add(Outcome::Warning, QStringLiteral("captive_portal"),
                ConnectionDiagnosis::tr("A web page answered instead of Zoho (HTTP %1, server “%2”): a network "
                                        "login page or a filter.")
                    .arg(status).arg(server));
        } else if (status >= 300 && status < 400) {
            add(Outcome::Warning, QStringLiteral("redirected"),
                ConnectionDiagnosis::tr("HTTP %1: redirected to %2 (server “%3”).")
                    .arg(status)
                    .arg(printable(QString::fromLatin1(reply->rawHeader("Location"))), server));
        } else {
            add(Outcome::Passed, {}, ConnectionDiagnosis::tr("HTTP %1 %2 from server “%3”.").arg(status).arg(reason, server));
        }
        checkClock(reply->rawHeader("Date"), took);
    }

    // 5. The clock: the server's Date header against this computer's, at the middle of the request.
    void checkClock(const QByteArray &dateHeader, qint64 requestMs)
    {
        m_layer = Layer::Clock;
        m_elapsed.invalidate();
        const QDateTime serverTime = parseHttpDate(dateHeader);
        if (!serverTime.isValid()) {
            skip(Layer::Clock, ConnectionDiagnosis::tr("The server sent no usable date to compare with."));
            finish();
            return;
        }
        const QDateTime local = m_requestStarted.addMSecs(requestMs / 2);
        const qint64 offset = local.secsTo(serverTime);
        m_server.hasClock = true;
        m_server.clockOffsetSeconds = offset;
        if (qAbs(offset) <= ConnectionDiagnosis::clockToleranceSeconds) {
            add(Outcome::Passed, {},
                ConnectionDiagnosis::tr("This computer's clock agrees with the server's (%1 s apart).").arg(qAbs(offset)));
        } else {
            const qint64 minutes = (qAbs(offset) + 30) / 60;
            const qint64 hours = (minutes + 30) / 60;
            const QString howFar = minutes < 120 ? ConnectionDiagnosis::tr("%1 minutes").arg(minutes)
                                                 : ConnectionDiagnosis::tr("%1 hours").arg(hours);
            //: %1 is "9 minutes" or "3 hours"
            add(Outcome::Warning, QStringLiteral("clock_skew"),
                offset > 0 ? ConnectionDiagnosis::tr("Your clock is %1 behind the server's: secure connections can fail "
                                                     "when it is this far off. Set the date and time automatically.")
                                 .arg(howFar)
                           : ConnectionDiagnosis::tr("Your clock is %1 ahead of the server's: secure connections can fail "
                                                     "when it is this far off. Set the date and time automatically.")
                                 .arg(howFar));
        }
        finish();
    }

    ZohoDoor *m_network;
    Server m_server;
    std::chrono::milliseconds m_timeout;
    std::function<void(const Server &)> m_done;
    QNetworkProxy m_proxy;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    Layer m_layer = Layer::NameLookup;
    int m_lookupId = -1;
    QPointer<QSslSocket> m_socket;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    QDateTime m_requestStarted;
};

} // namespace

bool ConnectionDiagnosis::Server::reachable() const
{
    for (const Step &step : steps) {
        if (step.outcome == Outcome::Failed)
            return false;
    }
    return !steps.isEmpty();
}

ConnectionDiagnosis::Step ConnectionDiagnosis::Server::verdict() const
{
    for (const Outcome wanted : {Outcome::Failed, Outcome::Warning}) {
        for (const Step &step : steps) {
            if (step.outcome == wanted)
                return step;
        }
    }
    Step ok;
    ok.layer = Layer::Http;
    ok.outcome = Outcome::Passed;
    ok.summary = tr("Reachable: every step passed.");
    return ok;
}

ConnectionDiagnosis::ProxyInfo ConnectionDiagnosis::proxyFor(const QUrl &url)
{
    ProxyInfo info;
    const QNetworkProxy proxy = networkProxyFor(url);
    if (proxy.type() == QNetworkProxy::NoProxy)
        return info;
    const QString scheme = proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : QStringLiteral("http");
    info.proxy = QStringLiteral("%1://%2").arg(scheme, hostPort(proxy.hostName(), proxy.port()));
    // Set by the program (an application proxy or factory) unless it asks for the system's.
    // QNetworkProxy::applicationProxy() cannot tell: it asks the system's settings too.
    if (!QNetworkProxyFactory::usesSystemConfiguration()) {
        info.origin = ProxyOrigin::Application;
        return info;
    }
#if defined(Q_OS_WIN)
    // Qt on Windows reads the proxy from Windows' settings (WinHTTP) only, never from the
    // environment: a variable naming the same proxy is a coincidence.
    info.origin = ProxyOrigin::SystemSettings;
    return info;
#else
    // The variables Qt (and libproxy) read, most specific first.
    const QStringList variables = url.scheme() == QLatin1String("https")
        ? QStringList{QStringLiteral("https_proxy"), QStringLiteral("HTTPS_PROXY"), QStringLiteral("all_proxy"),
                      QStringLiteral("ALL_PROXY")}
        : QStringList{QStringLiteral("http_proxy"), QStringLiteral("HTTP_PROXY"), QStringLiteral("all_proxy"),
                      QStringLiteral("ALL_PROXY")};
    for (const QString &variable : variables) {
        const QString value = qEnvironmentVariable(variable.toLatin1().constData());
        if (value.isEmpty())
            continue;
        const QUrl fromEnv = QUrl::fromUserInput(value);
        if (fromEnv.host() == proxy.hostName() && fromEnv.port(proxy.port()) == proxy.port()) {
            info.origin = ProxyOrigin::Environment;
            info.variable = variable;
            return info;
        }
    }
    info.origin = ProxyOrigin::SystemSettings;
    return info;
#endif
}

ConnectionDiagnosis::ConnectionDiagnosis(QObject *parent)
    : QObject(parent)
    , m_network(new ZohoDoor(this))
{
}

ConnectionDiagnosis::~ConnectionDiagnosis() = default;

void ConnectionDiagnosis::run(const QStringList &dataCenters)
{
    m_results.clear();
    m_running = 0;
    QList<QPair<int, Server>> toStart;
    for (const QString &code : dataCenters) {
        Server server;
        server.dataCenter = code;
        server.url = m_servers.accountsServer(code);
        server.overridden = m_servers.isOverridden(code);
        if (!server.url.isValid())
            continue;
        toStart.append({int(m_results.size()), server});
        m_results.append(server);
    }
    m_running = int(toStart.size());
    if (toStart.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit finished(m_results); });
        return;
    }
    for (const auto &[index, server] : std::as_const(toStart)) {
        auto *check = new ServerCheck(m_network, server, m_timeout,
                                      [this, index = index](const Server &done) { onServerDone(index, done); }, this);
        // Started from the event loop, so finished() never comes from inside run().
        QTimer::singleShot(0, check, [check] { check->start(); });
    }
}

void ConnectionDiagnosis::onServerDone(int index, const Server &server)
{
    m_results[index] = server;
    if (--m_running == 0)
        emit finished(m_results);
}

QString ConnectionDiagnosis::layerKey(Layer layer)
{
    switch (layer) {
    case Layer::NameLookup: return QStringLiteral("name_lookup");
    case Layer::Connect: return QStringLiteral("connect");
    case Layer::Tls: return QStringLiteral("tls");
    case Layer::Http: return QStringLiteral("http");
    case Layer::Clock: return QStringLiteral("clock");
    }
    return {};
}

QString ConnectionDiagnosis::layerName(Layer layer)
{
    switch (layer) {
    case Layer::NameLookup: return tr("Name lookup");
    case Layer::Connect: return tr("Connection");
    case Layer::Tls: return tr("Secure connection (TLS)");
    case Layer::Http: return tr("HTTP");
    case Layer::Clock: return tr("Clock");
    }
    return {};
}

QString ConnectionDiagnosis::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed: return QStringLiteral("passed");
    case Outcome::Warning: return QStringLiteral("warning");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}
