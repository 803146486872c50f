#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <utility>

class QTcpSocket;

// One accepted connection of the emulator: reads exactly one HTTP/1.1 request (possibly arriving in
// many TCP chunks), then lets its owner answer once with "Connection: close". Malformed input gets
// a 400 and the connection closes; nothing a peer sends can make it read without bound.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

    static constexpr qsizetype maxHeadSize = qsizetype(64) * 1024;
    static constexpr qsizetype maxBodySize = qsizetype(1024) * 1024;

    // Takes ownership of the socket, which must already be connected (and encrypted, for TLS).
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    QByteArray method() const { return m_method; }
    // The request target as sent: origin form "/path?query" (absolute form is reduced to it).
    QByteArray target() const { return m_target; }
    // Header names lower-cased; repeated headers joined with ", ".
    QHash<QByteArray, QByteArray> headers() const { return m_headers; }
    QByteArray body() const { return m_body; }

    // Sends the one answer, with Content-Length and "Connection: close", then closes once written.
    void respond(int statusCode, const HeaderList &headers, const QByteArray &body);
    // Closes without answering, as a broken middlebox or a crashing server would.
    void closeWithoutAnswer();
    // Sends the head (with the whole body's Content-Length) at once, then the body one byte every
    // `intervalMs`: a server that never quite stops answering.
    void respondDripping(int statusCode, const HeaderList &headers, const QByteArray &body, int intervalMs);
    // How respondEndless() frames what it sends.
    enum class Flood {
        UntilClose,        // no Content-Length: the end of the connection would end the body
        HugeContentLength, // "Content-Length: 1 TiB", announced up front
        Chunked,           // chunked transfer coding, 64 KiB chunks, no last chunk
        Headers,           // the head never ends: header lines of `filler`, no body
    };
    // Sends `totalBytes` of `filler` repeated as fast as the peer takes it, framed as `flood` says;
    // stops when the peer goes away.
    void respondEndless(int statusCode, const HeaderList &headers, qint64 totalBytes, const QByteArray &filler,
                        Flood flood = Flood::UntilClose);


signals:
    // The request is complete; answer with respond() or closeWithoutAnswer(), or never (a hang).
    void requestReady();
    // respondEndless() handed this many more bytes to the socket.
    void bodyBytesWritten(qint64 bytes);

private:
    enum class State { ReadingHead, ReadingBody, Answering };

    void readIncoming();
    // Returns the status code to fail with, or 0 when the head is fine.
    int parseHead(const QByteArray &head);
    void finishRequest();
    void fail(int statusCode);

    QTcpSocket *m_socket;
    State m_state = State::ReadingHead;
    QByteArray m_buffer;
    QByteArray m_method;
    QByteArray m_target;
    QHash<QByteArray, QByteArray> m_headers;
    QByteArray m_body;
    qsizetype m_contentLength = 0;
    bool m_sentContinue = false;
    qint64 m_bodyBytesSent = 0;
};
