#include "testcertificates.h"

#include "underwine.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace {

QString certificateFile(const QString &name)
{
    return name + QStringLiteral(".pem");
}

QString keyFile(const QString &name)
{
    return name + QStringLiteral(".key");
}

// "…/CN=name" -> "name".
QString commonName(const QString &subject)
{
    const qsizetype at = subject.lastIndexOf(QStringLiteral("/CN="));
    return at < 0 ? QString() : subject.mid(at + 4).section(QLatin1Char('/'), 0, 0);
}

} // namespace

QSslConfiguration TestCertificate::serverConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    return config;
}

QString TestCertificates::whyNoTlsServer()
{
    if (underWine())
        return QStringLiteral("under Wine, Schannel cannot load a TLS server's key: Wine's PFXImportCertStore (GnuTLS) "
                              "rejects the PKCS#12 Qt makes of it, and the server closes every connection; Windows loads it");
    return {};
}

TestCertificates::TestCertificates()
    : m_madeAhead(qEnvironmentVariable(madeAheadVariable))
{
    if (madeAhead()) {
        m_folder = m_madeAhead;
        if (!QDir().mkpath(m_folder))
            m_setupError = QStringLiteral("%1 names %2, which cannot be made").arg(QLatin1String(madeAheadVariable), m_folder);
        return;
    }
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    m_folder = m_dir.path();
    if (m_openssl.isEmpty())
        m_setupError = QStringLiteral("the openssl command makes the tests' certificates; install openssl, or make them "
                                      "ahead into the folder %1 names")
                           .arg(QLatin1String(madeAheadVariable));
    else if (!m_dir.isValid())
        m_setupError = QStringLiteral("no temporary folder for certificates: %1").arg(m_dir.errorString());
}

bool TestCertificates::run(const QStringList &arguments)
{
    if (madeAhead()) {
        QFile requests(QDir(m_folder).filePath(QLatin1String(requestsFile)));
        if (!requests.open(QIODevice::Append)
            || requests.write(arguments.join(QLatin1Char('\t')).toUtf8() + '\n') < 0) {
            m_lastError = QStringLiteral("cannot write %1: %2").arg(requests.fileName(), requests.errorString());
            return false;
        }
        // Asked for (LF only: a shell reads the lines); read() says it is missing until made.
        return true;
    }
    QProcess openssl;
    openssl.setWorkingDirectory(m_folder);
    openssl.start(m_openssl, arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_lastError = QStringLiteral("openssl %1 failed: %2")
                          .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(openssl.readAllStandardError()));
        qWarning().noquote() << m_lastError;
        return false;
    }
    return true;
}

TestCertificate TestCertificates::read(const QString &name, const QString &subject)
{
    // The file names even when null: expired() names an authority that is made ahead by them.
    const QDir folder(m_folder);
    TestCertificate made;
    made.certificateFile = folder.filePath(certificateFile(name));
    made.keyFile = folder.filePath(keyFile(name));
    QFile certificate(made.certificateFile);
    QFile key(made.keyFile);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        m_lastError = madeAhead()
            ? QStringLiteral("the certificate %1 is not made yet: run the openssl commands in %2 in that folder, then the "
                             "test again (scripts/test-windows.sh does)")
                  .arg(name, folder.filePath(QLatin1String(requestsFile)))
            : QStringLiteral("openssl made no %1").arg(made.certificateFile);
        return made;
    }
    made.certificate = QSslCertificate(certificate.readAll(), QSsl::Pem);
    made.key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
    // Made ahead, the files could be another test's: they must be for the subject asked for.
    if (!made.isNull() && !made.certificate.subjectInfo(QSslCertificate::CommonName).contains(commonName(subject))) {
        m_lastError = QStringLiteral("%1 is not a certificate for %2").arg(made.certificateFile, subject);
        made.certificate.clear();
    } else if (made.isNull()) {
        m_lastError = QStringLiteral("%1 or %2 is not a PEM certificate or RSA key").arg(made.certificateFile, made.keyFile);
    }
    return made;
}

TestCertificate TestCertificates::selfSigned(const QString &name, const QString &subject, const QStringList &extensions)
{
    if (!isValid())
        return TestCertificate();
    if (madeAhead() && QFile::exists(QDir(m_folder).filePath(certificateFile(name))))
        return read(name, subject);
    QStringList arguments{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                          subject, QStringLiteral("-keyout"), keyFile(name), QStringLiteral("-out"), certificateFile(name)};
    for (const QString &extension : extensions)
        arguments << QStringLiteral("-addext") << extension;
    return run(arguments) ? read(name, subject) : TestCertificate();
}

TestCertificate TestCertificates::expired(const QString &name, const QString &subject, const QStringList &extensions,
                                          const TestCertificate &authority)
{
    if (!isValid())
        return TestCertificate();
    if (madeAhead() && QFile::exists(QDir(m_folder).filePath(certificateFile(name))))
        return read(name, subject);
    // The authority's files, by name in the folder (made ahead, it may not be made yet).
    const QString authorityName = QFileInfo(authority.certificateFile).completeBaseName();
    if (authorityName.isEmpty()) {
        m_lastError = QStringLiteral("no authority to sign %1").arg(name);
        return TestCertificate();
    }
    // `req -x509` cannot backdate; a certificate whose end lies a day before its start is expired.
    const QString request = name + QStringLiteral(".csr");
    const QString extensionFile = name + QStringLiteral(".ext");
    QFile file(QDir(m_folder).filePath(extensionFile));
    const bool written = file.open(QIODevice::WriteOnly) && file.write(extensions.join(QLatin1Char('\n')).toUtf8() + '\n') > 0;
    file.close();
    const bool made = written
        && run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-subj"), subject, QStringLiteral("-keyout"), keyFile(name),
                QStringLiteral("-out"), request})
        && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request, QStringLiteral("-CA"),
                certificateFile(authorityName), QStringLiteral("-CAkey"), keyFile(authorityName), QStringLiteral("-set_serial"),
                QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("-1"), QStringLiteral("-extfile"),
                extensionFile, QStringLiteral("-out"), certificateFile(name)});
    if (!written)
        m_lastError = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
    return made ? read(name, subject) : TestCertificate();
}
