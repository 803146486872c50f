#include "loopbackports.h"

#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>

namespace {

struct PortRange
{
    int first;
    int last;
};

// The ports the system hands out by itself: to a server listening on "any port" and to the local
// end of every outgoing connection, the test's own included. A port there that was free a moment
// ago may be such a connection's by the time the program binds it. Linux says where its range is;
// Windows and macOS use IANA's.
PortRange dynamicRange()
{
#if defined(Q_OS_LINUX)
    QFile file(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> bounds = file.readAll().simplified().split(' ');
        bool firstOk = false;
        bool lastOk = false;
        const int first = bounds.value(0).toInt(&firstOk);
        const int last = bounds.value(1).toInt(&lastOk);
        if (firstOk && lastOk && first <= last)
            return {first, last};
    }
#endif
    return {49152, 65535};
}

} // namespace

quint16 LoopbackPorts::unused()
{
    // Below the dynamic range (or above it), at random, so that only a program that binds this very
    // port can take it, and two runs side by side rarely try the same one.
    constexpr int lowest = 10000;
    const PortRange dynamic = dynamicRange();
    int from = lowest;
    int to = dynamic.first; // exclusive
    if (to - from < 1000) {
        from = qMax(dynamic.last + 1, lowest);
        to = 65536;
    }
    if (to - from >= 1000) {
        for (int attempt = 0; attempt < 200; ++attempt) {
            const auto port = quint16(QRandomGenerator::global()->bounded(from, to));
            QTcpServer placeholder;
            if (placeholder.listen(QHostAddress::LocalHost, port))
                return port; // closed again when the placeholder goes
        }
    }
    // A machine whose dynamic range covers every port: one the system picks.
    QTcpServer placeholder;
    if (!placeholder.listen(QHostAddress::LocalHost))
        return 0;
    return placeholder.serverPort();
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
