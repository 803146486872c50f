#include "secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace std::chrono_literals;

// What a clipboard manager or history sees after the wizard copies a secret, and that the secret
// does not stay on the clipboard for longer than it has to.
class TestSecretClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void secretIsMarkedForClipboardManagers_data();
    void secretIsMarkedForClipboardManagers();
    void pastingGivesTheSecret();
    void waitsSixtySecondsByDefault();
    void secretIsRemovedAfterTheTime();
    void whatThePersonCopiedSinceIsKept();
    void copyingAgainRestartsTheTime();
    void nothingToCopyLeavesTheClipboardAlone();
    void secretIsRemovedWhenTheObjectGoes();
    void otherCopiesSurviveTheObject();
    void secretIsRemovedWhenTheApplicationQuits();

private:
    static QClipboard *clipboard() { return QGuiApplication::clipboard(); }

    const QString m_secret = QStringLiteral("5f1c0e2b7a9d4c3e8b6a1f0d2c4e6a8b9d7f5e3c1a");
};

void TestSecretClipboard::init()
{
    clipboard()->clear();
}

void TestSecretClipboard::secretIsMarkedForClipboardManagers_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("value");

    const QByteArray dwordZero("\0\0\0\0", 4);
    const QByteArray dwordOne("\1\0\0\0", 4);
    // Klipper, CopyQ, cliphist & co. (Linux)
    QTest::newRow("KDE password manager hint") << QStringLiteral("x-kde-passwordManagerHint") << QByteArray("secret");
    // Windows' documented formats, written under their bare names (see secretclipboard.cpp)
    QTest::newRow("Windows: exclude from monitoring")
        << QStringLiteral("ExcludeClipboardContentFromMonitorProcessing") << dwordOne;
    QTest::newRow("Windows: not in the history") << QStringLiteral("CanIncludeInClipboardHistory") << dwordZero;
    QTest::newRow("Windows: not to the cloud") << QStringLiteral("CanUploadToCloudClipboard") << dwordZero;
    // macOS: mapped to org.nspasteboard.ConcealedType by a converter (not on this platform)
    QTest::newRow("macOS concealed type") << QStringLiteral("application/x-nspasteboard-concealed-type")
                                          << QByteArray("secret");
}

void TestSecretClipboard::secretIsMarkedForClipboardManagers()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, value);

    const std::unique_ptr<QMimeData> built(SecretClipboard::sensitiveMimeData(m_secret));
    QVERIFY(built->hasFormat(format));
    QCOMPARE(built->data(format), value);

    SecretClipboard secretClipboard;
    secretClipboard.copySecret(m_secret);
    const QMimeData *onClipboard = clipboard()->mimeData();
    QVERIFY(onClipboard);
    QVERIFY2(onClipboard->formats().contains(format), qPrintable(onClipboard->formats().join(u", ")));
    QCOMPARE(onClipboard->data(format), value);
    // The marker is no second copy of the secret.
    QVERIFY(!onClipboard->data(format).contains(m_secret.toUtf8()));
}

void TestSecretClipboard::pastingGivesTheSecret()
{
    SecretClipboard secretClipboard;
    secretClipboard.copySecret(m_secret);
    QCOMPARE(clipboard()->text(), m_secret);
    QCOMPARE(clipboard()->mimeData()->data(QStringLiteral("text/plain")), m_secret.toUtf8());
    QVERIFY(secretClipboard.isClearPending());
}

void TestSecretClipboard::waitsSixtySecondsByDefault()
{
    SecretClipboard secretClipboard;
    QCOMPARE(secretClipboard.clearAfter(), std::chrono::milliseconds(60s));
    QCOMPARE(SecretClipboard::defaultClearAfter, 60s);
}

void TestSecretClipboard::secretIsRemovedAfterTheTime()
{
    SecretClipboard secretClipboard;
    secretClipboard.setClearAfter(200ms);
    QSignalSpy cleared(&secretClipboard, &SecretClipboard::cleared);
    secretClipboard.copySecret(m_secret);
    QCOMPARE(clipboard()->text(), m_secret); // still there right after copying

    QTRY_COMPARE(cleared.count(), 1);
    QCOMPARE(clipboard()->text(), QString());
    const QMimeData *left = clipboard()->mimeData();
    QVERIFY(!left || left->formats().isEmpty());
    QVERIFY(!secretClipboard.isClearPending());
}

void TestSecretClipboard::whatThePersonCopiedSinceIsKept()
{
    SecretClipboard secretClipboard;
    secretClipboard.setClearAfter(200ms);
    QSignalSpy cleared(&secretClipboard, &SecretClipboard::cleared);
    secretClipboard.copySecret(m_secret);
    const QString ownCopy = QStringLiteral("Settings → Integrations");
    clipboard()->setText(ownCopy);

    QTRY_VERIFY(!secretClipboard.isClearPending());
    QTest::qWait(50);
    QCOMPARE(clipboard()->text(), ownCopy);
    QCOMPARE(cleared.count(), 0);
}

void TestSecretClipboard::copyingAgainRestartsTheTime()
{
    SecretClipboard secretClipboard;
    secretClipboard.setClearAfter(1500ms);
    QSignalSpy cleared(&secretClipboard, &SecretClipboard::cleared);
    secretClipboard.copySecret(m_secret);
    QTest::qWait(1000);
    secretClipboard.copySecret(m_secret);
    QTest::qWait(1000); // 2 s after the first copy, 1 s after the second
    QCOMPARE(clipboard()->text(), m_secret);
    QCOMPARE(cleared.count(), 0);
    QTRY_COMPARE(cleared.count(), 1);
    QCOMPARE(clipboard()->text(), QString());
}

void TestSecretClipboard::nothingToCopyLeavesTheClipboardAlone()
{
    clipboard()->setText(QStringLiteral("something of the person's"));
    SecretClipboard secretClipboard;
    secretClipboard.copySecret(QString());
    QCOMPARE(clipboard()->text(), QStringLiteral("something of the person's"));
    QVERIFY(!secretClipboard.isClearPending());
}

void TestSecretClipboard::secretIsRemovedWhenTheObjectGoes()
{
    {
        SecretClipboard secretClipboard;
        secretClipboard.copySecret(m_secret);
        QCOMPARE(clipboard()->text(), m_secret);
    }
    QCOMPARE(clipboard()->text(), QString());
}

void TestSecretClipboard::otherCopiesSurviveTheObject()
{
    const QString ownCopy = QStringLiteral("https://app.optiply.com");
    {
        SecretClipboard secretClipboard;
        secretClipboard.copySecret(m_secret);
        clipboard()->setText(ownCopy);
    }
    QCOMPARE(clipboard()->text(), ownCopy);
}

// Last: it runs the application's event loop once and quits it, as closing the wizard does.
void TestSecretClipboard::secretIsRemovedWhenTheApplicationQuits()
{
    SecretClipboard secretClipboard; // waits the full 60 s
    QSignalSpy cleared(&secretClipboard, &SecretClipboard::cleared);
    secretClipboard.copySecret(m_secret);
    QTimer::singleShot(0, qApp, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(clipboard()->text(), QString());
}

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
