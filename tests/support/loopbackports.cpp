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
