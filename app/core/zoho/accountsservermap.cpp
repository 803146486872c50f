#include "accountsservermap.h"

#include "datacenter.h"

#include <QCoreApplication>
#include <QHostAddress>

bool AccountsServerMap::loadEnvironment(QString *error)
{
    const QString spec = qEnvironmentVariable(environmentVariable).trimmed();
    if (spec.isEmpty())
        return true;
    QString why;
    if (!addSpec(spec, &why)) {
        if (error)
            *error = tr("%1: %2").arg(QString::fromLatin1(environmentVariable), why);
        return false;
    }
    return true;
}

bool AccountsServerMap::addSpec(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        if (error)
            *error = tr("expected CODE=URL pairs separated by commas, such as \"eu=http://127.0.0.1:8080\".");
        return false;
    }
    for (const QString &part : parts) {
        if (!addAssignment(part.trimmed(), error))
            return false;
    }
    return true;
}

bool AccountsServerMap::addAssignment(const QString &assignment, QString *error)
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        if (error)
            *error = tr(R"("%1" is not CODE=URL, such as "eu=http://127.0.0.1:8080".)").arg(assignment);
        return false;
    }
    return addOverride(assignment.left(equals).trimmed(), assignment.mid(equals + 1).trimmed(), error);
}

bool AccountsServerMap::addOverride(const QString &dataCenterCode, const QString &url, QString *error)
{
    const DataCenter dc = DataCenters::find(dataCenterCode);
    if (!dc.isValid()) {
        if (error) {
            *error = tr("\"%1\" is not a Zoho data center; known codes are %2.")
                         .arg(dataCenterCode, DataCenters::codes().join(QStringLiteral(", ")));
        }
        return false;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    const QString why = validateServerUrl(parsed);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    // Endpoint paths are appended to this URL: keep no trailing slash, not even a lone "/".
    QUrl server = parsed.adjusted(QUrl::StripTrailingSlash);
    if (server.path() == QLatin1String("/"))
        server.setPath(QString());
    m_overrides.insert(dc.code, server);
    return true;
}

QUrl AccountsServerMap::accountsServer(const QString &dataCenterCode) const
{
    const DataCenter dc = DataCenters::find(dataCenterCode);
    if (!dc.isValid())
        return {};
    return m_overrides.value(dc.code, dc.accountsServer);
}

bool AccountsServerMap::isOverridden(const QString &dataCenterCode) const
{
    return m_overrides.contains(dataCenterCode.toLower());
}

QString AccountsServerMap::dataCenterForServer(const QUrl &server) const
{
    const auto sameOrigin = [](const QUrl &a, const QUrl &b) {
        return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
            && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
            == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
    };
    for (const QString &code : DataCenters::codes()) {
        if (sameOrigin(accountsServer(code), server))
            return code;
    }
    return {};
}

QString AccountsServerMap::validateServerUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a web address with a host name.").arg(url.toString());
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("\"%1\" must be a plain server address without user name, query or fragment.").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("\"%1\" uses plain http, which is allowed only on this computer (127.0.0.1, ::1 or localhost); use https.")
            .arg(url.toString());
    }
    return tr("\"%1\" must start with https://.").arg(url.toString());
}

bool AccountsServerMap::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
