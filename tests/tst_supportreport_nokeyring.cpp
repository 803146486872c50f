// The support report on a computer without a usable keychain (a private D-Bus session with no
// Secret Service, or no session bus at all; on Windows a Credential Manager that refuses, see
// KeychainRefusal): the report says the keychain does not work and why, instead of hanging or
// claiming it works, and writes nothing in its place.

#include "keychaincanary.h"
#include "keychainrefusal.h"
#include "outsideview.h"
#include "supportreport.h"

#include <QSignalSpy>
#include <QTest>

class TestSupportReportNoKeyring : public QObject
{
    Q_OBJECT

private slots:
    void keychainProblemIsReported();
};

void TestSupportReportNoKeyring::keychainProblemIsReported()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Optiply"));
    QCoreApplication::setApplicationName(QStringLiteral("zoho-onboarding"));
    SupportReport report;
    AccountsServerMap servers;
    QString error;
    QVERIFY(servers.addOverride(QStringLiteral("eu"), QStringLiteral("http://127.0.0.1:1"), &error));
    report.setAccountsServers(servers);
    const KeychainRefusal refusal;
    QVERIFY2(refusal.isInPlace(), qPrintable(refusal.errorString()));
    QSignalSpy finished(&report, &SupportReport::finished);
    report.collect();
    QVERIFY(finished.wait(60000));
    const KeychainCanary::Result keychain = report.keychain();
    QVERIFY(!keychain.works());
    QVERIFY(!keychain.written);
    const QString errorKey = SecretStore::errorKey(KeychainRefusal::errorKind());
    QCOMPARE(keychain.errorKind, errorKey);
    const QString text = report.toText();
    QVERIFY2(text.contains(QStringLiteral("DOES NOT WORK: written no, read back no, deleted no.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Error (%1): ").arg(errorKey)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("None entered or stored.")), qPrintable(text));
    // Nothing fell back to a file.
    QCOMPARE(OutsideView::fileContaining("zoho-onboarding-canary"), QString());
}

QTEST_GUILESS_MAIN(TestSupportReportNoKeyring)
#include "tst_supportreport_nokeyring.moc"
