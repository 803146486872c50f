#include "supportreport.h"

#include "credentials.h"
#include "datacenter.h"
#include "logfile.h"
#include "logredaction.h"
#include "printabletext.h"
#include "secretstore.h"
#include "supportreference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSysInfo>
#include <QTimer>

SupportReport::SupportReport(QObject *parent)
    : QObject(parent)
{
}

QStringList SupportReport::defaultDataCenters(const AccountsServerMap &servers)
{
    QStringList codes;
    for (const QString &code : DataCenters::codes()) {
        if (!servers.hasOverrides() || servers.isOverridden(code))
            codes.append(code);
    }
    return codes;
}

void SupportReport::setCredentials(const Credentials &credentials)
{
    m_clientIdMasked = credentials.clientId.isEmpty() ? QString() : Credentials::maskClientId(credentials.clientId);
    m_secretFingerprint = Credentials::secretFingerprint(credentials.clientSecret);
    m_credentialsDataCenter = credentials.dataCenter;
    m_credentialsSource = credentials.clientId.isEmpty() && credentials.clientSecret.isEmpty() ? QStringLiteral("none")
                                                                                               : QStringLiteral("entered");
}

void SupportReport::collect()
{
    m_created = QDateTime::currentDateTimeUtc();
    m_reference = SupportReference::current();
    m_last = LastVerification::load();
    const QStringList codes = m_dataCenters.isEmpty() ? defaultDataCenters(m_servers) : m_dataCenters;
    // The proxy this computer uses for Zoho's own server (an overridden test server on this computer
    // is never proxied, which would hide the setting support wants to see).
    const DataCenter first = DataCenters::find(codes.value(0, QStringLiteral("us")));
    m_proxyUrl = (first.isValid() ? first.accountsServer : m_servers.accountsServer(QStringLiteral("us"))).toString();
    m_proxy = ConnectionDiagnosis::proxyFor(QUrl(m_proxyUrl));
    m_results.clear();
    m_keychain = KeychainCanary::Result();
    m_pending = 2;

    auto *diagnosis = new ConnectionDiagnosis(this);
    diagnosis->setAccountsServers(m_servers);
    diagnosis->setTimeout(m_timeout);
    connect(diagnosis, &ConnectionDiagnosis::finished, this, [this, diagnosis](const QList<ConnectionDiagnosis::Server> &r) {
        m_results = r;
        diagnosis->deleteLater();
        partDone();
    });
    diagnosis->run(codes);

    auto *canary = new KeychainCanary(this);
    if (!m_canaryService.isEmpty())
        canary->setService(m_canaryService);
    connect(canary, &KeychainCanary::finished, this, [this, canary](const KeychainCanary::Result &result) {
        m_keychain = result;
        canary->deleteLater();
        partDone();
    });
    canary->run();

    if (m_credentialsSource.isEmpty() && m_describeStored) {
        ++m_pending;
        auto *store = new SecretStore(this);
        if (!m_storeService.isEmpty())
            store->setService(m_storeService);
        connect(store, &SecretStore::loaded, this, [this, store](const Credentials &stored) {
            setCredentials(stored);
            m_credentialsSource = QStringLiteral("stored");
            store->deleteLater();
            partDone();
        });
        connect(store, &SecretStore::failed, this, [this, store](const SecretStore::Error &) {
            m_credentialsSource = QStringLiteral("none");
            store->deleteLater();
            partDone();
        });
        QTimer::singleShot(0, store, [store] { store->load(); });
    }
}

void SupportReport::partDone()
{
    if (--m_pending == 0)
        emit finished();
}

namespace {

QString originText(const ConnectionDiagnosis::ProxyInfo &proxy)
{
    switch (proxy.origin) {
    case ConnectionDiagnosis::ProxyOrigin::None: return SupportReport::tr("none: direct connection");
    case ConnectionDiagnosis::ProxyOrigin::Environment:
        //: %1 is an environment variable such as https_proxy
        return SupportReport::tr("from the environment variable %1").arg(proxy.variable);
    case ConnectionDiagnosis::ProxyOrigin::SystemSettings: return SupportReport::tr("from the system's proxy settings");
    case ConnectionDiagnosis::ProxyOrigin::Application: return SupportReport::tr("set by this program");
    }
    return {};
}

QString originKey(ConnectionDiagnosis::ProxyOrigin origin)
{
    switch (origin) {
    case ConnectionDiagnosis::ProxyOrigin::None: return QStringLiteral("none");
    case ConnectionDiagnosis::ProxyOrigin::Environment: return QStringLiteral("environment");
    case ConnectionDiagnosis::ProxyOrigin::SystemSettings: return QStringLiteral("system_settings");
    case ConnectionDiagnosis::ProxyOrigin::Application: return QStringLiteral("application");
    }
    return {};
}

QString outcomeWord(ConnectionDiagnosis::Outcome outcome)
{
    switch (outcome) {
    case ConnectionDiagnosis::Outcome::Passed: return SupportReport::tr("ok");
    case ConnectionDiagnosis::Outcome::Warning: return SupportReport::tr("WARNING");
    case ConnectionDiagnosis::Outcome::Failed: return SupportReport::tr("FAILED");
    case ConnectionDiagnosis::Outcome::Skipped: return SupportReport::tr("skipped");
    }
    return {};
}

QString osText()
{
    return QStringLiteral("%1 (%2 %3, %4)")
        .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
             QSysInfo::currentCpuArchitecture());
}

} // namespace

QString SupportReport::toText() const
{
    QStringList lines;
    lines << tr("Zoho onboarding assistant: report for support")
          << tr("Reference: %1").arg(m_reference)
          << tr("Made at: %1").arg(m_created.toString(Qt::ISODate)) << QString();

    lines << tr("Versions")
          << QStringLiteral("  ") + tr("Assistant: %1").arg(QCoreApplication::applicationVersion())
          << QStringLiteral("  ") + tr("Qt: %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
          << QStringLiteral("  ") + tr("System: %1").arg(osText()) << QString();

    lines << tr("Keychain") << QStringLiteral("  ") + tr("Backend: %1").arg(m_keychain.backend);
    if (m_keychain.works()) {
        lines << QStringLiteral("  ") + tr("Works: a test item was written, read back and deleted.");
    } else {
        lines << QStringLiteral("  ")
                + tr("DOES NOT WORK: written %1, read back %2, deleted %3.")
                      .arg(m_keychain.written ? tr("yes") : tr("no"), m_keychain.read ? tr("yes") : tr("no"),
                           m_keychain.deleted ? tr("yes") : tr("no"));
        if (!m_keychain.error.isEmpty())
            lines << QStringLiteral("  ") + tr("Error (%1): %2").arg(m_keychain.errorKind, m_keychain.error);
    }
    lines << QString();

    lines << tr("Proxy")
          << QStringLiteral("  ")
                 + (m_proxy.proxy.isEmpty() ? originText(m_proxy)
                                            : tr("%1, %2").arg(PrintableText::fromNetwork(m_proxy.proxy, PrintableText::Unsafe::Escape, 0), originText(m_proxy)))
          << QString();

    lines << tr("Credentials");
    if (m_clientIdMasked.isEmpty()) {
        lines << QStringLiteral("  ") + tr("None entered or stored.");
    } else {
        lines << QStringLiteral("  ")
                + (m_credentialsSource == QLatin1String("stored") ? tr("Stored in the keychain") : tr("Entered in the assistant"))
              << QStringLiteral("  ") + tr("Client ID: %1").arg(m_clientIdMasked)
              << QStringLiteral("  ") + tr("Secret fingerprint: %1").arg(m_secretFingerprint.isEmpty() ? tr("none") : m_secretFingerprint);
        if (!m_credentialsDataCenter.isEmpty())
            lines << QStringLiteral("  ") + tr("Data center: %1").arg(m_credentialsDataCenter);
    }
    lines << QString();

    lines << tr("Last verification");
    if (!m_last.isValid()) {
        lines << QStringLiteral("  ") + tr("None yet.");
    } else {
        lines << QStringLiteral("  ") + tr("When: %1 (reference %2)").arg(m_last.when.toString(Qt::ISODate), m_last.reference)
              << QStringLiteral("  ") + tr("Step: %1, data center: %2").arg(m_last.stage, m_last.dataCenter.isEmpty() ? tr("unknown") : m_last.dataCenter)
              << QStringLiteral("  ") + tr("Status: %1, cause: %2, Zoho error: %3")
                     .arg(m_last.status, m_last.cause, m_last.zohoError.isEmpty() ? tr("none") : m_last.zohoError);
    }
    lines << QString();

    lines << tr("Accounts servers");
    if (m_results.isEmpty())
        lines << QStringLiteral("  ") + tr("None checked.");
    for (const ConnectionDiagnosis::Server &server : m_results) {
        const DataCenter dc = DataCenters::find(server.dataCenter);
        const ConnectionDiagnosis::Step verdict = server.verdict();
        lines << QStringLiteral("  %1 (%2)%3%4")
                     .arg(dc.isValid() ? dc.displayName() : server.dataCenter, server.url.toString(),
                          server.overridden ? tr(", overridden") : QString(),
                          server.proxy.isEmpty() ? QString() : tr(", through proxy %1").arg(PrintableText::fromNetwork(server.proxy, PrintableText::Unsafe::Escape, 0)));
        if (verdict.outcome == ConnectionDiagnosis::Outcome::Passed)
            lines << QStringLiteral("    ") + tr("Verdict: reachable.");
        else
            //: %1 is a step such as "Name lookup", %2 a sentence
            lines << QStringLiteral("    ") + tr("Verdict: %1 %2: %3")
                         .arg(ConnectionDiagnosis::layerName(verdict.layer), outcomeWord(verdict.outcome), verdict.summary);
        for (const ConnectionDiagnosis::Step &step : server.steps) {
            const QString time = step.milliseconds >= 0 ? tr("%1 ms").arg(step.milliseconds) : QStringLiteral("-");
            lines << QStringLiteral("    %1 %2 %3 %4")
                         .arg(ConnectionDiagnosis::layerName(step.layer).leftJustified(24),
                              outcomeWord(step.outcome).leftJustified(8), time.rightJustified(8), step.summary);
        }
    }
    lines << QString() << tr("Log files: %1").arg(LogFile::currentPath().isEmpty() ? tr("not written") : LogFile::currentPath());
    lines << tr("This report holds no Client Secret, grant code or token.");
    // Belt and braces: nothing shaped like a secret leaves through the report either.
    return LogRedaction::redact(lines.join(QLatin1Char('\n'))) + QLatin1Char('\n');
}

QJsonObject SupportReport::toJson() const
{
    QJsonArray servers;
    for (const ConnectionDiagnosis::Server &server : m_results) {
        QJsonArray steps;
        for (const ConnectionDiagnosis::Step &step : server.steps) {
            steps.append(QJsonObject{
                {QStringLiteral("layer"), ConnectionDiagnosis::layerKey(step.layer)},
                {QStringLiteral("outcome"), ConnectionDiagnosis::outcomeKey(step.outcome)},
                {QStringLiteral("milliseconds"), step.milliseconds >= 0 ? QJsonValue(step.milliseconds) : QJsonValue()},
                {QStringLiteral("problem"), step.problem.isEmpty() ? QJsonValue() : QJsonValue(step.problem)},
                {QStringLiteral("summary"), LogRedaction::redact(step.summary)},
            });
        }
        const ConnectionDiagnosis::Step verdict = server.verdict();
        QJsonObject tls{
            {QStringLiteral("protocol"), server.tls.protocol},
            {QStringLiteral("subject"), server.tls.subject},
            {QStringLiteral("issuer"), server.tls.issuer},
            {QStringLiteral("not_before"), server.tls.notBefore.isValid() ? QJsonValue(server.tls.notBefore.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("not_after"), server.tls.notAfter.isValid() ? QJsonValue(server.tls.notAfter.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("trusted"), server.tls.trusted},
            {QStringLiteral("inspected"), server.tls.inspected},
        };
        servers.append(QJsonObject{
            {QStringLiteral("data_center"), server.dataCenter},
            {QStringLiteral("url"), server.url.toString()},
            {QStringLiteral("overridden"), server.overridden},
            {QStringLiteral("proxy"), server.proxy.isEmpty() ? QJsonValue() : QJsonValue(server.proxy)},
            {QStringLiteral("reachable"), server.reachable()},
            {QStringLiteral("verdict"), verdict.problem.isEmpty() ? QStringLiteral("reachable") : verdict.problem},
            {QStringLiteral("verdict_layer"), ConnectionDiagnosis::layerKey(verdict.layer)},
            {QStringLiteral("verdict_message"), LogRedaction::redact(verdict.summary)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("tls"), tls},
            {QStringLiteral("http_status"), server.httpStatus > 0 ? QJsonValue(server.httpStatus) : QJsonValue()},
            {QStringLiteral("server_header"), server.serverHeader},
            {QStringLiteral("clock_offset_seconds"), server.hasClock ? QJsonValue(server.clockOffsetSeconds) : QJsonValue()},
        });
    }
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("reference"), m_reference},
        {QStringLiteral("created_at"), m_created.toString(Qt::ISODate)},
        {QStringLiteral("versions"), QJsonObject{
             {QStringLiteral("assistant"), QCoreApplication::applicationVersion()},
             {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
             {QStringLiteral("qt_built"), QStringLiteral(QT_VERSION_STR)},
             {QStringLiteral("os"), QSysInfo::prettyProductName()},
             {QStringLiteral("kernel"), QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion()},
             {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
         }},
        {QStringLiteral("keychain"), QJsonObject{
             {QStringLiteral("backend"), m_keychain.backend},
             {QStringLiteral("works"), m_keychain.works()},
             {QStringLiteral("written"), m_keychain.written},
             {QStringLiteral("read"), m_keychain.read},
             {QStringLiteral("deleted"), m_keychain.deleted},
             {QStringLiteral("error"), orNull(m_keychain.errorKind)},
             {QStringLiteral("error_message"), orNull(m_keychain.error)},
         }},
        {QStringLiteral("proxy"), QJsonObject{
             {QStringLiteral("proxy"), orNull(m_proxy.proxy)},
             {QStringLiteral("origin"), originKey(m_proxy.origin)},
             {QStringLiteral("variable"), orNull(m_proxy.variable)},
         }},
        {QStringLiteral("credentials"), QJsonObject{
             {QStringLiteral("source"), m_credentialsSource.isEmpty() ? QStringLiteral("none") : m_credentialsSource},
             {QStringLiteral("client_id_masked"), orNull(m_clientIdMasked)},
             {QStringLiteral("secret_fingerprint"), orNull(m_secretFingerprint)},
             {QStringLiteral("data_center"), orNull(m_credentialsDataCenter)},
         }},
        {QStringLiteral("last_verification"), m_last.isValid() ? QJsonValue(QJsonObject{
             {QStringLiteral("stage"), m_last.stage},
             {QStringLiteral("status"), m_last.status},
             {QStringLiteral("cause"), m_last.cause},
             {QStringLiteral("zoho_error"), orNull(m_last.zohoError)},
             {QStringLiteral("data_center"), orNull(m_last.dataCenter)},
             {QStringLiteral("reference"), m_last.reference},
             {QStringLiteral("at"), m_last.when.toString(Qt::ISODate)},
         }) : QJsonValue()},
        {QStringLiteral("servers"), servers},
        {QStringLiteral("log_file"), orNull(LogFile::currentPath())},
    };
}
