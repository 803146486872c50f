// The one data-center table: every code the facts sheet lists, with hosts that follow Zoho's pattern.

#include "datacenter.h"

#include <QTest>

class TestDataCenters : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void lookupIsCaseInsensitiveAndRejectsUnknownCodes();
    void findsTheDataCenterOfAnAccountsHost();
    void ukIsConfirmedAndOnlyTheUaeRowIsNot();
};

void TestDataCenters::table_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("accounts");
    QTest::addColumn<QString>("console");
    QTest::addColumn<QString>("api");
    QTest::newRow("United States") << "us" << "https://accounts.zoho.com" << "https://api-console.zoho.com" << "https://www.zohoapis.com";
    QTest::newRow("Europe") << "eu" << "https://accounts.zoho.eu" << "https://api-console.zoho.eu" << "https://www.zohoapis.eu";
    QTest::newRow("India") << "in" << "https://accounts.zoho.in" << "https://api-console.zoho.in" << "https://www.zohoapis.in";
    QTest::newRow("Australia") << "au" << "https://accounts.zoho.com.au" << "https://api-console.zoho.com.au" << "https://www.zohoapis.com.au";
    QTest::newRow("Japan") << "jp" << "https://accounts.zoho.jp" << "https://api-console.zoho.jp" << "https://www.zohoapis.jp";
    QTest::newRow("Canada") << "ca" << "https://accounts.zohocloud.ca" << "https://api-console.zohocloud.ca" << "https://www.zohoapis.ca";
    QTest::newRow("Saudi Arabia") << "sa" << "https://accounts.zoho.sa" << "https://api-console.zoho.sa" << "https://www.zohoapis.sa";
    QTest::newRow("China") << "cn" << "https://accounts.zoho.com.cn" << "https://api-console.zoho.com.cn" << "https://www.zohoapis.com.cn";
    QTest::newRow("United Kingdom") << "uk" << "https://accounts.zoho.uk" << "https://api-console.zoho.uk" << "https://www.zohoapis.uk";
    QTest::newRow("United Arab Emirates") << "ae" << "https://accounts.zoho.ae" << "https://api-console.zoho.ae" << "https://www.zohoapis.ae";
}

void TestDataCenters::table()
{
    QFETCH(QString, code);
    QFETCH(QString, accounts);
    QFETCH(QString, console);
    QFETCH(QString, api);
    const DataCenter dc = DataCenters::find(code);
    QVERIFY(dc.isValid());
    QCOMPARE(dc.accountsServer, QUrl(accounts));
    QCOMPARE(dc.apiConsole, QUrl(console));
    QCOMPARE(dc.apiDomain, QUrl(api));
    QVERIFY(dc.displayName().contains(QString(QTest::currentDataTag())));
}

void TestDataCenters::lookupIsCaseInsensitiveAndRejectsUnknownCodes()
{
    QCOMPARE(DataCenters::find(QStringLiteral(" EU ")).code, QStringLiteral("eu"));
    QVERIFY(!DataCenters::find(QStringLiteral("de")).isValid());
    QVERIFY(!DataCenters::find(QString()).isValid());
    QCOMPARE(DataCenters::codes().size(), 10);
}

void TestDataCenters::findsTheDataCenterOfAnAccountsHost()
{
    QCOMPARE(DataCenters::findByAccountsHost(QStringLiteral("accounts.zoho.eu")).code, QStringLiteral("eu"));
    QCOMPARE(DataCenters::findByAccountsHost(QStringLiteral("ACCOUNTS.ZOHOCLOUD.CA")).code, QStringLiteral("ca"));
    QVERIFY(!DataCenters::findByAccountsHost(QStringLiteral("accounts.zoho.evil.example")).isValid());
}

void TestDataCenters::ukIsConfirmedAndOnlyTheUaeRowIsNot()
{
    for (const DataCenter &dc : DataCenters::all())
        QCOMPARE(dc.confirmed, dc.code != QLatin1String("ae"));
    QCOMPARE(DataCenters::find(QStringLiteral("ae")).accountsServer, QUrl(QStringLiteral("https://accounts.zoho.ae")));
    QCOMPARE(DataCenters::findByAccountsHost(QStringLiteral("accounts.zoho.uk")).code, QStringLiteral("uk"));
}

QTEST_GUILESS_MAIN(TestDataCenters)
#include "tst_datacenters.moc"
