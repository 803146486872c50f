#include "programundertest.h"

#include "accountsservermap.h"
#include "datacenter.h"
#include "outsideview.h"

#include <QFileInfo>

QString ProgramUnderTest::binary(QString *problem)
{
    QString binary = qEnvironmentVariable("ZOHO_ONBOARDING_BINARY");
    if (!QFileInfo(binary).isExecutable()) {
        *problem = QStringLiteral("ZOHO_ONBOARDING_BINARY must name the built zoho-onboarding");
        return {};
    }
    // The commands keep the keychain's item and the last verification: never a developer's own.
    if (!qEnvironmentVariableIsSet("ZOHO_TEST_SANDBOX") || !OutsideView::keychainIsPrivate()) {
        *problem = QStringLiteral("run through tests/keyring-session.sh: the program needs a private sandbox and Secret Service");
        return {};
    }
    return binary;
}

bool ProgramUnderTest::startZoho()
{
    m_zoho = std::make_unique<ZohoAccountsEmulator>();
    if (!m_zoho->start(DataCenters::codes()))
        return false;
    m_zoho->addClient({ProgramClient::clientId, ProgramClient::secret, QStringLiteral("eu"), {SampleClient::redirectUri}, false});
    return true;
}

QString ProgramUnderTest::errorString() const
{
    return m_zoho->errorString();
}

QProcessEnvironment ProgramUnderTest::environment(const Environment &changes) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(AccountsServerMap::environmentVariable), m_zoho->overridesSpec());
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value().isNull())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    return environment;
}
