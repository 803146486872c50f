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
};

Q_DECLARE_METATYPE(QList<ProbeReport::Answer>)

void TestProbeReport::combine_data()
{
    QTest::addColumn<QList<Answer>>("answers");
    QTest::addColumn<ProbeStatus>("status");
    QTest::addColumn<QString>("dataCenter");
    QTest::addColumn<QStringList>("recognisedIn");

    const auto a = [](const char *dc, ProbeStatus s) { return Answer{QString::fromLatin1(dc), s, 200, {}, {}}; };
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

QTEST_GUILESS_MAIN(TestProbeReport)
#include "tst_probereport.moc"
