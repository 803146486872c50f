// The secret shown with "Show" and then selected (Ctrl+A, a double click) must not reach the X11
// PRIMARY selection, where any program can read it and a middle click pastes it. Run on a real X
// server (tests/screen-reader-session.sh starts Xvfb); PRIMARY is read back the way another
// program reads it: by a second process, this test program started with --print-primary, asking
// the X server for it while this one keeps its event loop running to answer.

#include "accessiblesecretguard.h"
#include "onboardingwizard.h"
#include "pages/credentialspage.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <cstdio>
#include <cstring>

namespace {

const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef0123456789");

// Another X client's view of PRIMARY; "<no answer>" when the reader did not finish.
QString primaryAsOthersSeeIt()
{
    QProcess reader;
    QSignalSpy finished(&reader, &QProcess::finished);
    reader.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--print-primary")});
    // This process owns the selection and must answer the reader's request: wait with the loop running.
    if (!finished.wait(20000)) {
        reader.kill();
        reader.waitForFinished(2000);
        return QStringLiteral("<no answer>");
    }
    return QString::fromUtf8(reader.readAllStandardOutput());
}

} // namespace

class TestSecretSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ordinaryFieldReachesPrimary();
    void shownSecretStaysOutOfPrimary();
    void anyFieldMarkedSecretStaysOutOfPrimary();
};

void TestSecretSelection::initTestCase()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs a real X server: run through tests/screen-reader-session.sh");
    QVERIFY(QGuiApplication::clipboard()->supportsSelection());
}

void TestSecretSelection::ordinaryFieldReachesPrimary()
{
    // The reader works: what a plain field selects is there for other programs, as X11 users expect.
    QLineEdit edit;
    edit.setText(QStringLiteral("harmless words"));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(edit.selectedText(), QStringLiteral("harmless words"));
    QCOMPARE(primaryAsOthersSeeIt(), QStringLiteral("harmless words"));
}

void TestSecretSelection::shownSecretStaysOutOfPrimary()
{
    OnboardingWizard wizard;
    wizard.setKeychainService(QStringLiteral("zoho-onboarding-selection-test"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.startOver(OnboardingWizard::CredentialsPageId);
    auto *page = qobject_cast<CredentialsPage *>(wizard.currentPage());
    QVERIFY(page);
    QLineEdit *field = page->secretEdit();
    field->setFocus();
    QTest::keyClicks(field, secret);
    QTest::mouseClick(page->revealButton(), Qt::LeftButton);
    QCOMPARE(field->echoMode(), QLineEdit::Normal); // shown

    // Ctrl+A, as the issue reported it.
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(field->selectedText(), secret); // selected on screen, as the person asked
    QString primary = primaryAsOthersSeeIt();
    QVERIFY2(!primary.contains(secret.mid(8, 16)), qPrintable(primary));
    QVERIFY2(primary != QLatin1String("<no answer>"), "the reader did not finish");

    // A double click on the value.
    field->deselect();
    QTest::mouseDClick(field, Qt::LeftButton, {}, field->rect().center());
    QCOMPARE(field->selectedText(), secret);
    primary = primaryAsOthersSeeIt();
    QVERIFY2(!primary.contains(secret.mid(8, 16)), qPrintable(primary));

    // Shift+End from the start: a selection made with the keyboard, piece by piece.
    field->deselect();
    QTest::keyClick(field, Qt::Key_Home);
    QTest::keyClick(field, Qt::Key_End, Qt::ShiftModifier);
    primary = primaryAsOthersSeeIt();
    QVERIFY2(!primary.contains(secret.mid(8, 16)), qPrintable(primary));
}

void TestSecretSelection::anyFieldMarkedSecretStaysOutOfPrimary()
{
    // The Verify page shows an unsaved secret in a read-only field of its own, with Show too.
    OnboardingWizard wizard; // installs the guard
    QLineEdit edit;
    edit.setProperty(AccessibleSecretGuard::secretProperty, true);
    edit.setReadOnly(true);
    edit.setText(secret);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(edit.selectedText(), secret);
    const QString primary = primaryAsOthersSeeIt();
    QVERIFY2(!primary.contains(secret.mid(8, 16)), qPrintable(primary));
}

int main(int argc, char *argv[])
{
    if (argc == 2 && std::strcmp(argv[1], "--print-primary") == 0) {
        QGuiApplication app(argc, argv);
        const QByteArray text = QGuiApplication::clipboard()->text(QClipboard::Selection).toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return 0;
    }
    QApplication app(argc, argv);
    TestSecretSelection test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretselection.moc"
