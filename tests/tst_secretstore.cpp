// The keychain against a real Secret Service: gnome-keyring in a private D-Bus session
// (tests/keyring-session.sh). What is stored is read back independently with secret-tool.

#include "outsideview.h"
#include "secretstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void saveReadsBackAndIsVisibleToOtherPrograms();
    void loadReturnsWhatWasSaved();
    void replaceKeepsOnlyTheNewCredentials();
    void removeTellsWhetherSomethingWasThere();
    void loadWithNothingStoredSaysNotFound();
    void tooLargeIsRefusedBeforeWriting();
    void corruptItemIsReported();
    void lockedKeyringIsNamed(); // last: the keyring stays locked

private:
    static Credentials sample(const QString &secret = QStringLiteral("0123456789abcdef0123456789abcdef0123456789"));
    static QString secretToolLookup();
    Credentials save(SecretStore &store, const Credentials &credentials);

    const QString m_service = QStringLiteral("zoho-onboarding-test");
};

Credentials TestSecretStore::sample(const QString &secret)
{
    Credentials credentials;
    credentials.clientId = QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4CHUEX0");
    credentials.clientSecret = secret;
    credentials.dataCenter = QStringLiteral("eu");
    return credentials;
}

QString TestSecretStore::secretToolLookup()
{
    return QString::fromUtf8(OutsideView::keychainItem(QStringLiteral("zoho-onboarding-test")));
}

Credentials TestSecretStore::save(SecretStore &store, const Credentials &credentials)
{
    QSignalSpy saved(&store, &SecretStore::saved);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.save(credentials);
    if (!saved.wait(10000) || !failed.isEmpty()) {
        const QString why = failed.isEmpty() ? QStringLiteral("no answer")
                                             : failed.first().first().value<SecretStore::Error>().detail;
        qWarning("save failed: %s", qPrintable(why));
        return {};
    }
    return saved.first().first().value<Credentials>();
}

void TestSecretStore::initTestCase()
{
    qRegisterMetaType<Credentials>();
    QVERIFY2(OutsideView::keychainIsPrivate(),
             "run through tests/keyring-session.sh: this test needs a private Secret Service");
}

void TestSecretStore::init()
{
    SecretStore store;
    store.setService(m_service);
    QSignalSpy removed(&store, &SecretStore::removed);
    store.remove();
    QVERIFY(removed.wait(10000));
}

void TestSecretStore::saveReadsBackAndIsVisibleToOtherPrograms()
{
    SecretStore store;
    store.setService(m_service);
    const Credentials stored = save(store, sample());
    QCOMPARE(stored.clientId, sample().clientId);
    QCOMPARE(stored.clientSecret, sample().clientSecret);
    QCOMPARE(stored.dataCenter, QStringLiteral("eu"));
    QVERIFY(qAbs(stored.storedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Another program, through the Secret Service API, sees the one item with everything in it.
    Credentials independent;
    QVERIFY(Credentials::fromKeychainData(secretToolLookup().toUtf8(), &independent));
    QCOMPARE(independent, stored);
}

void TestSecretStore::loadReturnsWhatWasSaved()
{
    SecretStore store;
    store.setService(m_service);
    const Credentials stored = save(store, sample());
    QVERIFY(stored.isComplete());

    SecretStore reader;
    reader.setService(m_service);
    QSignalSpy loaded(&reader, &SecretStore::loaded);
    reader.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().value<Credentials>(), stored);
}

void TestSecretStore::replaceKeepsOnlyTheNewCredentials()
{
    SecretStore store;
    store.setService(m_service);
    QVERIFY(save(store, sample()).isComplete());
    const QString newSecret = QStringLiteral("fedcba9876543210fedcba9876543210fedcba9876");
    const Credentials replaced = save(store, sample(newSecret));
    QCOMPARE(replaced.clientSecret, newSecret);
    const QString raw = secretToolLookup();
    QVERIFY(raw.contains(newSecret));
    QVERIFY(!raw.contains(sample().clientSecret));
}

void TestSecretStore::removeTellsWhetherSomethingWasThere()
{
    SecretStore store;
    store.setService(m_service);
    QVERIFY(save(store, sample()).isComplete());

    QSignalSpy removed(&store, &SecretStore::removed);
    store.remove();
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.takeFirst().first().toBool(), true);
    QVERIFY(secretToolLookup().isEmpty());

    store.remove();
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.takeFirst().first().toBool(), false);
}

void TestSecretStore::loadWithNothingStoredSaysNotFound()
{
    SecretStore store;
    store.setService(m_service);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.load();
    QVERIFY(failed.wait(10000));
    const auto error = failed.first().first().value<SecretStore::Error>();
    QCOMPARE(error.kind, SecretStore::ErrorKind::NotFound);
    QVERIFY(!error.message.isEmpty());
}

void TestSecretStore::tooLargeIsRefusedBeforeWriting()
{
    SecretStore store;
    store.setService(m_service);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.save(sample(QString(3000, QLatin1Char('a'))));
    QVERIFY(failed.isEmpty()); // never from inside the call
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<SecretStore::Error>().kind, SecretStore::ErrorKind::TooLarge);
    QVERIFY(secretToolLookup().isEmpty());
}

void TestSecretStore::corruptItemIsReported()
{
#if defined(Q_OS_WIN)
    QSKIP("the damaged item is planted with secret-tool (Secret Service); a Credential Manager counterpart "
          "(CredWriteW of a foreign blob) is not written yet");
#endif
    // An item of ours that is not our format (written by hand, or by a future version gone wrong).
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("store"), QStringLiteral("--label=zoho test"), QStringLiteral("server"), m_service,
                QStringLiteral("user"), SecretStore::itemKey(), QStringLiteral("type"), QStringLiteral("plaintext")});
    tool.write("not json");
    tool.closeWriteChannel();
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(tool.exitCode(), 0);

    SecretStore store;
    store.setService(m_service);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.load();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<SecretStore::Error>().kind, SecretStore::ErrorKind::Corrupt);
}

void TestSecretStore::lockedKeyringIsNamed()
{
#if defined(Q_OS_WIN)
    QSKIP("a locked keyring is a Secret Service state; Credential Manager has no lock of its own");
#endif
    // Lock the login keyring, as a screen lock or a long idle time does.
    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.secrets"),
                QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    QVERIFY(lock.waitForFinished(10000));
    QCOMPARE(lock.exitCode(), 0);

    SecretStore store;
    store.setService(m_service);
    QSignalSpy failed(&store, &SecretStore::failed);
    QSignalSpy saved(&store, &SecretStore::saved);
    store.save(sample());
    QVERIFY(failed.wait(20000));
    QVERIFY(saved.isEmpty());
    const auto error = failed.first().first().value<SecretStore::Error>();
    QCOMPARE(error.kind, SecretStore::ErrorKind::Locked);
    QVERIFY2(error.message.contains(QLatin1String("locked")) && error.message.contains(QLatin1String("Unlock")),
             qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
