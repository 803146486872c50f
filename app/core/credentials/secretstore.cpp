#include "secretstore.h"

#include "keychainname.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcStore, "zoho.core.store", QtWarningMsg)

namespace {

// What the failure means for what the caller was doing.
QString consequence(SecretStore::Operation operation)
{
    switch (operation) {
    case SecretStore::Operation::Save: return SecretStore::tr("The credentials were not saved; nothing was written to disk.");
    case SecretStore::Operation::Load: return SecretStore::tr("Stored credentials could not be read.");
    case SecretStore::Operation::Remove: return SecretStore::tr("The stored credentials were not removed.");
    }
    return {};
}

} // namespace

// One translated sentence each: what happened, what it means here, what to do.
QString SecretStore::messageFor(ErrorKind kind, Operation operation)
{
    const QString then = consequence(operation);
    switch (kind) {
    case SecretStore::ErrorKind::NotFound:
        return SecretStore::tr("No Zoho credentials are stored on this computer.");
    case SecretStore::ErrorKind::NoBackend:
#if defined(Q_OS_LINUX)
        return SecretStore::tr("This computer has no keychain that this program can use. %1 Install and start a "
                               "Secret Service (GNOME Keyring or KWallet) in your desktop session, then try again.")
            .arg(then);
#else
        //: %2 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        return SecretStore::tr("Nothing could be kept or read %2. %1 Restart the computer and try again.")
            .arg(then, KeychainName::where());
#endif
    case SecretStore::ErrorKind::AccessDenied:
        return SecretStore::tr("Access to the keychain was refused. %1 Try again and allow access when the system asks.")
            .arg(then);
    case SecretStore::ErrorKind::Locked:
        return SecretStore::tr("The keychain is locked. %1 Unlock it (on Linux: in Passwords and Keys, or by signing in "
                               "again), then try again.")
            .arg(then);
    case SecretStore::ErrorKind::TooLarge:
        //: %2 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        return SecretStore::tr("The credentials are too long to be kept %2 (at most %1 bytes). Check that only "
                               "the Client ID and the Client Secret were pasted.")
            .arg(QString::number(SecretStore::windowsCredentialLimit), KeychainName::where());
    case SecretStore::ErrorKind::Corrupt:
        //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        return SecretStore::tr("This program's entry %1 cannot be read. Remove it with "
                               "\"zoho-onboarding forget\", then store the credentials again.")
            .arg(KeychainName::where());
    case SecretStore::ErrorKind::ReadBackMismatch:
        //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        return SecretStore::tr("What was saved %1 did not come back the same. Try again; if it keeps happening, "
                               "restart the computer.")
            .arg(KeychainName::where());
    case SecretStore::ErrorKind::Other:
        //: %2 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        return SecretStore::tr("Something went wrong %2. %1 Try again.").arg(then, KeychainName::where());
    }
    return {};
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
    , m_service(defaultService())
{
    qRegisterMetaType<SecretStore::Error>();
}

QString SecretStore::errorKey(ErrorKind kind)
{
    switch (kind) {
    case SecretStore::ErrorKind::NotFound: return QStringLiteral("not_found");
    case SecretStore::ErrorKind::NoBackend: return QStringLiteral("no_keychain");
    case SecretStore::ErrorKind::AccessDenied: return QStringLiteral("access_denied");
    case SecretStore::ErrorKind::Locked: return QStringLiteral("keychain_locked");
    case SecretStore::ErrorKind::TooLarge: return QStringLiteral("too_large");
    case SecretStore::ErrorKind::Corrupt: return QStringLiteral("corrupt");
    case SecretStore::ErrorKind::ReadBackMismatch: return QStringLiteral("read_back_mismatch");
    case SecretStore::ErrorKind::Other: return QStringLiteral("keychain_error");
    }
    return QStringLiteral("keychain_error");
}

QString SecretStore::defaultService()
{
    return QStringLiteral("zoho-onboarding");
}

QString SecretStore::itemKey()
{
    return QStringLiteral("zoho-api-client");
}

template<typename JobType>
JobType *SecretStore::makeJob()
{
    // Heap job that deletes itself after finished(); parented so it cannot outlive us either.
    auto *job = new JobType(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // would write the secret in clear text into QSettings
#ifdef Q_OS_WIN
    // QtKeychain's Credential Manager backend names the entry after the key alone and drops the
    // service: with the one key, the support report's canary (another service) would overwrite
    // and then delete the customer's credentials. There the entry is named after the service,
    // which is what Credential Manager shows ("zoho-onboarding", as the uninstaller says).
    job->setKey(m_service);
#else
    job->setKey(itemKey());
#endif
    return job;
}

void SecretStore::save(const Credentials &credentials)
{
    Q_ASSERT(!m_busy);
    Credentials toStore = credentials;
    // Whole seconds: what the ISO 8601 round trip keeps.
    toStore.storedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const QByteArray data = toStore.toKeychainData();
    m_busy = true;
    m_operation = Operation::Save;
    if (data.size() > windowsCredentialLimit) {
        // Signals never come from inside the call that starts the work.
        QTimer::singleShot(0, this, [this, size = data.size()] {
            fail(ErrorKind::TooLarge, QStringLiteral("%1 bytes").arg(size));
        });
        return;
    }
    // What load() would refuse is never written: the read-back would fail, and take what was kept.
    if (!toStore.isWellFormed()) {
        QTimer::singleShot(0, this, [this] {
            fail(ErrorKind::Other, QStringLiteral("not a Client ID and secret of the right shape; nothing written"));
        });
        return;
    }
    write(toStore, false);
}

void SecretStore::write(const Credentials &toStore, bool cleared)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>();
    job->setTextData(QString::fromUtf8(toStore.toKeychainData()));
    connect(job, &QKeychain::Job::finished, this, [this, toStore, cleared](QKeychain::Job *finishedJob) {
        if (finishedJob->error() != QKeychain::NoError) {
            fail(finishedJob);
            return;
        }
        qCDebug(lcStore) << "written" << Credentials::maskClientId(toStore.clientId) << "; reading back";
        readBack(toStore, cleared);
    });
    job->start();
}

void SecretStore::readBack(const Credentials &expected, bool cleared)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>();
    connect(job, &QKeychain::Job::finished, this, [this, job, expected, cleared](QKeychain::Job *) {
        // Nothing there right after the write: another save (another run of this program, clearing
        // an item it did not recognise as its own) removed it in between. Like an item of another's.
        const bool gone = job->error() == QKeychain::EntryNotFound;
        if (job->error() != QKeychain::NoError && !gone) {
            fail(job);
            return;
        }
        Credentials stored;
        if (gone || !Credentials::fromKeychainData(job->textData().toUtf8(), &stored) || stored != expected) {
            // Another program can write an item under the same name, which the Secret Service keeps
            // beside ours and may give back instead: all of them go, and ours is written once more.
            if (!cleared) {
                qCInfo(lcStore) << "read back another item than was written; removing all, writing again";
                clearThenWrite(expected);
                return;
            }
            fail(ErrorKind::ReadBackMismatch, QStringLiteral("read-back differs from what was written"));
            return;
        }
        m_busy = false;
        qCInfo(lcStore) << "stored and read back" << Credentials::maskClientId(stored.clientId);
        emit saved(stored);
    });
    job->start();
}

void SecretStore::clearThenWrite(const Credentials &toStore)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>();
    connect(job, &QKeychain::Job::finished, this, [this, toStore](QKeychain::Job *finishedJob) {
        if (finishedJob->error() != QKeychain::NoError && finishedJob->error() != QKeychain::EntryNotFound) {
            fail(finishedJob);
            return;
        }
        write(toStore, true);
    });
    job->start();
}

void SecretStore::load()
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_operation = Operation::Load;
    auto *job = makeJob<QKeychain::ReadPasswordJob>();
    connect(job, &QKeychain::Job::finished, this, [this, job](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError) {
            fail(job);
            return;
        }
        Credentials stored;
        if (!Credentials::fromKeychainData(job->textData().toUtf8(), &stored)) {
            fail(ErrorKind::Corrupt, QStringLiteral("the item is not this program's format"));
            return;
        }
        m_busy = false;
        emit loaded(stored);
    });
    job->start();
}

void SecretStore::remove()
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_operation = Operation::Remove;
    // Some backends (libsecret) report success for deleting nothing: look first, so the caller
    // can tell "removed" from "there was nothing".
    auto *probe = makeJob<QKeychain::ReadPasswordJob>();
    connect(probe, &QKeychain::Job::finished, this, [this](QKeychain::Job *finishedProbe) {
        if (finishedProbe->error() == QKeychain::EntryNotFound) {
            m_busy = false;
            emit removed(false);
            return;
        }
        auto *job = makeJob<QKeychain::DeletePasswordJob>();
        connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finishedJob) {
            if (finishedJob->error() == QKeychain::EntryNotFound) {
                m_busy = false;
                emit removed(false);
                return;
            }
            if (finishedJob->error() != QKeychain::NoError) {
                fail(finishedJob);
                return;
            }
            m_busy = false;
            qCInfo(lcStore) << "removed";
            emit removed(true);
        });
        job->start();
    });
    probe->start();
}

void SecretStore::fail(const QKeychain::Job *job)
{
    const QString detail = job->errorString();
    // A locked collection comes as AccessDenied or OtherError, depending on the backend: its text
    // tells it apart from a refusal, and unlocking is a different remedy.
    if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
        fail(ErrorKind::Locked, detail);
        return;
    }
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        fail(ErrorKind::NotFound, detail);
        return;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        fail(ErrorKind::AccessDenied, detail);
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        fail(ErrorKind::NoBackend, detail);
        return;
    default:
        break;
    }
    // QtKeychain reports a missing Secret Service as OtherError; its text tells.
    if (detail.contains(QLatin1String("org.freedesktop.secrets"), Qt::CaseInsensitive)
             || detail.contains(QLatin1String("ServiceUnknown"), Qt::CaseInsensitive)
             || detail.contains(QLatin1String("was not provided by any .service"), Qt::CaseInsensitive)
             || detail.contains(QLatin1String("No such secret"), Qt::CaseInsensitive)
             // No session bus at all (a plain SSH or tmux session): no Secret Service can be reached.
             || detail.contains(QLatin1String("autolaunch D-Bus"), Qt::CaseInsensitive)
             || detail.contains(QLatin1String("DBUS_SESSION_BUS_ADDRESS"), Qt::CaseInsensitive))
        fail(ErrorKind::NoBackend, detail);
    else
        fail(ErrorKind::Other, detail);
}

void SecretStore::fail(ErrorKind kind, const QString &detail)
{
    m_busy = false;
    // Reported to the caller, who tells the person: a log line at info level is enough.
    if (kind == ErrorKind::NotFound)
        qCDebug(lcStore) << "nothing stored";
    else
        qCInfo(lcStore) << "keychain error" << int(kind) << detail;
    emit failed({kind, messageFor(kind, m_operation), detail, m_operation});
}
