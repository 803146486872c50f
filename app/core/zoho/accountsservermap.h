#pragma once

#include <QCoreApplication>

#include <QHash>
#include <QString>
#include <QUrl>

// Which accounts server answers for each data center: Zoho's own, unless a tester or a staging
// setup overrides some of them (command line or ZOHO_ONBOARDING_ACCOUNTS_SERVERS).
class AccountsServerMap
{
    Q_DECLARE_TR_FUNCTIONS(AccountsServerMap)

public:
    static constexpr const char *environmentVariable = "ZOHO_ONBOARDING_ACCOUNTS_SERVERS";

    // Reads the environment variable; on a malformed value returns false and says why.
    bool loadEnvironment(QString *error);
    // "us=URL,eu=URL"
    bool addSpec(const QString &spec, QString *error);
    // "eu=URL"
    bool addAssignment(const QString &assignment, QString *error);
    bool addOverride(const QString &dataCenterCode, const QString &url, QString *error);

    // Zoho's server for the data center unless overridden; invalid for an unknown code.
    QUrl accountsServer(const QString &dataCenterCode) const;
    bool isOverridden(const QString &dataCenterCode) const;
    bool hasOverrides() const { return !m_overrides.isEmpty(); }
    // The data center whose (possibly overridden) accounts server is this URL's origin.
    QString dataCenterForServer(const QUrl &server) const;

    // Empty when the URL may serve as an accounts server; otherwise a sentence saying why not.
    // Plain http is allowed for loopback hosts only: anything else must be https, whose
    // certificate the system must trust (Qt's default; nothing here relaxes it).
    static QString validateServerUrl(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

private:
    QHash<QString, QUrl> m_overrides;
};
