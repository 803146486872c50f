// How the answers of several data centers add up to the one verdict a user sees.

#include "probereport.h"

#include <QTest>

using Answer = ProbeReport::Answer;

class TestProbeReport : public QObject
{
    Q_OBJECT

private slots:
    void combine_data();
    void combine();
    void carriesTheCauseOfItsVerdict();
};

Q_DECLARE_METATYPE(QList<ProbeReport::Answer>)

void TestProbeReport::combine_data()
{
    QTest::addColumn<QList<Answer>>("answers");
    QTest::addColumn<ProbeStatus>("status");
    QTest::addColumn<QString>("dataCenter");
    QTest::addColumn<QStringList>("recognisedIn");

    const auto a = [](const char *dc, ProbeStatus s) {
        Answer answer;
        answer.dataCenter = QString::fromLatin1(dc);
        answer.status = s;
        answer.httpStatus = 200;
        return answer;
    };
    QTest::newRow("one data center, recognised") << QList<Answer>{a("eu", ProbeStatus::Ok)} << ProbeStatus::Ok << "eu" << QStringList{"eu"};
    QTest::newRow("one data center, unknown") << QList<Answer>{a("eu", ProbeStatus::UnknownClient)} << ProbeStatus::UnknownClient << "eu" << QStringList{};
    QTest::newRow("match wins over failures elsewhere")
        << QList<Answer>{a("us", ProbeStatus::Timeout), a("eu", ProbeStatus::Ok), a("in", ProbeStatus::ServerError)}
        << ProbeStatus::Ok << "eu" << QStringList{"eu"};
    QTest::newRow("several matches: multi-DC")
        << QList<Answer>{a("us", ProbeStatus::Ok), a("eu", ProbeStatus::Ok), a("in", ProbeStatus::UnknownClient)}
        << ProbeStatus::Ok << "us" << QStringList{"us", "eu"};
    QTest::newRow("unknown everywhere names no data center")
        << QList<Answer>{a("us", ProbeStatus::UnknownClient), a("eu", ProbeStatus::UnknownClient)}
        << ProbeStatus::UnknownClient << "" << QStringList{};
    QTest::newRow("wrong secret where the client lives")
        << QList<Answer>{a("us", ProbeStatus::UnknownClient), a("eu", ProbeStatus::WrongSecret)}
        << ProbeStatus::WrongSecret << "eu" << QStringList{};
    QTest::newRow("redirect URI where the client lives")
        << QList<Answer>{a("us", ProbeStatus::UnknownClient), a("au", ProbeStatus::RedirectUriNotRegistered)}
        << ProbeStatus::RedirectUriNotRegistered << "au" << QStringList{};
    QTest::newRow("an unreachable data center beats unknown: the client may live there")
        << QList<Answer>{a("us", ProbeStatus::UnknownClient), a("eu", ProbeStatus::NetworkError)}
        << ProbeStatus::NetworkError << "eu" << QStringList{};
    QTest::newRow("TLS failure is named before a timeout")
        << QList<Answer>{a("us", ProbeStatus::Timeout), a("eu", ProbeStatus::TlsError)}
        << ProbeStatus::TlsError << "eu" << QStringList{};
    QTest::newRow("nothing asked") << QList<Answer>{} << ProbeStatus::NetworkError << "" << QStringList{};
}

void TestProbeReport::combine()
{
    QFETCH(QList<Answer>, answers);
    QFETCH(ProbeStatus, status);
    QFETCH(QString, dataCenter);
    QFETCH(QStringList, recognisedIn);
    const ProbeReport report = ProbeReport::combine(answers);
    QCOMPARE(report.status, status);
    QCOMPARE(report.dataCenter, dataCenter);
    QCOMPARE(report.recognisedIn, recognisedIn);
    QCOMPARE(report.answers.size(), answers.size());
}

void TestProbeReport::carriesTheCauseOfItsVerdict()
{
    // What the user is told about is the answer the verdict came from, issuer and proxy included.
    Answer unknown;
    unknown.dataCenter = QStringLiteral("us");
    unknown.status = ProbeStatus::UnknownClient;
    Answer intercepted;
    intercepted.dataCenter = QStringLiteral("eu");
    intercepted.status = ProbeStatus::TlsError;
    intercepted.cause = ProbeCause::CertificateUntrusted;
    intercepted.certificateIssuer = QStringLiteral("Example Intercepting Proxy");
    intercepted.proxy = QStringLiteral("proxy.example.com:3128");
    Answer slow;
    slow.dataCenter = QStringLiteral("in");
    slow.status = ProbeStatus::Timeout;
    slow.cause = ProbeCause::TimedOut;

    const ProbeReport failed = ProbeReport::combine({unknown, intercepted, slow});
    QCOMPARE(failed.status, ProbeStatus::TlsError);
    QCOMPARE(failed.cause, ProbeCause::CertificateUntrusted);
    QCOMPARE(failed.certificateIssuer, QStringLiteral("Example Intercepting Proxy"));
    QCOMPARE(failed.proxy, QStringLiteral("proxy.example.com:3128"));

    // A match carries no failure's cause, however loud.
    Answer found;
    found.dataCenter = QStringLiteral("au");
    found.status = ProbeStatus::Ok;
    const ProbeReport matched = ProbeReport::combine({intercepted, found});
    QCOMPARE(matched.status, ProbeStatus::Ok);
    QCOMPARE(matched.cause, ProbeCause::None);
    QVERIFY(matched.certificateIssuer.isEmpty());
    QVERIFY(matched.proxy.isEmpty());
}

QTEST_GUILESS_MAIN(TestProbeReport)
#include "tst_probereport.moc"
