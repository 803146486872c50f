#include "loopbackproxy.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <memory>

namespace {
// A request head longer than this is garbage: the connection is dropped.
constexpr qsizetype maxHeadSize = qsizetype(64) * 1024;
} // namespace

LoopbackProxy::LoopbackProxy(Behaviour behaviour, QByteArray answer, quint16 tunnelPort)
    : m_behaviour(behaviour)
    , m_answer(std::move(answer))
    , m_tunnelPort(tunnelPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            serve(client);
    });
}

bool LoopbackProxy::start()
{
    return m_server.listen(QHostAddress::LocalHost);
}

quint16 LoopbackProxy::port() const
{
    return m_server.serverPort();
}

QString LoopbackProxy::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(port());
}

void LoopbackProxy::serve(QTcpSocket *client)
{
    client->setParent(this);
    // Owned by the connection's lambda: freed with the socket, also when the proxy goes first.
    auto buffer = std::make_shared<QByteArray>();
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
        if (client->property("served").toBool())
            return; // a tunnel relays from here on
        *buffer += client->readAll();
        const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (buffer->size() > maxHeadSize)
                client->abort();
            return;
        }
        client->setProperty("served", true);
        m_requestLines.append(QString::fromLatin1(buffer->left(buffer->indexOf("\r\n"))));
        switch (m_behaviour) {
        case Behaviour::CloseAtOnce:
            client->close();
            return;
        case Behaviour::Answer:
            client->write(m_answer);
            client->disconnectFromHost();
            return;
        case Behaviour::Tunnel:
            if (!buffer->startsWith("CONNECT ")) {
                client->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            tunnel(client, buffer->mid(headEnd + 4));
            return;
        }
    });
}

void LoopbackProxy::tunnel(QTcpSocket *client, const QByteArray &early) const
{
    auto *upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, client, [client, upstream, early] {
        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        if (!early.isEmpty())
            upstream->write(early);
        // What the client sent while the upstream connection was being made.
        upstream->write(client->readAll());
    });
    connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
        if (upstream->state() == QAbstractSocket::ConnectedState)
            upstream->write(client->readAll());
    });
    connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
    upstream->connectToHost(QHostAddress::LocalHost, m_tunnelPort);
}
