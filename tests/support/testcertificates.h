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
//
// A Windows test cannot run the openssl command (Windows has none; under Wine, a Linux program is
// not one Windows can start): there ZOHO_TEST_CERTIFICATES names a folder where the machine that
// runs the tests makes them ahead. What this object would have run, it writes to
// `openssl-requests.txt` in that folder (one command a line, arguments separated by tabs, file
// names relative to the folder) and reports the certificates missing; once made, it reads them.
// scripts/test-windows.sh runs such a test once for its requests, runs openssl, then the test.
class TestCertificates
{
public:
    static constexpr const char *madeAheadVariable = "ZOHO_TEST_CERTIFICATES";
    static constexpr const char *requestsFile = "openssl-requests.txt";

    TestCertificates();

    // Why a TLS server in this process cannot present a certificate here, or empty. Under Wine:
    // Qt's Schannel backend hands a server's key to PFXImportCertStore as PKCS#12, which Wine's
    // (through GnuTLS) rejects, so the server closes every connection; Windows takes it.
    static QString whyNoTlsServer();

    // Whether the openssl command was found (or a folder of certificates made ahead is named) and
    // the folder is there; why not, in errorString().
    bool isValid() const { return m_setupError.isEmpty(); }
    // Why the object is not valid, or why the last certificate asked for is null.
    QString errorString() const { return m_setupError.isEmpty() ? m_lastError : m_setupError; }

    // Self-signed, valid for two days. `subject` as openssl writes it ("/O=…/CN=…"); `extensions`
    // as for -addext ("subjectAltName=IP:127.0.0.1"). Null (with errorString()) on failure.
    TestCertificate selfSigned(const QString &name, const QString &subject, const QStringList &extensions = {});
    // Signed by `authority` and already expired (its end a day before its start).
    TestCertificate expired(const QString &name, const QString &subject, const QStringList &extensions,
                            const TestCertificate &authority);

private:
    // Runs openssl in the folder, or (made ahead) asks for it to be run. False on failure.
    bool run(const QStringList &arguments);
    // The files, read; null when they are not there or (made ahead) not for `subject`.
    TestCertificate read(const QString &name, const QString &subject);
    bool madeAhead() const { return !m_madeAhead.isEmpty(); }

    QTemporaryDir m_dir;
    QString m_madeAhead;
    QString m_folder;
    QString m_openssl;
    QString m_setupError;
    QString m_lastError;
};
