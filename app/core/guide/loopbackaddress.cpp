#include "loopbackaddress.h"

#include <QtGlobal>

namespace LoopbackAddress {

quint16 configuredPort()
{
    bool ok = false;
    const int port = qEnvironmentVariableIntValue(portVariable, &ok);
    return ok && port > 0 && port < 65536 ? quint16(port) : defaultPort;
}

QString path()
{
    return QStringLiteral("zoho-onboarding/callback");
}

QUrl redirectUri(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(path()));
}

QUrl redirectUri()
{
    return redirectUri(configuredPort());
}

} // namespace LoopbackAddress
