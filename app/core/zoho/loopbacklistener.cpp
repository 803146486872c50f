#include "loopbacklistener.h"

#include "callbackrequest.h"
#include "loopbackaddress.h"
#include "printabletext.h"
#include "zohodoor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcListener, "zoho.core.listener", QtWarningMsg)

namespace {

// A browser opens a few connections at most (six per host). Any number may wait: past this many,
// the one that has waited longest, preferably one that has sent nothing, makes room for the new
// one, so that nobody can fill the listener and keep the browser out. Each holds at most
// CallbackRequest::maxHeadSize bytes (twice: its buffer and its socket's), 4 MiB in all.
constexpr qsizetype maxConnections = 128;
// A browser sends its request as soon as it has connected: a connection that has sent nothing for
// this long is dropped (a browser's unused spare connection is opened again when needed) ...
constexpr int idleTimeoutMs = 3000;
// ... and one whose request has not come whole in this time is trickling, and dropped too.
constexpr int requestTimeoutMs = 8000;
// More connections waiting at once than a browser ever opens: someone else is at the port.
constexpr qsizetype crowdedAt = 16;
// Connections the system holds for the listener until it accepts them (capped by the system).
constexpr int listenBacklog = 1024;
// Time for a written page to reach its browser after the listener closed.
constexpr int lingerMs = 5000;

QByteArray reason(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    default: return QByteArrayLiteral("Unknown");
    }
}

// What an error on Zoho's redirect means, for the page; the assistant gives the full advice.
QString meaning(const QString &error)
{
    if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client"))
        return LoopbackListener::tr("Zoho does not know this Client ID in the data center that was asked.");
    if (error == QLatin1String("invalid_redirect_uri") || error == QLatin1String("redirect_uri_mismatch"))
        return LoopbackListener::tr("The return address entered in Zoho for this client does not match the assistant's exactly.");
    if (error == QLatin1String("invalid_scope"))
        return LoopbackListener::tr("Zoho did not allow the access the assistant asked for.");
    if (error == QLatin1String("server_error") || error == QLatin1String("temporarily_unavailable"))
        return LoopbackListener::tr("Zoho had a passing problem of its own.");
    return LoopbackListener::tr("Zoho did not say more.");
}

} // namespace

LoopbackListener::LoopbackListener(quint16 port, QObject *parent)
    : QAbstractOAuthReplyHandler(parent)
    , m_server(new QTcpServer(this))
    , m_port(port)
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::acceptConnections);
    // A queue of connections not yet accepted that a burst cannot fill: past it the system drops a
    // browser's connection attempt, and the browser only tries again a second later.
    m_server->setListenBacklogSize(listenBacklog);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        qCInfo(lcListener) << "cannot listen on port" << port << m_server->errorString();
}

LoopbackListener::~LoopbackListener()
{
    close();
}

bool LoopbackListener::isListening() const
{
    return m_server->isListening();
}

void LoopbackListener::close()
{
    m_server->close();
    // Requests still being read are dropped with their bytes; answered ones finish on their own.
    const auto reading = m_order;
    for (QTcpSocket *socket : reading)
        drop(socket);
    const auto sockets = findChildren<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        // Written but perhaps not yet sent: let it go out without this listener.
        socket->setParent(nullptr);
        QTimer::singleShot(lingerMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

QString LoopbackListener::callback() const
{
    return LoopbackAddress::redirectUri(m_port).toString();
}

void LoopbackListener::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_order.size() >= maxConnections)
            makeRoom();
        socket->setParent(this);
        // Qt's own buffer is bounded too: what a request may hold, read on each readyRead.
        socket->setReadBufferSize(CallbackRequest::maxHeadSize + 1);
        m_buffers.insert(socket, QByteArray());
        m_order.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        // A closed connection takes its bytes with it: nothing carries over to the next one.
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            forget(socket);
            socket->deleteLater();
        });
        QTimer::singleShot(idleTimeoutMs, socket, [this, socket] {
            const auto buffer = m_buffers.constFind(socket);
            if (buffer != m_buffers.cend() && buffer->isEmpty())
                drop(socket);
        });
        QTimer::singleShot(requestTimeoutMs, socket, [this, socket] {
            if (m_buffers.contains(socket))
                drop(socket);
        });
        if (m_order.size() > crowdedAt)
            noteCrowded();
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void LoopbackListener::makeRoom()
{
    // The oldest that has sent nothing; else the oldest.
    const auto silent = std::find_if(m_order.cbegin(), m_order.cend(),
                                     [this](QTcpSocket *socket) { return m_buffers.value(socket).isEmpty(); });
    QTcpSocket *oldest = silent != m_order.cend() ? *silent : m_order.constFirst();
    drop(oldest);
    noteCrowded();
}

void LoopbackListener::noteCrowded()
{
    if (m_crowded)
        return;
    m_crowded = true;
    qCInfo(lcListener) << "more than" << crowdedAt << "connections at once: another program is at the port";
    emit crowded();
}

void LoopbackListener::forget(QTcpSocket *socket)
{
    m_buffers.remove(socket);
    m_order.removeOne(socket);
}

void LoopbackListener::readFrom(QTcpSocket *socket)
{
    const auto buffer = m_buffers.find(socket);
    if (buffer == m_buffers.end()) {
        socket->readAll(); // answered already: whatever follows is ignored
        return;
    }
    // Never more than one byte past the limit, however much the peer sends.
    *buffer += socket->read(CallbackRequest::maxHeadSize + 1 - buffer->size());
    const CallbackRequest request = CallbackRequest::parse(*buffer);
    if (request.verdict == CallbackRequest::Verdict::Incomplete && buffer->size() > CallbackRequest::maxHeadSize) {
        respond(socket, 431, Page::NotThisSignIn);
        return;
    }
    switch (request.verdict) {
    case CallbackRequest::Verdict::Incomplete:
        return;
    case CallbackRequest::Verdict::TooLarge:
        qCInfo(lcListener) << "refused a request larger than" << CallbackRequest::maxHeadSize << "bytes";
        respond(socket, 431, Page::NotThisSignIn);
        return;
    case CallbackRequest::Verdict::Malformed:
        qCInfo(lcListener) << "refused bytes that are not an HTTP request";
        respond(socket, 400, Page::NotThisSignIn);
        return;
    case CallbackRequest::Verdict::MethodNotAllowed:
        qCInfo(lcListener) << "refused a request that is not a GET";
        respond(socket, 405, Page::NotThisSignIn);
        return;
    case CallbackRequest::Verdict::Complete:
        handle(socket, request);
        return;
    }
}

void LoopbackListener::handle(QTcpSocket *socket, const CallbackRequest &request)
{
    if (request.path != QLatin1Char('/') + LoopbackAddress::path()) {
        respond(socket, 404, Page::NotThisSignIn);
        return;
    }
    // Only Zoho's answer to this very sign-in counts, errors included: any web page can make the
    // browser send a request here, but none knows the state.
    const QString state = request.value(QStringLiteral("state"));
    if (m_expectedState.isEmpty() || state != m_expectedState) {
        qCInfo(lcListener) << "ignored a callback whose state does not match the sign-in under way";
        respond(socket, 400, Page::NotThisSignIn);
        return;
    }
    const QString error = request.value(QStringLiteral("error"));
    if (error.isEmpty() && !request.hasItem(QStringLiteral("code"))) {
        respond(socket, 400, Page::NotThisSignIn);
        return;
    }
    m_expectedState.clear(); // one answer per sign-in
    if (error == QLatin1String("access_denied"))
        respond(socket, 200, Page::Declined);
    else if (!error.isEmpty())
        respond(socket, 200, Page::ZohoError, error);
    else
        respond(socket, 200, Page::SignedIn);

    QVariantMap values;
    for (const auto &[key, value] : request.query)
        values.insert(QUrl::fromPercentEncoding(key.toLatin1()), value);
    emit redirectReceived(values);
}

void LoopbackListener::respond(QTcpSocket *socket, int status, Page kind, const QString &zohoError)
{
    forget(socket);
    socket->readAll(); // unread bytes would make the close a reset, which can cost the page
    const QByteArray body = page(kind, zohoError);
    QByteArray data = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    data += "Content-Type: text/html; charset=utf-8\r\n"
            "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
            "Cache-Control: no-store\r\n"
            "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
            "X-Content-Type-Options: nosniff\r\n"
            "Referrer-Policy: no-referrer\r\n"
            "Connection: close\r\n\r\n";
    data += body;
    socket->write(data);
    socket->flush();
    // Closes once everything is written; disconnected() then deletes the socket.
    socket->disconnectFromHost();
}

void LoopbackListener::drop(QTcpSocket *socket)
{
    forget(socket);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

QByteArray LoopbackListener::page(Page kind, const QString &zohoError)
{
    QString title;
    QString text;
    switch (kind) {
    case Page::SignedIn:
        title = tr("Signed in to Zoho");
        text = tr("Zoho has answered the Zoho onboarding assistant. You can close this tab and go back to the "
                  "assistant: it finishes the check and shows the result.");
        break;
    case Page::Declined:
        title = tr("Zoho did not allow access");
        text = tr("Access was declined on Zoho's page, or there were too many sign-in attempts within 10 minutes. "
                  "Close this tab and go back to the assistant: it says what to do.");
        break;
    case Page::ZohoError:
        title = tr("Zoho reported a problem");
        //: %1 is the error code Zoho sent, such as "invalid_client"; %2 says what it means
        text = tr("Zoho answered the sign-in with \"%1\": %2 Close this tab and go back to the assistant: it says "
                  "what to do.")
                   .arg(PrintableText::fromNetwork(zohoError, PrintableText::Unsafe::Blank, 80), meaning(zohoError));
        break;
    case Page::NotThisSignIn:
        title = tr("Not an answer to this sign-in");
        text = tr("This address on your computer belongs to the Zoho onboarding assistant. What arrived here is not "
                  "Zoho's answer to the sign-in under way, so nothing was changed. To sign in, use the tab that "
                  "the assistant opened, or start the sign-in again from the assistant.");
        break;
    }
    // The page's language is the one its words are in: the UI language when translated, else English.
    const bool translated = tr("Signed in to Zoho") != QLatin1String("Signed in to Zoho");
    const QString lang = translated ? QLocale().bcp47Name() : QStringLiteral("en");
    const QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%2</title>"
        "<style>body{font-family:system-ui,-apple-system,\"Segoe UI\",sans-serif;max-width:36em;margin:4em auto;"
        "padding:0 1em;color:#1d1d1f;background:#fff;line-height:1.5}h1{font-size:1.5em}</style></head>"
        "<body><h1>%2</h1><p>%3</p></body></html>\n")
                             .arg(lang.toHtmlEscaped(), title.toHtmlEscaped(), text.toHtmlEscaped());
    return html.toUtf8();
}

void LoopbackListener::networkReplyFinished(QNetworkReply *reply)
{
    QJsonObject body;
    const ProbeReport::Answer answer = ZohoDoor::answer(reply, ZohoReplyReader::Purpose::CodeExchange, &body);
    reply->deleteLater();
    if (answer.status != ProbeStatus::Ok) {
        emit tokenRequestFailed(answer);
        return;
    }
    emit tokensReceived(body.toVariantMap());
}
