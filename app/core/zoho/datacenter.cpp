#include "datacenter.h"

#include <QCoreApplication>

namespace {

struct Row
{
    const char *code;
    const char *domain; // the suffix shared by all three hosts
    const char *apiDomain;
    const char *name;   // translated through the DataCenter context
    bool confirmed;
};

// Source: ../shared/zoho-oauth-facts.md (Zoho's multi-DC documentation, which lists accounts.zoho.uk).
// The UAE row is seen in public code (and Zoho WorkDrive's zoho.ae) only; it is in the table so that a
// UAE customer is not stranded, marked unconfirmed.
constexpr Row rows[] = {
    {"us", "zoho.com", "zohoapis.com", QT_TRANSLATE_NOOP("DataCenter", "United States"), true},
    {"eu", "zoho.eu", "zohoapis.eu", QT_TRANSLATE_NOOP("DataCenter", "Europe"), true},
    {"in", "zoho.in", "zohoapis.in", QT_TRANSLATE_NOOP("DataCenter", "India"), true},
    {"au", "zoho.com.au", "zohoapis.com.au", QT_TRANSLATE_NOOP("DataCenter", "Australia"), true},
    {"jp", "zoho.jp", "zohoapis.jp", QT_TRANSLATE_NOOP("DataCenter", "Japan"), true},
    {"ca", "zohocloud.ca", "zohoapis.ca", QT_TRANSLATE_NOOP("DataCenter", "Canada"), true},
    {"sa", "zoho.sa", "zohoapis.sa", QT_TRANSLATE_NOOP("DataCenter", "Saudi Arabia"), true},
    {"cn", "zoho.com.cn", "zohoapis.com.cn", QT_TRANSLATE_NOOP("DataCenter", "China"), true},
    {"uk", "zoho.uk", "zohoapis.uk", QT_TRANSLATE_NOOP("DataCenter", "United Kingdom"), true},
    {"ae", "zoho.ae", "zohoapis.ae", QT_TRANSLATE_NOOP("DataCenter", "United Arab Emirates"), false},
};

QList<DataCenter> buildTable()
{
    QList<DataCenter> table;
    for (const Row &row : rows) {
        const QString domain = QString::fromLatin1(row.domain);
        DataCenter dc;
        dc.code = QString::fromLatin1(row.code);
        dc.accountsServer = QUrl(QStringLiteral("https://accounts.") + domain);
        dc.apiConsole = QUrl(QStringLiteral("https://api-console.") + domain);
        dc.apiDomain = QUrl(QStringLiteral("https://www.") + QString::fromLatin1(row.apiDomain));
        dc.confirmed = row.confirmed;
        table.append(dc);
    }
    return table;
}

} // namespace

QString DataCenter::displayName() const
{
    for (const Row &row : rows) {
        if (code == QLatin1String(row.code)) {
            //: %1 is a region such as "Europe", %2 the Zoho domain such as "zoho.eu"
            return QCoreApplication::translate("DataCenter", "%1 (%2)")
                .arg(QCoreApplication::translate("DataCenter", row.name), QString::fromLatin1(row.domain));
        }
    }
    return code;
}

namespace DataCenters {

QString anyChoiceLabel()
{
    //: The first choice of the data-center lists: every data center is asked
    return QCoreApplication::translate("DataCenter", "I don't know – find it for me");
}

const QList<DataCenter> &all()
{
    static const QList<DataCenter> table = buildTable();
    return table;
}

DataCenter find(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    for (const DataCenter &dc : all()) {
        if (dc.code == wanted)
            return dc;
    }
    return {};
}

QStringList codes()
{
    QStringList result;
    for (const DataCenter &dc : all())
        result.append(dc.code);
    return result;
}

DataCenter findByAccountsHost(const QString &host)
{
    for (const DataCenter &dc : all()) {
        if (dc.accountsServer.host().compare(host, Qt::CaseInsensitive) == 0)
            return dc;
    }
    return {};
}

} // namespace DataCenters
