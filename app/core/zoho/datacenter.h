#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// One Zoho data center: where a customer's account, and every API client they register, lives.
struct DataCenter
{
    QString code;         // "eu": what the command line, the settings and Zoho's `location` use
    QUrl accountsServer;  // where OAuth happens
    QUrl apiConsole;      // where the customer registers the client
    QUrl apiDomain;       // where the APIs answer afterwards
    bool confirmed = true; // false where no Zoho source confirms the row

    bool isValid() const { return !code.isEmpty(); }
    // Translated, e.g. "Europe (zoho.eu)".
    QString displayName() const;
};

// The one table of Zoho's data centers, read by the wizard, the command line and the tests.
namespace DataCenters {
const QList<DataCenter> &all();
// An invalid DataCenter when the code is unknown; codes are case-insensitive.
DataCenter find(const QString &code);
QStringList codes();
// The data center whose accounts server has this host ("accounts.zoho.eu" -> eu), if any.
DataCenter findByAccountsHost(const QString &host);
// Translated: the choice that asks every data center ("auto"), as every list offers it and advice names it.
QString anyChoiceLabel();
}
