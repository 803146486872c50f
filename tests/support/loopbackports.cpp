#include "loopbackports.h"

#include <QHostAddress>
#include <QTcpServer>

quint16 LoopbackPorts::unused()
{
    QTcpServer placeholder;
    if (!placeholder.listen(QHostAddress::LocalHost))
        return 0;
    return placeholder.serverPort(); // closed again when the placeholder goes
}

std::vector<std::unique_ptr<QTcpSocket>> LoopbackPorts::crowd(quint16 port, int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    return sockets;
}
