#pragma once

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>

class QTcpSocket;

// One HTTP/1.1 request to an accounts server, read with a bound that this program keeps itself:
// ZohoDoor hands these out instead of Qt's own replies.
//
// Why not Qt's HTTP stack with setReadBufferSize(): in Qt 6.4, QHttpNetworkReplyPrivate::
// readReplyBodyRaw() caps only its first read at the reply's read buffer size, then loops while
// the socket has bytes available, and a plain connection's socket is unbuffered, so that count is
// what the kernel holds. One pass of Qt's HTTP thread therefore takes the whole kernel receive
// buffer into memory (net.ipv4.tcp_rmem allows 32 MiB on some machines, 6 MiB on Debian's
// default), and again on the next, before the reply's owner can refuse it. Here the socket's own
// buffer is small (socketBufferSize), bytes are taken off it only while the head or the body is
// within its cap, and the reply is aborted the moment one is passed: what this process holds for a
// reply stays within maxBodySize + maxHeadSize + socketBufferSize, whatever the kernel buffers
// and however fast the sender is.
//
// What it speaks: one request per connection ("Connection: close"), a body by Content-Length,
// chunked transfer coding or the end of the connection; 1xx answers skipped; no redirects
// followed, no cookies, no compression asked for. TLS with the request's QSslConfiguration;
// certificate errors are never ignored (sslErrors() says what they were). A proxy as given:
// an HTTP proxy is tunnelled through (CONNECT) for https and sent absolute-URI requests for http;
// SOCKS 5 through the socket. Errors, the status, reason phrase and headers are set the way
// QNetworkAccessManager's replies set them, so readers of a QNetworkReply see no difference.
class BoundedHttpReply : public QNetworkReply
{
    Q_OBJECT

public:
    static constexpr qsizetype maxHeadSize = qsizetype(64) * 1024;
    static constexpr qint64 socketBufferSize = qint64(16) * 1024;

    // `maxBodySize`: the most body bytes (as sent, chunk framing included) read before the reply
    // is refused as too large. `proxy`: NoProxy, HttpProxy or Socks5Proxy.
    BoundedHttpReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                     const QByteArray &body, const QNetworkProxy &proxy, qint64 maxBodySize,
                     QObject *parent = nullptr);
    ~BoundedHttpReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    // The reply was refused for being larger than its caps (its head or its body).
    bool isTooLarge() const { return m_tooLarge; }
    // Bytes of the answer this reply took off its connection: head and body, as sent.
    qint64 bytesRead() const { return m_bytesTaken; }

signals:
    // Emitted once, just before finished(), when a cap is passed.
    void tooLarge();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;
    void sslConfigurationImplementation(QSslConfiguration &configuration) const override;

private:
    enum class Stage { Connecting, Sending, ReadingHead, ReadingBody, Done };
    enum class Framing { None, Length, Chunked, UntilClose };
    enum class ChunkStage { Size, Data, DataEnd, Trailer };

    void start();
    void sendRequest();
    void readIncoming();
    bool readHead();
    bool parseHead(const QByteArray &head);
    bool readBody();
    bool decodeChunks();
    void onSocketError();
    void onDisconnected();
    void refuse(const QString &why);
    void fail(NetworkError error, const QString &why);
    void complete();
    void finishNow();
    QByteArray requestHead() const;
    bool viaForwardProxy() const;

    QByteArray m_outgoing;
    QNetworkProxy m_proxy;
    qint64 m_maxBodySize;
    QPointer<QTcpSocket> m_socket; // a QSslSocket for https
    Stage m_stage = Stage::Connecting;
    Framing m_framing = Framing::None;
    ChunkStage m_chunkStage = ChunkStage::Size;
    QByteArray m_head;       // the head being read
    QByteArray m_pending;    // chunked: raw bytes not decoded yet
    QByteArray m_body;       // the decoded body
    qint64 m_bodyRead = 0;   // how much of m_body the reader has taken
    qint64 m_contentLength = -1;
    qint64 m_chunkLeft = 0;
    qint64 m_headBytesRead = 0; // of the heads read whole
    qint64 m_bytesTaken = 0;    // off the socket, all told
    qint64 m_bodyBytesRead = 0;
    bool m_tooLarge = false;
};
