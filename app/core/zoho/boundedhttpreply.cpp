#include "boundedhttpreply.h"

#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>
#include <cctype>
#include <limits>
#include <utility>

Q_LOGGING_CATEGORY(lcBoundedReply, "zoho.core.door.http", QtWarningMsg)

namespace {

// A chunk-size line is a few hex digits and perhaps an extension; anything longer is not HTTP.
constexpr qsizetype maxChunkLine = 1024;

// Hop-by-hop and framing headers this reply writes itself; a request's own are never sent.
bool writtenHere(const QByteArray &name)
{
    static const QByteArrayList names = {"host", "connection", "content-length", "transfer-encoding", "te",
                                         "keep-alive", "upgrade", "expect", "proxy-connection", "proxy-authorization"};
    return names.contains(name.toLower());
}

bool isHex(const QByteArray &digits)
{
    return !digits.isEmpty()
        && std::all_of(digits.cbegin(), digits.cend(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

bool isDecimal(const QByteArray &digits)
{
    return !digits.isEmpty()
        && std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

// The end of the head: after the first empty line ("\r\n\r\n", or bare "\n\n" from a sloppy
// server), searching from `from`. -1 when it has not come yet.
qsizetype headEnd(const QByteArray &bytes, qsizetype from)
{
    for (qsizetype i = bytes.indexOf('\n', from); i >= 0; i = bytes.indexOf('\n', i + 1)) {
        if (i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < bytes.size() && bytes.at(i + 1) == '\r' && bytes.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

// What QNetworkAccessManager makes of an HTTP status (QNetworkReplyHttpImpl, Qt 6.4).
QNetworkReply::NetworkError errorOfStatus(int status)
{
    switch (status) {
    case 400: return QNetworkReply::ProtocolInvalidOperationError;
    case 401: return QNetworkReply::AuthenticationRequiredError;
    case 403: return QNetworkReply::ContentAccessDenied;
    case 404: return QNetworkReply::ContentNotFoundError;
    case 405: return QNetworkReply::ContentOperationNotPermittedError;
    case 407: return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409: return QNetworkReply::ContentConflictError;
    case 410: return QNetworkReply::ContentGoneError;
    case 418: return QNetworkReply::ProtocolInvalidOperationError;
    case 500: return QNetworkReply::InternalServerError;
    case 501: return QNetworkReply::OperationNotImplementedError;
    case 503: return QNetworkReply::ServiceUnavailableError;
    default:
        if (status > 500)
            return QNetworkReply::UnknownServerError;
        if (status >= 400)
            return QNetworkReply::UnknownContentError;
        return QNetworkReply::NoError;
    }
}

// What QNetworkAccessManager makes of a socket's error (QHttpNetworkConnectionChannel, Qt 6.4),
// except that a proxy's refusal or failure is named as one here rather than as "unknown". A proxy
// whose own name cannot be looked up is "host not found", as with Qt.
QNetworkReply::NetworkError errorOfSocket(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError: return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::ConnectionRefusedError: return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError: return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::SocketTimeoutError: return QNetworkReply::TimeoutError;
    case QAbstractSocket::ProxyAuthenticationRequiredError: return QNetworkReply::ProxyAuthenticationRequiredError;
    case QAbstractSocket::SslHandshakeFailedError: return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyConnectionClosedError: return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyConnectionTimeoutError: return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyConnectionRefusedError: return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyNotFoundError: return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::ProxyProtocolError: return QNetworkReply::UnknownProxyError;
    default: return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

BoundedHttpReply::BoundedHttpReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                                   const QByteArray &body, const QNetworkProxy &proxy, qint64 maxBodySize,
                                   QObject *parent)
    : QNetworkReply(parent)
    , m_outgoing(body)
    , m_proxy(proxy)
    , m_maxBodySize(maxBodySize)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    QIODevice::open(QIODevice::ReadOnly);
    // As QNetworkAccessManager does: nothing happens before the caller has connected to the reply.
    QMetaObject::invokeMethod(this, &BoundedHttpReply::start, Qt::QueuedConnection);
}

BoundedHttpReply::~BoundedHttpReply()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool BoundedHttpReply::viaForwardProxy() const
{
    return m_proxy.type() == QNetworkProxy::HttpProxy && url().scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
}

void BoundedHttpReply::start()
{
    if (isFinished())
        return;
    const QUrl target = url();
    const QString scheme = target.scheme().toLower();
    const bool https = scheme == QLatin1String("https");
    if (!https && scheme != QLatin1String("http")) {
        fail(ProtocolUnknownError, QStringLiteral("Protocol \"%1\" is unknown").arg(scheme));
        return;
    }
    if (https && !QSslSocket::supportsSsl()) {
        // Qt 6.4 reports a missing TLS backend the same way.
        fail(ProtocolUnknownError, QStringLiteral("TLS is not available (no TLS backend)"));
        return;
    }
    if (target.host().isEmpty()) {
        fail(HostNotFoundError, QStringLiteral("No host name given"));
        return;
    }

    // Plain http never loads the TLS backend (nor prints its plugin's debug lines).
    QSslSocket *tls = https ? new QSslSocket(this) : nullptr;
    m_socket = tls ? tls : new QTcpSocket(this);
    // The point of this class: the socket takes no more off the kernel than this at a time.
    m_socket->setReadBufferSize(socketBufferSize);
    if (tls) {
        connect(tls, &QSslSocket::encrypted, this, [this] {
            emit encrypted();
            sendRequest();
        });
        connect(tls, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) { emit sslErrors(errors); });
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, &BoundedHttpReply::sendRequest);
    }
    connect(m_socket, &QIODevice::readyRead, this, &BoundedHttpReply::readIncoming);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &BoundedHttpReply::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &BoundedHttpReply::onDisconnected);

    const auto port = quint16(target.port(https ? 443 : 80));
    if (viaForwardProxy()) {
        m_socket->setProxy(QNetworkProxy::NoProxy);
        m_socket->connectToHost(m_proxy.hostName(), m_proxy.port());
        return;
    }
    m_socket->setProxy(m_proxy.type() == QNetworkProxy::DefaultProxy ? QNetworkProxy(QNetworkProxy::NoProxy) : m_proxy);
    if (tls) {
        tls->setSslConfiguration(request().sslConfiguration());
        tls->connectToHostEncrypted(target.host(), port);
    } else {
        m_socket->connectToHost(target.host(), port);
    }
}

QByteArray BoundedHttpReply::requestHead() const
{
    QByteArray method;
    switch (operation()) {
    case QNetworkAccessManager::HeadOperation: method = "HEAD"; break;
    case QNetworkAccessManager::GetOperation: method = "GET"; break;
    case QNetworkAccessManager::PutOperation: method = "PUT"; break;
    case QNetworkAccessManager::PostOperation: method = "POST"; break;
    case QNetworkAccessManager::DeleteOperation: method = "DELETE"; break;
    case QNetworkAccessManager::CustomOperation:
        method = request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    case QNetworkAccessManager::UnknownOperation: method = "GET"; break;
    }

    const QUrl target = url();
    const bool https = target.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    QByteArray path;
    if (viaForwardProxy()) {
        path = target.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    } else {
        path = target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (!path.startsWith('/'))
            path.prepend('/');
    }
    QUrl authority = target.adjusted(QUrl::RemoveUserInfo);
    if (authority.port() == (https ? 443 : 80))
        authority.setPort(-1);

    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: " + authority.authority(QUrl::FullyEncoded).toLatin1() + "\r\n";
    bool userAgent = false;
    const QList<QByteArray> names = request().rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray value = request().rawHeader(name);
        // A line break would let a value write headers of its own.
        if (writtenHere(name) || value.contains('\r') || value.contains('\n') || name.contains(':'))
            continue;
        userAgent = userAgent || name.compare("user-agent", Qt::CaseInsensitive) == 0;
        head += name + ": " + value + "\r\n";
    }
    if (!userAgent)
        head += "User-Agent: Mozilla/5.0\r\n"; // what QNetworkAccessManager sends
    if (viaForwardProxy() && !m_proxy.user().isEmpty())
        head += "Proxy-Authorization: Basic " + (m_proxy.user() + QLatin1Char(':') + m_proxy.password()).toUtf8().toBase64() + "\r\n";
    if (!m_outgoing.isEmpty() || operation() == QNetworkAccessManager::PostOperation
        || operation() == QNetworkAccessManager::PutOperation)
        head += "Content-Length: " + QByteArray::number(m_outgoing.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    return head;
}

void BoundedHttpReply::sendRequest()
{
    if (m_stage != Stage::Connecting)
        return;
    m_stage = Stage::Sending;
    const QByteArray head = requestHead();
    m_socket->write(head);
    m_socket->write(m_outgoing);
    const qint64 sent = m_outgoing.size();
    m_outgoing.clear(); // it may hold a secret: kept no longer than needed
    m_stage = Stage::ReadingHead;
    emit uploadProgress(sent, sent);
    readIncoming();
}

void BoundedHttpReply::readIncoming()
{
    while (m_socket && (m_stage == Stage::ReadingHead || m_stage == Stage::ReadingBody)) {
        const bool more = m_stage == Stage::ReadingHead ? readHead() : readBody();
        if (!more)
            break;
    }
}

bool BoundedHttpReply::readHead()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return false;
    // Never more than the head may still take (all heads, 1xx ones included): one byte past it is the proof.
    const qint64 room = maxHeadSize + 1 - m_headBytesRead - m_head.size();
    if (room <= 0) {
        refuse(QStringLiteral("the reply's headers were larger than %1 bytes").arg(maxHeadSize));
        return false;
    }
    const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 2);
    const QByteArray bytes = m_socket->read(std::min(room, available));
    m_bytesTaken += bytes.size();
    m_head += bytes;
    const qsizetype end = headEnd(m_head, searchFrom);
    if (end < 0 || end > maxHeadSize - m_headBytesRead) {
        if (m_headBytesRead + m_head.size() > maxHeadSize) {
            refuse(QStringLiteral("the reply's headers were larger than %1 bytes").arg(maxHeadSize));
            return false;
        }
        return true;
    }
    m_headBytesRead += end;
    QByteArray rest = m_head.mid(end);
    const QByteArray head = m_head.left(end);
    m_head.clear();
    if (!parseHead(head))
        return false; // failed, or done without a body
    if (m_stage == Stage::ReadingHead) {
        // An interim answer (100 Continue): the real one follows.
        m_head = std::move(rest);
        return true;
    }
    // The body's first bytes came along with the head.
    if (m_framing == Framing::Length)
        rest.truncate(qsizetype(std::min<qint64>(rest.size(), m_contentLength)));
    if (rest.isEmpty())
        return true;
    m_bodyBytesRead += rest.size();
    if (m_bodyBytesRead > m_maxBodySize) {
        refuse(QStringLiteral("the reply was larger than %1 bytes").arg(m_maxBodySize));
        return false;
    }
    if (m_framing == Framing::Chunked) {
        m_pending = std::move(rest);
        return decodeChunks();
    }
    m_body += rest;
    if (m_framing == Framing::Length && m_bodyBytesRead == m_contentLength) {
        complete();
        return false;
    }
    return true;
}

bool BoundedHttpReply::parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QByteArray statusLine = lines.value(0);
    const QByteArray code = statusLine.mid(9, 3);
    if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || statusLine.at(8) != ' ' || !isDecimal(code)) {
        fail(ProtocolFailure, QStringLiteral("The server's answer is not HTTP"));
        return false;
    }
    const int status = code.toInt();
    if (status >= 100 && status < 200 && status != 101)
        return true; // interim: read the next head
    if (status == 101 || status < 100) {
        fail(ProtocolFailure, QStringLiteral("The server's answer is not HTTP (status %1)").arg(status));
        return false;
    }

    QList<std::pair<QByteArray, QByteArray>> fields;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !fields.isEmpty()) {
            fields.last().second += ' ' + line.trimmed(); // an obsolete folded line
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        fields.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    // Repeated fields joined as QNetworkAccessManager joins them.
    QList<std::pair<QByteArray, QByteArray>> joined;
    for (const auto &[name, value] : std::as_const(fields)) {
        auto same = std::find_if(joined.begin(), joined.end(),
                                 [&name = name](const auto &field) { return field.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (same == joined.end())
            joined.append({name, value});
        else
            same->second += (name.compare("set-cookie", Qt::CaseInsensitive) == 0 ? "\n" : ", ") + value;
    }
    for (const auto &[name, value] : std::as_const(joined))
        setRawHeader(name, value);
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(statusLine.mid(13).trimmed()));

    const QByteArray transferEncoding = rawHeader("Transfer-Encoding").toLower();
    const QByteArray contentLength = rawHeader("Content-Length");
    if (operation() == QNetworkAccessManager::HeadOperation || status == 204 || status == 304) {
        m_framing = Framing::None;
    } else if (!transferEncoding.isEmpty()) {
        const QList<QByteArray> codings = transferEncoding.split(',');
        m_framing = codings.last().trimmed() == "chunked" ? Framing::Chunked : Framing::UntilClose;
    } else if (!contentLength.isEmpty()) {
        // Repeated, they must agree (RFC 9112 6.3); 18 digits fit a qint64.
        const QList<QByteArray> lengths = contentLength.split(',');
        for (const QByteArray &length : lengths) {
            const QByteArray digits = length.trimmed();
            if (!isDecimal(digits) || (m_contentLength >= 0 && digits.toLongLong() != m_contentLength)) {
                fail(ProtocolFailure, QStringLiteral("The server's answer has an invalid Content-Length"));
                return false;
            }
            if (digits.size() > 18) {
                m_contentLength = std::numeric_limits<qint64>::max();
                continue;
            }
            m_contentLength = digits.toLongLong();
        }
        m_framing = Framing::Length;
    } else {
        m_framing = Framing::UntilClose;
    }
    emit metaDataChanged();
    if (isFinished())
        return false; // the owner aborted it on seeing the head

    if (m_framing == Framing::Length && m_contentLength > m_maxBodySize) {
        // Announced: refused before a byte of it is read.
        refuse(QStringLiteral("the reply was larger than %1 bytes (it announced %2)").arg(m_maxBodySize).arg(m_contentLength));
        return false;
    }
    if (m_framing == Framing::None || (m_framing == Framing::Length && m_contentLength == 0)) {
        complete();
        return false;
    }
    m_stage = Stage::ReadingBody;
    return true;
}

bool BoundedHttpReply::readBody()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return false;
    qint64 wanted = available;
    if (m_framing == Framing::Length)
        wanted = std::min(wanted, m_contentLength - m_bodyBytesRead);
    // Never more than one byte past the cap: that byte is the proof.
    wanted = std::min(wanted, m_maxBodySize + 1 - m_bodyBytesRead);
    const QByteArray bytes = m_socket->read(wanted);
    if (bytes.isEmpty())
        return false;
    m_bytesTaken += bytes.size();
    m_bodyBytesRead += bytes.size();
    if (m_bodyBytesRead > m_maxBodySize) {
        refuse(QStringLiteral("the reply was larger than %1 bytes").arg(m_maxBodySize));
        return false;
    }
    if (m_framing == Framing::Chunked) {
        m_pending += bytes;
        return decodeChunks();
    }
    m_body += bytes;
    if (m_framing == Framing::Length && m_bodyBytesRead == m_contentLength) {
        complete();
        return false;
    }
    return true;
}

bool BoundedHttpReply::decodeChunks()
{
    const auto malformed = [this] {
        fail(ProtocolFailure, QStringLiteral("The server's answer has a malformed chunked body"));
        return false;
    };
    for (;;) {
        switch (m_chunkStage) {
        case ChunkStage::Size: {
            const qsizetype eol = m_pending.indexOf('\n');
            if (eol < 0)
                return m_pending.size() <= maxChunkLine || malformed();
            QByteArray line = m_pending.left(eol).trimmed();
            m_pending.remove(0, eol + 1);
            const qsizetype extension = line.indexOf(';');
            if (extension >= 0)
                line = line.left(extension).trimmed();
            if (!isHex(line) || line.size() > 15)
                return malformed();
            m_chunkLeft = line.toLongLong(nullptr, 16);
            m_chunkStage = m_chunkLeft == 0 ? ChunkStage::Trailer : ChunkStage::Data;
            break;
        }
        case ChunkStage::Data: {
            if (m_pending.isEmpty())
                return true;
            const qsizetype take = qsizetype(std::min<qint64>(m_chunkLeft, m_pending.size()));
            m_body += m_pending.left(take);
            m_pending.remove(0, take);
            m_chunkLeft -= take;
            if (m_chunkLeft == 0)
                m_chunkStage = ChunkStage::DataEnd;
            break;
        }
        case ChunkStage::DataEnd: {
            const qsizetype eol = m_pending.indexOf('\n');
            if (eol < 0)
                return m_pending.size() <= 1 || malformed();
            if (!m_pending.left(eol).trimmed().isEmpty())
                return malformed();
            m_pending.remove(0, eol + 1);
            m_chunkStage = ChunkStage::Size;
            break;
        }
        case ChunkStage::Trailer: {
            // Trailer fields are read past and dropped; the body's cap bounds them.
            const qsizetype eol = m_pending.indexOf('\n');
            if (eol < 0)
                return true;
            const bool last = m_pending.left(eol).trimmed().isEmpty();
            m_pending.remove(0, eol + 1);
            if (last) {
                complete();
                return false;
            }
            break;
        }
        }
    }
}

void BoundedHttpReply::onSocketError()
{
    if (m_stage == Stage::Done || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected(); // the end of the connection may be the end of the body
        return;
    }
    fail(errorOfSocket(error), m_socket->errorString());
}

void BoundedHttpReply::onDisconnected()
{
    if (m_stage == Stage::Done || !m_socket)
        return;
    readIncoming(); // what came before the end
    if (m_stage == Stage::Done)
        return;
    if (m_stage == Stage::ReadingBody && m_framing == Framing::UntilClose) {
        complete();
        return;
    }
    fail(RemoteHostClosedError, m_stage == Stage::ReadingBody ? QStringLiteral("Connection closed before the whole answer came")
                                                              : QStringLiteral("Connection closed"));
}

void BoundedHttpReply::refuse(const QString &why)
{
    if (m_stage == Stage::Done)
        return;
    qCInfo(lcBoundedReply) << "refused the reply from" << url().path() << "after" << bytesRead() << "bytes:" << why;
    m_tooLarge = true;
    emit tooLarge();
    fail(OperationCanceledError, why);
}

void BoundedHttpReply::fail(NetworkError error, const QString &why)
{
    if (m_stage == Stage::Done)
        return;
    // Nothing of a failed answer is kept or readable.
    m_body.clear();
    m_body.squeeze();
    m_pending.clear();
    m_head.clear();
    setError(error, why);
    finishNow();
    emit errorOccurred(error);
    emit finished();
}

void BoundedHttpReply::complete()
{
    if (m_stage == Stage::Done)
        return;
    const int status = attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const NetworkError error = errorOfStatus(status);
    if (error != NoError) {
        setError(error, QStringLiteral("Error transferring %1 - server replied: %2")
                            .arg(url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                 attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    }
    m_pending.clear();
    finishNow();
    if (!m_body.isEmpty())
        emit readyRead();
    emit downloadProgress(m_body.size(), m_body.size());
    if (error != NoError)
        emit errorOccurred(error);
    emit finished();
}

void BoundedHttpReply::finishNow()
{
    m_stage = Stage::Done;
    m_outgoing.clear();
    if (m_socket) {
        // One request per connection: nothing more is read from it.
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    setFinished(true);
}

void BoundedHttpReply::abort()
{
    fail(OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 BoundedHttpReply::bytesAvailable() const
{
    const qint64 body = m_stage == Stage::Done ? m_body.size() - m_bodyRead : 0;
    return body + QNetworkReply::bytesAvailable();
}

qint64 BoundedHttpReply::readData(char *data, qint64 maxSize)
{
    // The body is readable once whole: a reader never acts on part of an answer.
    if (m_stage != Stage::Done)
        return 0;
    const qint64 left = m_body.size() - m_bodyRead;
    if (left <= 0)
        return -1;
    const qint64 count = std::min(maxSize, left);
    std::copy_n(m_body.constData() + m_bodyRead, count, data);
    m_bodyRead += count;
    return count;
}

qint64 BoundedHttpReply::writeData(const char *, qint64)
{
    return -1;
}

void BoundedHttpReply::sslConfigurationImplementation(QSslConfiguration &configuration) const
{
    if (const auto *tls = qobject_cast<const QSslSocket *>(m_socket.data()))
        configuration = tls->sslConfiguration();
}
