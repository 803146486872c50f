#include "testcertificates.h"

#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

QSslConfiguration TestCertificate::serverConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    return config;
}

TestCertificates::TestCertificates()
    : m_openssl(QStandardPaths::findExecutable(QStringLiteral("openssl")))
{
    if (m_openssl.isEmpty())
        m_errorString = QStringLiteral("the openssl command makes the tests' certificates; install openssl");
    else if (!m_dir.isValid())
        m_errorString = QStringLiteral("no temporary folder for certificates: %1").arg(m_dir.errorString());
}

bool TestCertificates::run(const QStringList &arguments) const
{
    QProcess openssl;
    openssl.start(m_openssl, arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' ')) << "failed:" << openssl.readAllStandardError();
        return false;
    }
    return true;
}

TestCertificate TestCertificates::read(const QString &certificateFile, const QString &keyFile) const
{
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return TestCertificate();
    return {QSslCertificate(certificate.readAll(), QSsl::Pem), QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem),
            certificateFile, keyFile};
}

TestCertificate TestCertificates::selfSigned(const QString &name, const QString &subject, const QStringList &extensions)
{
    if (!isValid())
        return TestCertificate();
    const QString key = m_dir.filePath(name + QStringLiteral(".key"));
    const QString certificate = m_dir.filePath(name + QStringLiteral(".pem"));
    QStringList arguments{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                          subject, QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate};
    for (const QString &extension : extensions)
        arguments << QStringLiteral("-addext") << extension;
    return run(arguments) ? read(certificate, key) : TestCertificate();
}

TestCertificate TestCertificates::expired(const QString &name, const QString &subject, const QStringList &extensions,
                                          const TestCertificate &authority)
{
    if (!isValid() || authority.certificateFile.isEmpty())
        return TestCertificate();
    const QString key = m_dir.filePath(name + QStringLiteral(".key"));
    const QString certificate = m_dir.filePath(name + QStringLiteral(".pem"));
    // `req -x509` cannot backdate; a certificate whose end lies a day before its start is expired.
    const QString request = m_dir.filePath(name + QStringLiteral(".csr"));
    const QString extensionFile = m_dir.filePath(name + QStringLiteral(".ext"));
    QFile file(extensionFile);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(extensions.join(QLatin1Char('\n')).toUtf8() + '\n') > 0;
    file.close();
    const bool made = written
        && run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-subj"), subject, QStringLiteral("-keyout"), key,
                QStringLiteral("-out"), request})
        && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request, QStringLiteral("-CA"),
                authority.certificateFile, QStringLiteral("-CAkey"), authority.keyFile, QStringLiteral("-set_serial"),
                QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("-1"), QStringLiteral("-extfile"),
                extensionFile, QStringLiteral("-out"), certificate});
    return made ? read(certificate, key) : TestCertificate();
}
