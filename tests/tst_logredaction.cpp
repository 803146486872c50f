// What may reach the log file and the terminal: every value shaped like a secret, a grant code, a
// token or an Authorization header is masked, and ordinary words are left alone.

#include "logredaction.h"

#include <QTest>

class TestLogRedaction : public QObject
{
    Q_OBJECT

private slots:
    void masks_data();
    void masks();
    void keepsOrdinaryText_data();
    void keepsOrdinaryText();
};

void TestLogRedaction::masks_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret"); // must be gone

    const QString secret = QStringLiteral("5f1e3c9a0b7d24e6a8c1f0d3b5e7a9c2d4f6b8e0a1");
    const QString token = QStringLiteral("1000.3e1b9b2d5c4a6f7e8d9c0b1a2f3e4d5c.6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d");
    QTest::newRow("client secret alone") << QStringLiteral("secret is %1").arg(secret) << secret;
    QTest::newRow("client secret upper case") << QStringLiteral("got %1.").arg(secret.toUpper()) << secret.toUpper();
    QTest::newRow("grant code / token") << QStringLiteral("code %1 arrived").arg(token) << token;
    QTest::newRow("code= parameter") << QStringLiteral("GET /callback?state=xyz&code=abc123DEF&location=eu")
                                     << QStringLiteral("abc123DEF");
    QTest::newRow("client_secret= in a form") << QStringLiteral("grant_type=authorization_code&client_secret=hunter2&x=1")
                                              << QStringLiteral("hunter2");
    QTest::newRow("refresh_token=") << QStringLiteral("refresh_token=tok-short-1&grant_type=refresh_token")
                                    << QStringLiteral("tok-short-1");
    QTest::newRow("token= (revoke)") << QStringLiteral("POST /oauth/v2/token/revoke?token=revokeme") << QStringLiteral("revokeme");
    QTest::newRow("code_verifier=") << QStringLiteral("code_verifier=shortverifier") << QStringLiteral("shortverifier");
    QTest::newRow("json access_token") << QStringLiteral(R"({"access_token":"at-value-9","expires_in":3600})")
                                       << QStringLiteral("at-value-9");
    QTest::newRow("json client_secret") << QStringLiteral(R"({"client_secret": "s3cr3t"})") << QStringLiteral("s3cr3t");
    QTest::newRow("authorization header") << QStringLiteral("Authorization: Zoho-oauthtoken abc.def.ghi")
                                          << QStringLiteral("abc.def.ghi");
    QTest::newRow("authorization in a dump") << QStringLiteral(R"(("Authorization", "Bearer xyz-987"))")
                                             << QStringLiteral("xyz-987");
    QTest::newRow("proxy-authorization") << QStringLiteral("Proxy-Authorization: Basic dXNlcjpwYXNz")
                                         << QStringLiteral("dXNlcjpwYXNz");
    QTest::newRow("pkce verifier shaped") << QStringLiteral("v=Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh3")
                                          << QStringLiteral("Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh3");
}

void TestLogRedaction::masks()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    const QString redacted = LogRedaction::redact(line);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(QStringLiteral("[redacted]")), qPrintable(redacted));
}

void TestLogRedaction::keepsOrdinaryText_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("verdict") << QStringLiteral("check finished: \"wrong_secret\" \"eu\"");
    QTest::newRow("masked client id") << QStringLiteral("Client ID 1000.GMB0Y…EX0, fingerprint …0a1 · 3fa2c1");
    QTest::newRow("url") << QStringLiteral("eu GET /oauth/serverinfo -> 200 serverinfo");
    QTest::newRow("timing") << QStringLiteral("eu connect passed 12 ms");
    QTest::newRow("client id itself") << QStringLiteral("client 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0");
}

void TestLogRedaction::keepsOrdinaryText()
{
    QFETCH(QString, line);
    QCOMPARE(LogRedaction::redact(line), line);
}

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
