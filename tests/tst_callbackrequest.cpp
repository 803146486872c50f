// What the sign-in's listener makes of the bytes it receives: a whole GET and its query, or a
// named reason to refuse, never more than 16 KB read.

#include "callbackrequest.h"

#include <QTest>

using Verdict = CallbackRequest::Verdict;

class TestCallbackRequest : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void readsTheQuery();
};

void TestCallbackRequest::verdicts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("browser callback") << QByteArray("GET /cb?code=1&state=s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                                      << Verdict::Complete;
    QTest::newRow("leading empty lines") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n") << Verdict::Complete;
    QTest::newRow("bare line ends") << QByteArray("GET / HTTP/1.0\n\n") << Verdict::Complete;
    QTest::newRow("half a request line") << QByteArray("GET /zoho-onb") << Verdict::Incomplete;
    QTest::newRow("headers not finished") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << Verdict::Incomplete;
    QTest::newRow("nothing yet") << QByteArray() << Verdict::Incomplete;
    QTest::newRow("POST") << QByteArray("POST /cb HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << Verdict::MethodNotAllowed;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00", 5) << Verdict::Malformed;
    QTest::newRow("NUL in the path") << QByteArray("GET /a\0b HTTP/1.1\r\n\r\n", 21) << Verdict::Malformed;
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << Verdict::Malformed;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << Verdict::Malformed;
    QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << Verdict::Malformed;
    QTest::newRow("space before the method") << QByteArray(" GET / HTTP/1.1\r\n\r\n") << Verdict::Malformed;
    QTest::newRow("endless request line") << "GET /" + QByteArray(CallbackRequest::maxHeadSize, 'a') << Verdict::TooLarge;
    QTest::newRow("endless headers")
        << "GET / HTTP/1.1\r\n" + QByteArray(CallbackRequest::maxHeadSize, 'h') << Verdict::TooLarge;
    QTest::newRow("head just under the limit")
        << "GET / HTTP/1.1\r\nX: " + QByteArray(CallbackRequest::maxHeadSize - 23, 'h') + "\r\n\r\n" << Verdict::Complete;
}

void TestCallbackRequest::verdicts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Verdict, verdict);
    QCOMPARE(CallbackRequest::parse(bytes).verdict, verdict);
}

void TestCallbackRequest::readsTheQuery()
{
    const CallbackRequest request = CallbackRequest::parse(
        "GET /zoho-onboarding/callback?code=1000.ab.cd&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu"
        "&state=x_y-z&error_description=too+many&flag HTTP/1.1\r\nHost: 127.0.0.1:47813\r\n\r\n");
    QCOMPARE(request.verdict, Verdict::Complete);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/zoho-onboarding/callback"));
    QCOMPARE(request.value(QStringLiteral("accounts-server")), QStringLiteral("https://accounts.zoho.eu"));
    QCOMPARE(request.value(QStringLiteral("state")), QStringLiteral("x_y-z"));
    QCOMPARE(request.value(QStringLiteral("error_description")), QStringLiteral("too many"));
    QVERIFY(request.hasItem(QStringLiteral("flag")));
    QVERIFY(!request.hasItem(QStringLiteral("error")));
    // As sent: the listener passes values on percent-encoded, as Qt's own handler did.
    QCOMPARE(request.query.at(2).second, QStringLiteral("https%3A%2F%2Faccounts.zoho.eu"));
}

QTEST_GUILESS_MAIN(TestCallbackRequest)
#include "tst_callbackrequest.moc"
