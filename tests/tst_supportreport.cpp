// The support report from end to end, inside a private keyring (tests/keyring-session.sh): the
// keychain canary works and leaves nothing behind, the customer's stored credentials are untouched,
// and the report names the versions, the keychain, the proxy, the last verification with its
// reference, the masked Client ID and the secret's fingerprint, and each server's layers; never
// the secret.

#include "datacenter.h"
#include "keychaincanary.h"
#include "lastverification.h"
#include "outsideview.h"
#include "probereport.h"
#include "secretstore.h"
#include "supportreference.h"
#include "supportreport.h"
#include "zohoaccountsemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

namespace {
const QString clientId = QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4CHUEX0");
const QString secret = QStringLiteral("5f1e3c9a0b7d24e6a8c1f0d3b5e7a9c2d4f6b8e0a1");
const QString testService = QStringLiteral("zoho-onboarding-supportreport-test");
} // namespace

class TestSupportReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void referenceCodes();
    void canaryLeavesNothingBehind();
    void report();
    void reportOfStoredCredentials();
    void noServersWhenOverriddenElsewhere();
};

void TestSupportReport::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Optiply"));
    QCoreApplication::setApplicationName(QStringLiteral("zoho-onboarding"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QVERIFY2(!OutsideView::sandbox().isEmpty(), "run through tests/keyring-session.sh (ctest does)");
    OutsideView::clearKeychain(testService);
    OutsideView::clearKeychain(KeychainCanary::defaultService());
}

void TestSupportReport::referenceCodes()
{
    const QString alphabet = SupportReference::alphabet();
    for (const QChar confusing : {u'0', u'O', u'1', u'I'})
        QVERIFY(!alphabet.contains(confusing));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString code = SupportReference::generate();
        QCOMPARE(code.size(), SupportReference::length);
        QVERIFY2(SupportReference::isValid(code), qPrintable(code));
        seen.insert(code);
    }
    QVERIFY(seen.size() > 190); // random, not a counter or a constant
    QVERIFY(SupportReference::isValid(QStringLiteral("k7qf3m")));
    QVERIFY(!SupportReference::isValid(QStringLiteral("K7QF3O")));
    QVERIFY(!SupportReference::isValid(QStringLiteral("K7QF3")));
    // Stored: the same until renewed.
    const QString current = SupportReference::current();
    QCOMPARE(SupportReference::current(), current);
    const QString renewed = SupportReference::renew();
    QCOMPARE(SupportReference::current(), renewed);
}

void TestSupportReport::canaryLeavesNothingBehind()
{
    // The customer's own credentials are there and must survive the canary.
    SecretStore store;
    store.setService(testService);
    QSignalSpy saved(&store, &SecretStore::saved);
    store.save({clientId, secret, QStringLiteral("eu"), {}});
    QVERIFY(saved.wait(10000));
    const QByteArray before = OutsideView::keychainItem(testService);
    QVERIFY(before.contains(secret.toLatin1()));

    KeychainCanary canary;
    QCOMPARE(canary.service(), QStringLiteral("zoho-onboarding-canary"));
    QSignalSpy finished(&canary, &KeychainCanary::finished);
    canary.run();
    QVERIFY(finished.wait(20000));
    const auto result = finished.constFirst().constFirst().value<KeychainCanary::Result>();
    QVERIFY2(result.works(), qPrintable(result.error));
    QVERIFY(result.written && result.read && result.deleted);
    QVERIFY2(result.backend.startsWith(KeychainCanary::backendName().section(QLatin1Char(' '), 0, 1)),
             qPrintable(result.backend));

    QCOMPARE(OutsideView::keychainItem(canary.service()), QByteArray());
    QCOMPARE(OutsideView::keychainItem(testService), before);
    OutsideView::clearKeychain(testService);
}

void TestSupportReport::report()
{
    ZohoAccountsEmulator zoho;
    QVERIFY2(zoho.start({QStringLiteral("eu"), QStringLiteral("us")}), qPrintable(zoho.errorString()));
    zoho.setFault(QStringLiteral("us"), ZohoAccountsEmulator::Fault::ServerError500);
    AccountsServerMap servers;
    QString error;
    QVERIFY2(servers.addSpec(zoho.overridesSpec(), &error), qPrintable(error));

    // A failed check before, as the wizard and the command line remember it.
    ProbeReport check;
    check.status = ProbeStatus::WrongSecret;
    check.dataCenter = QStringLiteral("eu");
    ProbeReport::Answer answer;
    answer.dataCenter = QStringLiteral("eu");
    answer.status = ProbeStatus::WrongSecret;
    answer.zohoError = QStringLiteral("invalid_client_secret");
    check.answers = {answer};
    const QString reference = LastVerification::record(check);
    QVERIFY(SupportReference::isValid(reference));
    // Nothing secret in the settings.
    {
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(secret));
    }

    SupportReport report;
    report.setAccountsServers(servers);
    QCOMPARE(SupportReport::defaultDataCenters(servers), (QStringList{QStringLiteral("us"), QStringLiteral("eu")}));
    report.setCredentials({clientId, secret, QStringLiteral("eu"), {}});
    QSignalSpy finished(&report, &SupportReport::finished);
    report.collect();
    QVERIFY(finished.wait(30000));
    QCOMPARE(report.reference(), reference);

    const QString text = report.toText();
    const QStringList expected = {
        QStringLiteral("Reference: %1").arg(reference),
        QStringLiteral("Assistant: 9.8.7"),
        QStringLiteral("Qt: %1").arg(QString::fromLatin1(qVersion())),
        QSysInfo::prettyProductName(),
        QStringLiteral("Backend: ") + KeychainCanary::backendName().section(QLatin1Char(' '), 0, 1),
        QStringLiteral("Works: a test item was written, read back and deleted."),
        QStringLiteral("Proxy\n  none: direct connection"),
        QStringLiteral("Client ID: %1").arg(Credentials::maskClientId(clientId)),
        QStringLiteral("Secret fingerprint: %1").arg(Credentials::secretFingerprint(secret)),
        QStringLiteral("Status: wrong_secret, cause: none, Zoho error: invalid_client_secret"),
        QStringLiteral("(reference %1)").arg(reference),
        QStringLiteral("Europe (zoho.eu) (%1), overridden").arg(zoho.serverUrl(QStringLiteral("eu")).toString()),
        QStringLiteral("Verdict: reachable."),
        QStringLiteral("Verdict: HTTP FAILED: The server answered HTTP 500"),
        QStringLiteral("Name lookup"),
        QStringLiteral("Clock"),
    };
    for (const QString &fragment : expected)
        QVERIFY2(text.contains(fragment), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(fragment, text)));
    QVERIFY(!text.contains(secret));
    QVERIFY(!text.contains(secret.left(12)));
    QVERIFY(!text.contains(clientId)); // masked only

    const QJsonObject json = report.toJson();
    const QByteArray jsonText = QJsonDocument(json).toJson();
    QVERIFY(!jsonText.contains(secret.toLatin1()));
    QCOMPARE(json.value(QStringLiteral("reference")).toString(), reference);
    QCOMPARE(json.value(QStringLiteral("keychain")).toObject().value(QStringLiteral("works")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("last_verification")).toObject().value(QStringLiteral("zoho_error")).toString(),
             QStringLiteral("invalid_client_secret"));
    QCOMPARE(json.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("secret_fingerprint")).toString(),
             Credentials::secretFingerprint(secret));
    const QJsonArray list = json.value(QStringLiteral("servers")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("http_server_error"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("reachable"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("steps")).toArray().size(), 5);
    QCOMPARE(OutsideView::keychainItem(KeychainCanary::defaultService()), QByteArray());
    QCOMPARE(OutsideView::fileContaining(secret.toLatin1()), QString());
}

void TestSupportReport::reportOfStoredCredentials()
{
    SecretStore store;
    store.setService(testService);
    QSignalSpy saved(&store, &SecretStore::saved);
    store.save({clientId, secret, QStringLiteral("eu"), {}});
    QVERIFY(saved.wait(10000));

    SupportReport report;
    report.setStoreService(testService);
    report.setDataCenters({QStringLiteral("eu")});
    AccountsServerMap servers;
    QString error;
    QVERIFY(servers.addOverride(QStringLiteral("eu"), QStringLiteral("http://127.0.0.1:1"), &error));
    report.setAccountsServers(servers);
    QSignalSpy finished(&report, &SupportReport::finished);
    report.collect();
    QVERIFY(finished.wait(30000));
    const QString text = report.toText();
    QVERIFY2(text.contains(QStringLiteral("Stored in the keychain")), qPrintable(text));
    QVERIFY(text.contains(Credentials::secretFingerprint(secret)));
    QVERIFY(!text.contains(secret));
    QVERIFY2(text.contains(QStringLiteral("refused the connection")), qPrintable(text));
    OutsideView::clearKeychain(testService);
}

void TestSupportReport::noServersWhenOverriddenElsewhere()
{
    // Without overrides every data center is checked; with some, only those (a test never reaches Zoho).
    QCOMPARE(SupportReport::defaultDataCenters(AccountsServerMap()), DataCenters::codes());
}

QTEST_GUILESS_MAIN(TestSupportReport)
#include "tst_supportreport.moc"
