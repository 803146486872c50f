// Overriding accounts servers (tests, staging) must never open a way to send a secret in clear
// text over a network: plain http is for loopback hosts only.

#include "accountsservermap.h"

#include <QTest>

class TestAccountsServerMap : public QObject
{
    Q_OBJECT

private slots:
    void defaultsToZohosServers();
    void validation_data();
    void validation();
    void specOverridesSeveralDataCenters();
    void malformedSpecsAreRefused_data();
    void malformedSpecsAreRefused();
    void environmentVariable();
    void findsDataCenterOfOverriddenServer();
};

void TestAccountsServerMap::defaultsToZohosServers()
{
    AccountsServerMap map;
    QCOMPARE(map.accountsServer(QStringLiteral("eu")), QUrl(QStringLiteral("https://accounts.zoho.eu")));
    QVERIFY(!map.accountsServer(QStringLiteral("xx")).isValid());
    QVERIFY(!map.hasOverrides());
}

void TestAccountsServerMap::validation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https anywhere") << "https://accounts.staging.example.com" << true;
    QTest::newRow("http on 127.0.0.1") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http on 127.5.5.5") << "http://127.5.5.5:8080" << true;
    QTest::newRow("http on ::1") << "http://[::1]:8080" << true;
    QTest::newRow("http on localhost") << "http://localhost:8080" << true;
    QTest::newRow("http on a LAN address") << "http://192.0.2.10:8080" << false;
    QTest::newRow("http on a host name") << "http://accounts.zoho.eu" << false;
    QTest::newRow("http on localhost.example.com") << "http://localhost.example.com" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    QTest::newRow("no scheme") << "127.0.0.1:8080" << false;
    QTest::newRow("user info") << "https://user:pw@accounts.example.com" << false;
    QTest::newRow("query") << "https://accounts.example.com?x=1" << false;
    QTest::newRow("empty") << "" << false;
}

void TestAccountsServerMap::validation()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    AccountsServerMap map;
    QString error;
    QCOMPARE(map.addOverride(QStringLiteral("eu"), url, &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (accepted)
        QCOMPARE(map.accountsServer(QStringLiteral("eu")), QUrl(url));
    else
        QCOMPARE(map.accountsServer(QStringLiteral("eu")), QUrl(QStringLiteral("https://accounts.zoho.eu")));
}

void TestAccountsServerMap::specOverridesSeveralDataCenters()
{
    AccountsServerMap map;
    QString error;
    QVERIFY2(map.addSpec(QStringLiteral("us=http://127.0.0.1:1000, EU=http://127.0.0.1:1001/"), &error), qPrintable(error));
    QCOMPARE(map.accountsServer(QStringLiteral("us")), QUrl(QStringLiteral("http://127.0.0.1:1000")));
    QCOMPARE(map.accountsServer(QStringLiteral("eu")), QUrl(QStringLiteral("http://127.0.0.1:1001")));
    QCOMPARE(map.accountsServer(QStringLiteral("in")), QUrl(QStringLiteral("https://accounts.zoho.in")));
    QVERIFY(map.isOverridden(QStringLiteral("eu")));
    QVERIFY(!map.isOverridden(QStringLiteral("in")));
}

void TestAccountsServerMap::malformedSpecsAreRefused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("unknown data center") << "xx=http://127.0.0.1:1" << "xx";
    QTest::newRow("missing code") << "http://127.0.0.1:1" << "CODE=URL";
    QTest::newRow("only commas") << ",," << "CODE=URL";
    QTest::newRow("remote http") << "eu=http://example.com" << "https";
}

void TestAccountsServerMap::malformedSpecsAreRefused()
{
    QFETCH(QString, spec);
    QFETCH(QString, mentioned);
    AccountsServerMap map;
    QString error;
    QVERIFY(!map.addSpec(spec, &error));
    QVERIFY2(error.contains(mentioned), qPrintable(error));
}

void TestAccountsServerMap::environmentVariable()
{
    qputenv(AccountsServerMap::environmentVariable, "jp=http://127.0.0.1:4242");
    AccountsServerMap map;
    QString error;
    QVERIFY(map.loadEnvironment(&error));
    QCOMPARE(map.accountsServer(QStringLiteral("jp")), QUrl(QStringLiteral("http://127.0.0.1:4242")));

    qputenv(AccountsServerMap::environmentVariable, "jp=http://10.0.0.1:4242");
    AccountsServerMap refused;
    QVERIFY(!refused.loadEnvironment(&error));
    QVERIFY(error.contains(QLatin1String(AccountsServerMap::environmentVariable)));
    qunsetenv(AccountsServerMap::environmentVariable);
}

void TestAccountsServerMap::findsDataCenterOfOverriddenServer()
{
    AccountsServerMap map;
    QVERIFY(map.addOverride(QStringLiteral("au"), QStringLiteral("http://127.0.0.1:5555"), nullptr));
    QCOMPARE(map.dataCenterForServer(QUrl(QStringLiteral("http://127.0.0.1:5555"))), QStringLiteral("au"));
    QCOMPARE(map.dataCenterForServer(QUrl(QStringLiteral("https://accounts.zoho.eu"))), QStringLiteral("eu"));
    QVERIFY(map.dataCenterForServer(QUrl(QStringLiteral("https://accounts.zoho.au"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountsServerMap)
#include "tst_accountsservermap.moc"
