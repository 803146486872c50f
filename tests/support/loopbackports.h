#pragma once

#include <QTcpSocket>

#include <memory>
#include <vector>

// Ports on 127.0.0.1 for tests that must not collide with other runs on the same machine.
namespace LoopbackPorts {

// A port that was free a moment ago: nothing listens there now (a connection to it is refused),
// or something of the test's own may listen there next. Outside the range the system hands out by
// itself, so that no outgoing connection (the test's own included) takes it meanwhile. 0 when no
// port could be had.
quint16 unused();

// Another program crowding `port`: `count` connections opened to it and left idle, for as long as
// the returned sockets live.
std::vector<std::unique_ptr<QTcpSocket>> crowd(quint16 port, int count);

} // namespace LoopbackPorts
