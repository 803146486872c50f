#include "httpconnection.h"

#include "emulatorlogging.h"

#include <memory>

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace {

QByteArray reasonPhrase(int statusCode)
{
    switch (statusCode) {
    case 100: return QByteArrayLiteral("Continue");
    case 200: return QByteArrayLiteral("OK");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 307: return QByteArrayLiteral("Temporary Redirect");
    case 308: return QByteArrayLiteral("Permanent Redirect");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 404: return QByteArrayLiteral("Not Found");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Unknown");
    }
}

// RFC 9110 "tchar": what a method or a header name may be made of.
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// Printable ASCII only: a request line never holds anything else, so binary input fails at once.
bool isPrintableAscii(char c)
{
    const auto u = static_cast<uchar>(c);
    return u >= 0x20 && u < 0x7f;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    // Bytes may already be buffered (a TLS handshake reads ahead); queued so that the owner can
    // connect to requestReady() first.
    QMetaObject::invokeMethod(this, &HttpConnection::readIncoming, Qt::QueuedConnection);
}

void HttpConnection::readIncoming()
{
    const QByteArray chunk = m_socket->readAll();
    // One request per connection: anything after it is dropped, so a hung answer cannot grow memory.
    if (m_state == State::Answering)
        return;
    m_buffer += chunk;

    if (m_state == State::ReadingHead) {
        // RFC 9112 asks servers to ignore empty lines before the request line.
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);

        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        const qsizetype checked = lineEnd < 0 ? m_buffer.size() : lineEnd;
        for (qsizetype i = 0; i < checked; ++i) {
            const bool trailingCr = i == m_buffer.size() - 1 && m_buffer.at(i) == '\r';
            if (!isPrintableAscii(m_buffer.at(i)) && !trailingCr) {
                fail(400);
                return;
            }
        }

        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0 || headEnd > maxHeadSize) {
            if (headEnd >= 0 || m_buffer.size() > maxHeadSize)
                fail(400);
            return;
        }
        const QByteArray head = m_buffer.left(headEnd);
        m_buffer.remove(0, headEnd + 4);
        if (const int status = parseHead(head)) {
            fail(status);
            return;
        }
        m_state = State::ReadingBody;
        if (m_buffer.size() < m_contentLength && !m_sentContinue
            && m_headers.value("expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
            // curl waits for this before sending a larger body.
            m_sentContinue = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
    }

    if (m_state == State::ReadingBody && m_buffer.size() >= m_contentLength) {
        m_body = m_buffer.left(m_contentLength);
        m_buffer.clear();
        finishRequest();
    }
}

int HttpConnection::parseHead(const QByteArray &head)
{
    QList<QByteArray> lines;
    for (qsizetype from = 0;;) {
        const qsizetype end = head.indexOf("\r\n", from);
        lines.append(head.mid(from, end < 0 ? -1 : end - from));
        if (end < 0)
            break;
        from = end + 2;
    }

    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty())
        return 400;
    const QByteArray &version = requestLine.at(2);
    if (!version.startsWith("HTTP/") || version.size() != 8)
        return 400;
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return 505;
    m_method = requestLine.at(0);

    m_target = requestLine.at(1);
    if (!m_target.startsWith('/')) {
        // Absolute form, as sent to proxies; the path and query are what matter here.
        const QUrl url = QUrl::fromEncoded(m_target, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || !url.scheme().startsWith(QLatin1String("http")))
            return 400;
        m_target = url.path(QUrl::FullyEncoded).toLatin1();
        if (m_target.isEmpty())
            m_target = "/";
        if (url.hasQuery())
            m_target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    }

    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        // No colon, whitespace before it, or an obsolete folded line: all malformed.
        if (colon <= 0 || !isToken(line.left(colon)))
            return 400;
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        for (const char c : value) {
            const auto u = static_cast<uchar>(c);
            if ((u < 0x20 && c != '\t') || u == 0x7f)
                return 400;
        }
        if (m_headers.contains(name))
            m_headers[name] += ", " + value;
        else
            m_headers.insert(name, value);
    }

    if (version == "HTTP/1.1" && !m_headers.contains("host"))
        return 400;
    // Qt and curl send Content-Length; chunked uploads are not worth emulating.
    if (m_headers.contains("transfer-encoding"))
        return 501;
    if (m_headers.contains("content-length")) {
        const QByteArray length = m_headers.value("content-length");
        bool ok = !length.isEmpty() && length.size() <= 10;
        for (const char c : length)
            ok = ok && c >= '0' && c <= '9';
        if (!ok)
            return 400;
        const qint64 parsed = length.toLongLong(&ok);
        if (!ok)
            return 400;
        if (parsed > maxBodySize)
            return 413;
        m_contentLength = qsizetype(parsed);
    }
    return 0;
}

void HttpConnection::finishRequest()
{
    m_state = State::Answering;
    emit requestReady();
}

void HttpConnection::fail(int statusCode)
{
    qCDebug(lcEmulator).noquote() << "malformed request, answering" << statusCode;
    m_state = State::Answering;
    m_buffer.clear();
    respond(statusCode, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain;charset=UTF-8")}},
            reasonPhrase(statusCode) + '\n');
}

void HttpConnection::respond(int statusCode, const HeaderList &headers, const QByteArray &body)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray data = "HTTP/1.1 " + QByteArray::number(statusCode) + ' ' + reasonPhrase(statusCode) + "\r\n";
    for (const auto &[name, value] : headers)
        data += name + ": " + value + "\r\n";
    data += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    if (m_method != "HEAD")
        data += body;
    m_socket->write(data);
    // Waits until everything is written, then closes; disconnected() then deletes this object.
    m_socket->disconnectFromHost();
}

void HttpConnection::closeWithoutAnswer()
{
    m_socket->disconnectFromHost();
}

void HttpConnection::respondDripping(int statusCode, const HeaderList &headers, const QByteArray &body, int intervalMs)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(statusCode) + ' ' + reasonPhrase(statusCode) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    m_socket->write(head);
    // The timer belongs to this connection: it stops when the peer goes away.
    auto *timer = new QTimer(this);
    auto position = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, this, [this, timer, body, position] {
        if (*position >= body.size() || m_socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            m_socket->disconnectFromHost();
            return;
        }
        m_socket->write(body.mid((*position)++, 1));
    });
    timer->start(intervalMs);
}

void HttpConnection::respondEndless(int statusCode, const HeaderList &headers, qint64 totalBytes, const QByteArray &filler,
                                    Flood flood)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState || filler.isEmpty())
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(statusCode) + ' ' + reasonPhrase(statusCode) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n";
    if (flood == Flood::HugeContentLength)
        head += "Content-Length: " + QByteArray::number(qint64(1) << 40) + "\r\n";
    if (flood == Flood::Chunked)
        head += "Transfer-Encoding: chunked\r\n";
    if (flood != Flood::Headers)
        head += "\r\n";
    m_socket->write(head);
    // One chunk at a time, the next once the socket has taken the last: memory stays flat here.
    QByteArray chunk;
    if (flood == Flood::Headers) {
        // Header lines of at most 1000 bytes, as many as it takes.
        for (int line = 0; chunk.size() < qsizetype(64) * 1024; ++line)
            chunk += "X-Filler-" + QByteArray::number(line) + ": " + filler.left(900) + "\r\n";
    } else {
        QByteArray data;
        while (data.size() < qsizetype(64) * 1024)
            data += filler;
        data.truncate(qsizetype(64) * 1024);
        chunk = flood == Flood::Chunked ? QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n" : data;
    }
    // Over TLS, what waits encrypted counts too: QSslSocket::bytesToWrite() says 0 as soon as
    // the bytes are encrypted, however many wait to be sent.
    auto *tls = qobject_cast<QSslSocket *>(m_socket);
    const auto more = [this, chunk, totalBytes, tls] {
        if (m_socket->state() != QAbstractSocket::ConnectedState || m_socket->bytesToWrite() > 0
            || (tls && tls->encryptedBytesToWrite() > 0))
            return;
        if (m_bodyBytesSent >= totalBytes) {
            m_socket->disconnectFromHost();
            return;
        }
        const QByteArray next = chunk.left(qsizetype(qMin<qint64>(chunk.size(), totalBytes - m_bodyBytesSent)));
        m_bodyBytesSent += next.size();
        m_socket->write(next);
        emit bodyBytesWritten(next.size());
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, more);
    if (tls)
        connect(tls, &QSslSocket::encryptedBytesWritten, this, more);
    more();
}
