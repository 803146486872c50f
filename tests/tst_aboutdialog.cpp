// The About box: a customer reaches it from any page of the wizard with the keyboard alone, reads
// the version CMake set (the one --version prints and every package carries), copies the details for
// support, and gets back to where they were.

#include "aboutdialog.h"
#include "onboardingwizard.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace {
const QString projectVersion = QStringLiteral(ZOHO_EXPECTED_VERSION); // from project(VERSION), given by CMake

// The modal dialog open right now, if it is an About box.
AboutDialog *openAboutBox()
{
    return qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
}
} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTheProjectVersion();
    void copiesDetailsForSupport();
    void reachableByKeyboardFromEveryPage_data();
    void reachableByKeyboardFromEveryPage();
};

void TestAboutDialog::showsTheProjectVersion()
{
    QVERIFY(!projectVersion.isEmpty());
    AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    auto *version = about.findChild<QLabel *>(QStringLiteral("versionLabel"));
    QVERIFY(version);
    QVERIFY(version->isVisible());
    QCOMPARE(version->text(), QStringLiteral("Version %1").arg(projectVersion));
    QCOMPARE(version->accessibleName(), version->text());
    // Screen-reader and keyboard users reach the version too.
    QVERIFY(version->focusPolicy() & Qt::TabFocus);
    QVERIFY(version->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    auto *platform = about.findChild<QLabel *>(QStringLiteral("platformLabel"));
    QVERIFY(platform->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(!about.accessibleName().isEmpty());

    // For people to look at, next to the wizard's pages.
    const QString dir = qEnvironmentVariable("ZOHO_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(about.grab().save(dir + QStringLiteral("/about.png")));
}

void TestAboutDialog::copiesDetailsForSupport()
{
    AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    QApplication::clipboard()->clear();
    auto *copy = about.findChild<QPushButton *>(QStringLiteral("copyDetailsButton"));
    QVERIFY(copy);
    QVERIFY(!copy->accessibleName().isEmpty());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("zoho-onboarding %1\n").arg(projectVersion)), qPrintable(copied));
    QVERIFY(copied.contains(QString::fromLatin1(qVersion())));
    QVERIFY(!about.findChild<QLabel *>(QStringLiteral("copiedNote"))->text().isEmpty());
}

void TestAboutDialog::reachableByKeyboardFromEveryPage_data()
{
    QTest::addColumn<int>("pageId");
    QTest::newRow("welcome") << int(OnboardingWizard::WelcomePageId);
    QTest::newRow("fill in the details") << int(OnboardingWizard::FillDetailsPageId);
    QTest::newRow("credentials") << int(OnboardingWizard::CredentialsPageId);
}

void TestAboutDialog::reachableByKeyboardFromEveryPage()
{
    QFETCH(int, pageId);
    OnboardingWizard wizard;
    wizard.setUrlOpener([](const QUrl &) { return true; });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    while (wizard.currentId() != pageId)
        wizard.next();

    QAbstractButton *aboutButton = wizard.button(QWizard::HelpButton);
    QVERIFY(aboutButton->isVisible());
    QCOMPARE(aboutButton->text(), QStringLiteral("&About"));

    // Tab from wherever the focus is until it lands on the About button, as a keyboard user would.
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    int presses = 0;
    while (QApplication::focusWidget() != aboutButton && presses < 60) {
        QWidget *from = QApplication::focusWidget() ? QApplication::focusWidget() : &wizard;
        QTest::keyClick(from, Qt::Key_Tab);
        ++presses;
    }
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(aboutButton));

    // Space opens it; it is modal, so look at it from a timer, then close it with Escape.
    QString versionSeen;
    bool closed = false;
    QTimer::singleShot(0, &wizard, [&] {
        QTRY_VERIFY(openAboutBox() != nullptr);
        AboutDialog *about = openAboutBox();
        if (auto *version = about->findChild<QLabel *>(QStringLiteral("versionLabel")))
            versionSeen = version->text();
        QTest::keyClick(about, Qt::Key_Escape);
        closed = true;
    });
    QTest::keyClick(aboutButton, Qt::Key_Space);
    QVERIFY(closed);
    QCOMPARE(versionSeen, QStringLiteral("Version %1").arg(projectVersion));
    QVERIFY(!openAboutBox());
    // Back where the customer was.
    QCOMPARE(wizard.currentId(), pageId);
    QVERIFY(wizard.isVisible());
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
