#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>

// Certificates this process trusts while the object lives, as if installed in the system's store;
// the default TLS configuration is restored when it goes.
class TrustedForNow
{
public:
    explicit TrustedForNow(const QList<QSslCertificate> &certificates);
    ~TrustedForNow();
    TrustedForNow(const TrustedForNow &) = delete;
    TrustedForNow &operator=(const TrustedForNow &) = delete;

private:
    QSslConfiguration m_saved;
};
