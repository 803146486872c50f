#pragma once

#include <QString>
#include <QStringList>

// An API client as the customer registered it in Zoho's API console, as the emulator knows it.
struct EmulatedClient
{
    QString clientId;
    QString clientSecret;
    QString dataCenter;        // "us", "eu", ...: the data center it is registered in
    QStringList redirectUris;  // matched exactly, port included, as Zoho does
    bool multiDc = false;      // "use the same OAuth credentials for all data centers" (same secret)
};
