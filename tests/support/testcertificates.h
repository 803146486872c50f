#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A certificate and its private key, with the files they were read from.
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString certificateFile;
    QString keyFile;

    bool isNull() const { return certificate.isNull() || key.isNull(); }
    // A TLS server presenting this certificate.
    QSslConfiguration serverConfiguration() const;
};

// Makes certificates with the openssl command, into a temporary folder that lives as long as this
// object: self-signed ones, and expired ones signed by another.
class TestCertificates
{
public:
    TestCertificates();

    // Whether the openssl command was found and the folder made; why not, in errorString().
    bool isValid() const { return m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }

    // Self-signed, valid for two days. `subject` as openssl writes it ("/O=…/CN=…"); `extensions`
    // as for -addext ("subjectAltName=IP:127.0.0.1"). Null (with the reason logged) on failure.
    TestCertificate selfSigned(const QString &name, const QString &subject, const QStringList &extensions = {});
    // Signed by `authority` and already expired (its end a day before its start).
    TestCertificate expired(const QString &name, const QString &subject, const QStringList &extensions,
                            const TestCertificate &authority);

private:
    bool run(const QStringList &arguments) const;
    TestCertificate read(const QString &certificateFile, const QString &keyFile) const;

    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_errorString;
};
