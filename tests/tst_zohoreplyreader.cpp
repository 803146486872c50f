// The one reading of Zoho's replies, on bytes alone: what each answer of the token endpoint and of
// the revoke endpoint means, and that network text leaves it safe to show.

#include "zohoreplyreader.h"

#include <QJsonObject>
#include <QTest>

using Purpose = ZohoReplyReader::Purpose;

class TestZohoReplyReader : public QObject
{
    Q_OBJECT

private slots:
    void tokenReplies_data();
    void tokenReplies();
    void revocations_data();
    void revocations();
    void account();
};

void TestZohoReplyReader::tokenReplies_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("purpose");
    QTest::addColumn<ProbeStatus>("status");
    QTest::addColumn<ProbeCause>("cause");

    const int probe = int(Purpose::Probe);
    const int exchange = int(Purpose::CodeExchange);
    QTest::newRow("probe: invalid_code means recognised")
        << 200 << QByteArray(R"({"error":"invalid_code"})") << probe << ProbeStatus::Ok << ProbeCause::None;
    QTest::newRow("exchange: invalid_code means the sign-in failed")
        << 200 << QByteArray(R"({"error":"invalid_code"})") << exchange << ProbeStatus::SignInFailed << ProbeCause::None;
    QTest::newRow("invalid_client") << 200 << QByteArray(R"({"error":"invalid_client"})") << probe
                                    << ProbeStatus::UnknownClient << ProbeCause::None;
    QTest::newRow("invalid_client_secret") << 200 << QByteArray(R"({"error":"invalid_client_secret"})") << probe
                                           << ProbeStatus::WrongSecret << ProbeCause::None;
    QTest::newRow("invalid_redirect_uri") << 200 << QByteArray(R"({"error":"invalid_redirect_uri"})") << probe
                                          << ProbeStatus::RedirectUriNotRegistered << ProbeCause::None;
    QTest::newRow("English throttling, HTTP 400")
        << 400 << QByteArray(R"({"error":"Access Denied","error_description":"You have made too many requests continuously.","status":"failure"})")
        << probe << ProbeStatus::RateLimited << ProbeCause::Throttled;
    QTest::newRow("Chinese throttling, HTTP 400")
        << 400 << QByteArray("{\"error\":\"\xe6\x8b\x92\xe7\xbb\x9d\xe8\xae\xbf\xe9\x97\xae\",\"status\":\"failure\"}")
        << probe << ProbeStatus::RateLimited << ProbeCause::Throttled;
    QTest::newRow("unknown error with status failure, HTTP 200")
        << 200 << QByteArray(R"({"error":"Zugriff verweigert","status":"failure"})") << exchange
        << ProbeStatus::RateLimited << ProbeCause::Throttled;
    QTest::newRow("unknown error without status failure")
        << 200 << QByteArray(R"({"error":"something_new"})") << probe << ProbeStatus::ServerError << ProbeCause::UnexpectedReply;
    QTest::newRow("tokens, exchange") << 200 << QByteArray(R"({"access_token":"1000.a.b","expires_in":3600})")
                                      << exchange << ProbeStatus::Ok << ProbeCause::None;
    QTest::newRow("tokens for an impossible code") << 200 << QByteArray(R"({"access_token":"1000.a.b"})") << probe
                                                   << ProbeStatus::ServerError << ProbeCause::UnexpectedReply;
    QTest::newRow("307") << 307 << QByteArray() << exchange << ProbeStatus::ServerError << ProbeCause::RedirectElsewhere;
    QTest::newRow("HTTP 502") << 502 << QByteArray("<html>") << probe << ProbeStatus::ServerError << ProbeCause::HttpServerError;
    QTest::newRow("511") << 511 << QByteArray() << probe << ProbeStatus::ServerError << ProbeCause::CaptivePortal;
    QTest::newRow("HTML page") << 200 << QByteArray("<html><body>Hotel WiFi</body></html>") << probe
                               << ProbeStatus::ServerError << ProbeCause::CaptivePortal;
    QTest::newRow("plain text") << 200 << QByteArray("OK") << probe << ProbeStatus::ServerError << ProbeCause::NotJson;
    QTest::newRow("JSON array") << 200 << QByteArray("[1,2]") << probe << ProbeStatus::ServerError << ProbeCause::NotJson;
    QTest::newRow("empty") << 200 << QByteArray() << probe << ProbeStatus::ServerError << ProbeCause::NotJson;
}

void TestZohoReplyReader::tokenReplies()
{
    QFETCH(int, http);
    QFETCH(QByteArray, body);
    QFETCH(int, purpose);
    QFETCH(ProbeStatus, status);
    QFETCH(ProbeCause, cause);
    const ProbeReport::Answer answer = ZohoReplyReader::read(http, body, Purpose(purpose), {}, "https://elsewhere.example/");
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.cause, cause);
    QCOMPARE(answer.httpStatus, http);
}

void TestZohoReplyReader::revocations_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("revoked");
    QTest::newRow("Zoho's success") << 200 << QByteArray(R"({"status":"success"})") << true;
    QTest::newRow("empty 200 (RFC 7009)") << 200 << QByteArray() << true;
    QTest::newRow("empty 200 with a line end") << 200 << QByteArray("\r\n") << true;
    QTest::newRow("HTTP 400 error") << 400 << QByteArray(R"({"error":"invalid_request"})") << false;
    QTest::newRow("HTTP 200 error") << 200 << QByteArray(R"({"error":"invalid_token"})") << false;
    QTest::newRow("success with HTTP 400") << 400 << QByteArray(R"({"status":"success"})") << false;
    QTest::newRow("HTML") << 200 << QByteArray("<html></html>") << false;
    QTest::newRow("empty 500") << 500 << QByteArray() << false;
}

void TestZohoReplyReader::revocations()
{
    QFETCH(int, http);
    QFETCH(QByteArray, body);
    QFETCH(bool, revoked);
    QString detail;
    QCOMPARE(ZohoReplyReader::readRevocation(http, body, &detail), revoked);
    QCOMPARE(detail.isEmpty(), revoked);
}

void TestZohoReplyReader::account()
{
    const auto account = ZohoReplyReader::readAccount(
        200, QByteArray("{\"Email\":\"\x1b]0;owned\x07jane@example.com\",\"Display_Name\":\"Jane \xe2\x80\xae" "Doe\"}"));
    QCOMPARE(account.email, QStringLiteral("]0;owned jane@example.com"));
    QCOMPARE(account.name, QStringLiteral("Jane Doe"));
    QVERIFY(ZohoReplyReader::readAccount(401, R"({"Email":"jane@example.com"})").email.isEmpty());
}

QTEST_GUILESS_MAIN(TestZohoReplyReader)
#include "tst_zohoreplyreader.moc"
