#pragma once

#include "sampleclient.h"
#include "zohoaccountsemulator.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

// The client the tests paste into the zoho-onboarding binary: the sample client's ID with a secret
// of its own, and the one the sign-in tests register with the return addresses each needs.
namespace ProgramClient {

inline const QString clientId = SampleClient::clientId;
inline const QString clientIdMasked = QStringLiteral("1000.GMB0…UEX0"); // as the commands show it
inline const QString secret = QStringLiteral("5f1e3c9a0b7d24e6a8c1f0d3b5e7a9c2d4f6b8e0a1");
inline const QString verifyClientId = QStringLiteral("1000.VERIFY000000000000000000000000");

} // namespace ProgramClient

// What the tests that run the built zoho-onboarding binary share (tst_commandline, tst_terminal):
// the binary ctest names, the private sandbox it must run in (its keychain and settings are never a
// developer's own), an emulator of Zoho's accounts servers for every data center that knows
// ProgramClient's client, and the environment that sends the program there and nowhere else.
class ProgramUnderTest
{
public:
    // Changes to the environment of one run; a null value removes the variable.
    using Environment = QHash<QString, QString>;

    // The binary (ZOHO_ONBOARDING_BINARY, which ctest sets); empty, with the reason in `problem`,
    // when it is not there or this run has no private sandbox (tests/keyring-session.sh).
    static QString binary(QString *problem);

    // A new emulator for every data center, ProgramClient's client registered with hotglue's return
    // address only. False, with errorString(), when it cannot listen.
    bool startZoho();
    QString errorString() const;
    ZohoAccountsEmulator &zoho() { return *m_zoho; }

    // This process's environment with every data center sent to the emulator, so that nothing a
    // run does can reach the real Zoho, and then `changes`.
    QProcessEnvironment environment(const Environment &changes = {}) const;

private:
    std::unique_ptr<ZohoAccountsEmulator> m_zoho = std::make_unique<ZohoAccountsEmulator>();
};
