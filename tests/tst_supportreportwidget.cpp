// "Copy report for support" as a person uses it, in a private keyring with all logging on: the
// verify page carries it with the reference; one click checks and copies a plain-text report
// that names the reference, the masked Client ID and the fingerprint; the clipboard, the report,
// the log file and the home folder hold no secret.

#include "lastverification.h"
#include "logfile.h"
#include "onboardingwizard.h"
#include "outsideview.h"
#include "pages/verifypage.h"
#include "supportreference.h"
#include "supportreport.h"
#include "supportreportwidget.h"
#include "zohoaccountsemulator.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString clientId = QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4CHUEX0");
const QString secret = QStringLiteral("5f1e3c9a0b7d24e6a8c1f0d3b5e7a9c2d4f6b8e0a1");
} // namespace

class TestSupportReportWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void verifyPageCarriesIt();
    void copiesTheReport();
    void verificationGetsItsOwnReference();
};

void TestSupportReportWidget::initTestCase()
{
    QVERIFY2(!OutsideView::sandbox().isEmpty(), "run through tests/keyring-session.sh (ctest does)");
    QCoreApplication::setOrganizationName(QStringLiteral("Optiply"));
    QCoreApplication::setApplicationName(QStringLiteral("zoho-onboarding"));
    QVERIFY(LogFile::install(LogFile::defaultDirectory(), true));
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
}

void TestSupportReportWidget::cleanupTestCase()
{
    const QString logFile = LogFile::currentPath();
    LogFile::uninstall();
    QVERIFY2(QFileInfo(logFile).size() > 0, qPrintable(logFile));
    int looked = 0;
    QCOMPARE(OutsideView::fileContaining(secret.toLatin1(), &looked), QString());
    QVERIFY(looked > 0);
}

void TestSupportReportWidget::verifyPageCarriesIt()
{
    OnboardingWizard wizard;
    wizard.ensureAllPages(); // never shown: its later pages are not built on their own
    auto *verify = qobject_cast<VerifyPage *>(wizard.page(OnboardingWizard::VerifyPageId));
    QVERIFY(verify);
    SupportReportWidget *support = verify->supportReport();
    QVERIFY(support);
    QVERIFY(verify->isAncestorOf(support));
    QCOMPARE(support->copyButton()->text().remove(QLatin1Char('&')), QStringLiteral("Copy report for support"));
    QCOMPARE(support->copyButton()->accessibleName(), QStringLiteral("Copy report for support"));
    const QString code = SupportReference::current();
    QCOMPARE(support->referenceLabel()->text(), QStringLiteral("Your reference: ") + code);
    // A screen reader spells it out.
    QVERIFY(support->referenceLabel()->accessibleName().endsWith(QStringList(code.split(QString(), Qt::SkipEmptyParts)).join(QLatin1Char(' '))));
}

void TestSupportReportWidget::copiesTheReport()
{
    ZohoAccountsEmulator zoho;
    QVERIFY2(zoho.start({QStringLiteral("eu")}), qPrintable(zoho.errorString()));
    zoho.setDateOffset(-9 * 60);
    AccountsServerMap servers;
    QString error;
    QVERIFY2(servers.addSpec(zoho.overridesSpec(), &error), qPrintable(error));

    SupportReportWidget widget([&](SupportReport *report) {
        report->setAccountsServers(servers);
        report->setCredentials({clientId, secret, QStringLiteral("eu"), {}});
        report->setDataCenters({QStringLiteral("eu")});
    });
    widget.resize(700, widget.sizeHint().height());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QApplication::clipboard()->setText(QStringLiteral("before"));
    QSignalSpy copied(&widget, &SupportReportWidget::copied);

    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    widget.copyButton()->setFocus();
    QTest::keyClick(widget.copyButton(), Qt::Key_Space);
    QCOMPARE(widget.statusLabel()->text(), QStringLiteral("Checking the connection…"));
    // The keyboard focus stays on the button (once, disabling it threw the focus onto Back), and
    // pressing it again while the report is collected starts no second one.
    QVERIFY(widget.copyButton()->hasFocus());
    QTest::keyClick(widget.copyButton(), Qt::Key_Space);
    QCOMPARE(widget.findChildren<SupportReport *>().size(), 1);
    QVERIFY(copied.wait(30000));
    QVERIFY(widget.copyButton()->hasFocus());
    QCOMPARE(widget.statusLabel()->text(), QStringLiteral("Copied: paste it into your message to support."));

    const QString onClipboard = QApplication::clipboard()->text();
    QCOMPARE(onClipboard, copied.constFirst().constFirst().toString());
    const QString code = SupportReference::current();
    QVERIFY(widget.referenceLabel()->text().endsWith(code));
    for (const QString &fragment : {QStringLiteral("Reference: ") + code,
                                    QStringLiteral("Client ID: ") + Credentials::maskClientId(clientId),
                                    QStringLiteral("Secret fingerprint: ") + Credentials::secretFingerprint(secret),
                                    QStringLiteral("Your clock is 9 minutes ahead of the server's")})
        QVERIFY2(onClipboard.contains(fragment), qPrintable(QStringLiteral("missing \"%1\" in\n%2").arg(fragment, onClipboard)));
    QVERIFY(!onClipboard.contains(secret));
    QVERIFY(!onClipboard.contains(clientId));

    const QString shots = qEnvironmentVariable("ZOHO_SCREENSHOT_DIR");
    if (!shots.isEmpty() && QDir().mkpath(shots))
        QTest::qWait(50), widget.grab().save(shots + QStringLiteral("/support-report-copied.png"));
}

void TestSupportReportWidget::verificationGetsItsOwnReference()
{
    SupportReportWidget widget(nullptr);
    const QString before = widget.referenceLabel()->text();
    ProbeReport report;
    report.status = ProbeStatus::UnknownClient;
    report.dataCenter = QStringLiteral("eu");
    widget.noteVerification(report);
    const QString code = SupportReference::current();
    QCOMPARE(widget.referenceLabel()->text(), QStringLiteral("Your reference: ") + code);
    QVERIFY(widget.referenceLabel()->text() != before);
    const LastVerification last = LastVerification::load();
    QCOMPARE(last.reference, code);
    QCOMPARE(last.status, QStringLiteral("unknown_client"));
    QCOMPARE(last.stage, QStringLiteral("check"));

    ZohoSignIn::Result signIn;
    signIn.status = ProbeStatus::SignInFailed;
    signIn.zohoError = QStringLiteral("invalid_code");
    signIn.dataCenter = QStringLiteral("eu");
    widget.noteVerification(signIn);
    QCOMPARE(LastVerification::load().stage, QStringLiteral("sign_in"));
    QCOMPARE(LastVerification::load().zohoError, QStringLiteral("invalid_code"));
    QVERIFY(widget.referenceLabel()->text().endsWith(LastVerification::load().reference));
}

QTEST_MAIN(TestSupportReportWidget)
#include "tst_supportreportwidget.moc"
