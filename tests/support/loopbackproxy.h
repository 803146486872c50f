#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

// A server on 127.0.0.1 standing between the program and Zoho: a proxy (plain HTTP proxying, or
// CONNECT tunnels) or a broken server. Reads each connection's request head, records its first
// line, then answers as told.
class LoopbackProxy : public QObject
{
public:
    enum class Behaviour {
        Answer,      // the given raw HTTP answer, then close
        CloseAtOnce, // close as soon as a request arrives
        Tunnel,      // CONNECT: "200 Connection established", then relay bytes both ways to the target port
    };

    explicit LoopbackProxy(Behaviour behaviour, QByteArray answer = {}, quint16 tunnelPort = 0);

    bool start();
    quint16 port() const;
    // "127.0.0.1:PORT"
    QString address() const;
    // The first line of every request, e.g. "CONNECT zoho-proxy-test.invalid:443 HTTP/1.1".
    QStringList requestLines() const { return m_requestLines; }

private:
    void serve(QTcpSocket *client);
    void tunnel(QTcpSocket *client, const QByteArray &early) const;

    QTcpServer m_server;
    Behaviour m_behaviour;
    QByteArray m_answer;
    quint16 m_tunnelPort;
    QStringList m_requestLines;
};
