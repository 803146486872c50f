// A desktop without any Secret Service (on Windows: a Credential Manager that refuses, see
// KeychainRefusal): storing must fail with a clear remedy, and nothing may be written anywhere
// instead (QtKeychain's clear-text fallback stays off).

#include "keychainrefusal.h"
#include "outsideview.h"
#include "secretstore.h"

#include <QSignalSpy>
#include <QTest>

class TestSecretStoreWithoutKeyring : public QObject
{
    Q_OBJECT

private slots:
    void saveFailsWithRemedyAndWritesNothing();
    void statusAndForgetSayTheKeychainIsMissing();
};

void TestSecretStoreWithoutKeyring::saveFailsWithRemedyAndWritesNothing()
{
    QVERIFY2(!OutsideView::sandbox().isEmpty(), "run through tests/keyring-session.sh --no-keyring");

    const QString secret = QStringLiteral("00112233445566778899aabbccddeeff0011223344");
    Credentials credentials;
    credentials.clientId = QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4CHUEX0");
    credentials.clientSecret = secret;

    const KeychainRefusal refusal;
    QVERIFY2(refusal.isInPlace(), qPrintable(refusal.errorString()));
    SecretStore store;
    QSignalSpy failed(&store, &SecretStore::failed);
    QSignalSpy saved(&store, &SecretStore::saved);
    store.save(credentials);
    QVERIFY(failed.wait(20000));
    QVERIFY(saved.isEmpty());
    const auto error = failed.first().first().value<SecretStore::Error>();
    QCOMPARE(error.kind, KeychainRefusal::errorKind());
    QCOMPARE(error.message, SecretStore::messageFor(KeychainRefusal::errorKind(), SecretStore::Operation::Save));
#if !defined(Q_OS_WIN)
    QVERIFY2(error.message.contains(QLatin1String("GNOME Keyring")), qPrintable(error.message));
#endif
    QVERIFY(!error.message.contains(secret) && !error.detail.contains(secret));

    // The sandbox is this test's whole home: the secret must not be in any file there.
    const QString leak = OutsideView::fileContaining(secret.toLatin1());
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
}

void TestSecretStoreWithoutKeyring::statusAndForgetSayTheKeychainIsMissing()
{
    const KeychainRefusal refusal;
    QVERIFY2(refusal.isInPlace(), qPrintable(refusal.errorString()));
    SecretStore store;
    QSignalSpy failed(&store, &SecretStore::failed);
    store.load();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<SecretStore::Error>().kind, KeychainRefusal::errorKind());
}

QTEST_GUILESS_MAIN(TestSecretStoreWithoutKeyring)
#include "tst_secretstore_nokeyring.moc"
