#pragma once

#include "secretstore.h"

#include <QByteArray>
#include <QString>

// While it lives, the signed-in user's keychain refuses this program every write, read and removal,
// as it does for a customer whose sign-in has none the program may use: the wizard's "not saved"
// and "could not forget" states are reached through the real keychain's failure, not a switch in
// the program.
// - Linux: the tests that use it run without a session bus, or on one that starts no services
//   (NO_BUS, NO_KEYRING in tests/CMakeLists.txt), so no Secret Service answers; this only checks that.
// - Windows under Wine (scripts/test-windows.sh): a deny entry for everyone on the registry key
//   where Wine's Credential Manager keeps its credentials, taken off again when this goes. Wine's
//   CredWrite, CredRead and CredDelete then fail with ERROR_NO_SUCH_LOGON_SESSION (1312), what
//   Windows answers a sign-in without a credential set: over SSH or WinRM (a network logon), a
//   program started remotely. The key is Wine's own, in the run's private prefix.
// - Windows itself and macOS: no such failure can be made for one test without changing the
//   computer's policy (Windows) or the login keychain (macOS): not in place, with the reason.
class KeychainRefusal
{
public:
    KeychainRefusal();
    ~KeychainRefusal();
    KeychainRefusal(const KeychainRefusal &) = delete;
    KeychainRefusal &operator=(const KeychainRefusal &) = delete;

    // What the program makes of the refusal: no Secret Service (Linux); Credential Manager's
    // ERROR_NO_SUCH_LOGON_SESSION, which QtKeychain reports without a kind of its own (Windows).
    static SecretStore::ErrorKind errorKind();

    bool isInPlace() const { return m_errorString.isEmpty(); }
    // Why it is not in place.
    QString errorString() const { return m_errorString; }

private:
    QString m_errorString;
    // Windows: the key's security descriptor (its access list) from before, put back at the end.
    QByteArray m_savedSecurity;
};
