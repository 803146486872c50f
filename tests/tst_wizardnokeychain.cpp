// The wizard on a desktop without any usable keychain (no Secret Service on the session bus; on
// Windows a Credential Manager that refuses, see KeychainRefusal): the customer is told what to do,
// the secret stays on screen, and nothing is written anywhere.

#include "keychainrefusal.h"
#include "onboardingwizard.h"
#include "outsideview.h"
#include "pages/credentialspage.h"
#include "pages/verifypage.h"
#include "sampleclient.h"
#include "wizarddriver.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {
using SampleClient::clientId;
using SampleClient::secret;
} // namespace

class TestWizardWithoutKeychain : public QObject
{
    Q_OBJECT

private slots:
    void secretStaysOnScreenAndNothingIsWritten();
};

void TestWizardWithoutKeychain::secretStaysOnScreenAndNothingIsWritten()
{
    QVERIFY2(!OutsideView::sandbox().isEmpty(), "run through tests/keyring-session.sh --no-keyring");

    const KeychainRefusal refusal;
    QVERIFY2(refusal.isInPlace(), qPrintable(refusal.errorString()));
    WizardDriver driver;
    QVERIFY2(driver.startZoho({QStringLiteral("eu")}), qPrintable(driver.errorString()));

    OnboardingWizard wizard;
    wizard.setUrlOpener([](const QUrl &) { return true; });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    VerifyPage *verify = WizardDriver::walkToCheck(wizard, clientId, secret);
    QVERIFY(verify);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::SigningIn, 15000);
    QTest::mouseClick(verify->skipSignInButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::StoreFailed, 20000);

    QCOMPARE(verify->headlineLabel()->text(), QStringLiteral("Your credentials are fine, but they could not be saved"));
    QCOMPARE(verify->adviceLabel()->text(), SecretStore::messageFor(KeychainRefusal::errorKind(), SecretStore::Operation::Save));
#if !defined(Q_OS_WIN)
    QVERIFY2(verify->adviceLabel()->text().contains(QLatin1String("GNOME Keyring")), qPrintable(verify->adviceLabel()->text()));
#endif
    QVERIFY(verify->adviceLabel()->text().contains(QLatin1String("nothing was written to disk")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(verify->retryButton()->isVisible());
    auto *onScreen = verify->findChild<QWidget *>(QStringLiteral("secretOnScreen"));
    QVERIFY(onScreen->isVisible());
    QCOMPARE(onScreen->findChild<QLineEdit *>()->text(), secret);
    QCOMPARE(onScreen->findChild<QLineEdit *>()->echoMode(), QLineEdit::Password);
    const QString dir = qEnvironmentVariable("ZOHO_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
    QDir().mkpath(dir);
    QVERIFY(wizard.grab().save(dir + QStringLiteral("/18-verify-no-keychain.png")));

    // Trying again fails the same way, and still loses nothing.
    QTest::mouseClick(verify->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::StoreFailed, 20000);
    QCOMPARE(onScreen->findChild<QLineEdit *>()->text(), secret);
    QVERIFY(!wizard.credentialsStored());

    // Usually no file at all: nothing may hold the secret.
    const QString leak = OutsideView::fileContaining(secret.toLatin1());
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    wizard.setCredentialsStored(true); // leave without the question
}

QTEST_MAIN(TestWizardWithoutKeychain)
#include "tst_wizardnokeychain.moc"
