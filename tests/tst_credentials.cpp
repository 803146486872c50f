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
    void keychainItemOfAnotherProgramIsNotTrusted_data();
    void keychainItemOfAnotherProgramIsNotTrusted();
    void keychainItemWithWarningsStillLoads();
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

namespace {
const QString goodId = QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4CHUEX0");
const QString goodSecret = QStringLiteral("0123456789abcdef0123456789abcdef0123456789");

QByteArray item(const QString &id, const QString &secret, const QString &dataCenter = QStringLiteral("eu"),
                const QString &account = QString())
{
    Credentials c;
    c.clientId = id;
    c.clientSecret = secret;
    c.dataCenter = dataCenter;
    c.storedAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0, 5), Qt::UTC);
    c.verifiedAccount = account;
    return c.toKeychainData();
}
} // namespace

void TestCredentials::keychainItemOfAnotherProgramIsNotTrusted_data()
{
    // Any program of the user's can write the assistant's item: what it holds is read like a
    // stranger's paste. Each of these once reached a terminal or a rich-text label as it was.
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("ID retitling and clearing the terminal")
        << item(QStringLiteral("\x1b]0;pwned\x07\x1b[2J") + goodId, goodSecret);
    QTest::newRow("ID as HTML") << item(QStringLiteral("<h1>PWNED</h1>1000.GMB0YULZHJK411248S8I5GZ4CHUEX0"), goodSecret);
    QTest::newRow("ID of the right length with markup")
        << item(QStringLiteral("1000.<b>XXXXXXXXXXXXXXXXXXXXXXX</b>"), goodSecret);
    QTest::newRow("secret recolouring the terminal") << item(goodId, goodSecret + QStringLiteral("\x1b[31m"));
    QTest::newRow("secret with a bidi override") << item(goodId, QStringLiteral("\u202e") + goodSecret);
    QTest::newRow("secret with a C1 control") << item(goodId, goodSecret.left(40) + QChar(0x9b) + QStringLiteral("2J"));
    QTest::newRow("secret is a sign-in token")
        << item(goodId, QStringLiteral("1000.0123456789abcdef0123456789abcdef.0123456789abcdef0123456789abcdef"));
    QTest::newRow("the two swapped") << item(goodSecret, goodId);
    QTest::newRow("ID with a Cyrillic letter") << item(QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4\u0421HUEX0"), goodSecret);
    QTest::newRow("data center with an escape") << item(goodId, goodSecret, QStringLiteral("eu\x1b[2J"));
    QTest::newRow("data center as HTML") << item(goodId, goodSecret, QStringLiteral("<i>eu</i>"));
    QTest::newRow("account with an escape")
        << item(goodId, goodSecret, QStringLiteral("eu"), QStringLiteral("\x1b]0;x\x07jane@example.com"));
    QTest::newRow("account with a line break")
        << item(goodId, goodSecret, QStringLiteral("eu"), QStringLiteral("jane@example.com\nOK: all good"));
    QTest::newRow("account far too long")
        << item(goodId, goodSecret, QStringLiteral("eu"), QString(5000, QLatin1Char('a')) + QStringLiteral("@example.com"));
}

void TestCredentials::keychainItemOfAnotherProgramIsNotTrusted()
{
    QFETCH(QByteArray, data);
    Credentials out;
    out.clientId = QStringLiteral("unchanged");
    QVERIFY2(!Credentials::fromKeychainData(data, &out), data.constData());
    QCOMPARE(out.clientId, QStringLiteral("unchanged"));
}

void TestCredentials::keychainItemWithWarningsStillLoads()
{
    // What the assistant itself stores after a warning (a lower-case ID, as in one of Zoho's own
    // examples; a secret shorter than usual) must read back: shape, not perfection.
    for (const QByteArray &data :
         {item(QStringLiteral("1000.y0lss32gmjnv72390907n4kdvqaxfi"), goodSecret),
          item(goodId, goodSecret.left(38)), item(goodId, goodSecret, QString()),
          item(goodId, goodSecret, QStringLiteral("eu"), QStringLiteral("Jane Doe <jane@example.com>"))}) {
        Credentials out;
        QVERIFY2(Credentials::fromKeychainData(data, &out), data.constData());
        QVERIFY(out.isWellFormed());
    }
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
