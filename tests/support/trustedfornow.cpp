#include "trustedfornow.h"

TrustedForNow::TrustedForNow(const QList<QSslCertificate> &certificates)
    : m_saved(QSslConfiguration::defaultConfiguration())
{
    QSslConfiguration config = m_saved;
    config.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(config);
}

TrustedForNow::~TrustedForNow()
{
    QSslConfiguration::setDefaultConfiguration(m_saved);
}
