// What may be shown of a credential set (masked ID, fingerprint) and its one keychain item.

#include "credentials.h"

#include <QTest>

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void maskShowsFirstNineAndLastFour();
    void fingerprintTellsSecretsApartWithoutShowingThem();
    void keychainItemRoundTrips();
    void keychainItemRejectsForeignData_data();
    void keychainItemRejectsForeignData();
};

void TestCredentials::maskShowsFirstNineAndLastFour()
{
    QCOMPARE(Credentials::maskClientId(QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4CHUEX0")),
             QStringLiteral("1000.GMB0…UEX0"));
    // Too short to mask meaningfully: show nothing of it.
    QCOMPARE(Credentials::maskClientId(QStringLiteral("1000.ABC")), QString(8, QChar(u'•')));
}

void TestCredentials::fingerprintTellsSecretsApartWithoutShowingThem()
{
    const QString a = QStringLiteral("0123456789abcdef0123456789abcdef0123456789");
    const QString b = QStringLiteral("1123456789abcdef0123456789abcdef0123456789");
    const QString fa = Credentials::secretFingerprint(a);
    QVERIFY(fa.startsWith(QStringLiteral("…6789 · ")));
    QCOMPARE(fa.size(), 14); // "…6789 · 1a2b3c"
    QVERIFY(fa != Credentials::secretFingerprint(b)); // same last four, different hash
    QCOMPARE(fa, Credentials::secretFingerprint(a));
    QVERIFY(Credentials::secretFingerprint(QString()).isEmpty());
}

void TestCredentials::keychainItemRoundTrips()
{
    Credentials c;
    c.clientId = QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4CHUEX0");
    c.clientSecret = QStringLiteral("0123456789abcdef0123456789abcdef0123456789");
    c.dataCenter = QStringLiteral("eu");
    c.storedAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0, 5), Qt::UTC);
    Credentials back;
    QVERIFY(Credentials::fromKeychainData(c.toKeychainData(), &back));
    QCOMPARE(back, c);
    QVERIFY(c.toKeychainData().size() < 400); // far below Windows' 2,560-byte limit
}

void TestCredentials::keychainItemRejectsForeignData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a bare password") << QByteArray("0123456789abcdef");
    QTest::newRow("JSON array") << QByteArray("[1,2]");
    QTest::newRow("no secret") << QByteArray(R"({"client_id":"1000.X"})");
}

void TestCredentials::keychainItemRejectsForeignData()
{
    QFETCH(QByteArray, data);
    Credentials out;
    out.clientId = QStringLiteral("unchanged");
    QVERIFY(!Credentials::fromKeychainData(data, &out));
    QCOMPARE(out.clientId, QStringLiteral("unchanged"));
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
