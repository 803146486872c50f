#include "networksetup.h"

#include <QNetworkProxyFactory>

void NetworkSetup::useSystemProxy()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}
