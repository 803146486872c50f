#include "keychainrefusal.h"

#include "underwine.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>
#include <aclapi.h>
#include <sddl.h>
#endif

namespace {

#if defined(Q_OS_WIN)
// Where Wine's advapi32 keeps Credential Manager's entries (dlls/advapi32/cred.c); every CredRead,
// CredWrite and CredDelete opens it for reading first and answers ERROR_NO_SUCH_LOGON_SESSION when
// it cannot.
const wchar_t wineCredentialsKey[] = L"Software\\Wine\\Credential Manager";
// Everything but reading and changing the access list itself, which the owner needs to take the
// refusal off again.
constexpr DWORD refusedAccess = (KEY_ALL_ACCESS | DELETE) & ~DWORD(READ_CONTROL | WRITE_DAC | WRITE_OWNER);

QString systemMessage(const char *what, DWORD error)
{
    return QStringLiteral("%1 failed: Windows error %2").arg(QLatin1String(what)).arg(error);
}

// The key, opened for its access list only (made if Wine's Credential Manager was never used).
HKEY openForAccessList(DWORD *error)
{
    HKEY key = nullptr;
    *error = DWORD(RegCreateKeyExW(HKEY_CURRENT_USER, wineCredentialsKey, 0, nullptr, REG_OPTION_NON_VOLATILE,
                                   READ_CONTROL | WRITE_DAC, nullptr, &key, nullptr));
    return *error == ERROR_SUCCESS ? key : nullptr;
}
#endif

} // namespace

SecretStore::ErrorKind KeychainRefusal::errorKind()
{
#if defined(Q_OS_WIN)
    return SecretStore::ErrorKind::Other;
#else
    return SecretStore::ErrorKind::NoBackend;
#endif
}

KeychainRefusal::KeychainRefusal()
{
#if defined(Q_OS_WIN)
    if (!underWine()) {
        m_errorString = QStringLiteral("on Windows itself Credential Manager refuses only a sign-in without a credential "
                                       "set (a network logon, SSH, WinRM); a test cannot make it refuse its own user");
        return;
    }
    DWORD error = 0;
    const HKEY key = openForAccessList(&error);
    if (!key) {
        m_errorString = systemMessage("opening Wine's Credential Manager key", error);
        return;
    }
    DWORD size = 0;
    RegGetKeySecurity(key, DACL_SECURITY_INFORMATION, nullptr, &size);
    m_savedSecurity.resize(qsizetype(size));
    error = DWORD(RegGetKeySecurity(key, DACL_SECURITY_INFORMATION, m_savedSecurity.data(), &size));
    PACL oldList = nullptr;
    BOOL present = FALSE;
    BOOL defaulted = FALSE;
    if (error == ERROR_SUCCESS
        && !GetSecurityDescriptorDacl(m_savedSecurity.data(), &present, &oldList, &defaulted))
        error = GetLastError();
    PSID everyone = nullptr;
    if (error == ERROR_SUCCESS && !ConvertStringSidToSidW(L"S-1-1-0", &everyone))
        error = GetLastError();
    PACL newList = nullptr;
    if (error == ERROR_SUCCESS) {
        EXPLICIT_ACCESSW deny{};
        deny.grfAccessPermissions = refusedAccess;
        deny.grfAccessMode = DENY_ACCESS;
        deny.grfInheritance = NO_INHERITANCE;
        BuildTrusteeWithSidW(&deny.Trustee, everyone);
        // Deny entries go first: they win over the key's allow entries, which stay.
        error = SetEntriesInAclW(1, &deny, present ? oldList : nullptr, &newList);
    }
    SECURITY_DESCRIPTOR refusing{};
    if (error == ERROR_SUCCESS
        && (!InitializeSecurityDescriptor(&refusing, SECURITY_DESCRIPTOR_REVISION)
            || !SetSecurityDescriptorDacl(&refusing, TRUE, newList, FALSE)))
        error = GetLastError();
    if (error == ERROR_SUCCESS)
        error = DWORD(RegSetKeySecurity(key, DACL_SECURITY_INFORMATION, &refusing));
    if (newList)
        LocalFree(newList);
    if (everyone)
        LocalFree(everyone);
    RegCloseKey(key);
    if (error != ERROR_SUCCESS) {
        m_savedSecurity.clear();
        m_errorString = systemMessage("denying access to Wine's Credential Manager key", error);
    }
#elif defined(Q_OS_LINUX)
    // QtKeychain reaches the Secret Service over the session bus: without a bus nothing answers, and
    // tests/keyring-session.sh --no-keyring runs a bus that starts no services.
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") && !qEnvironmentVariableIsSet("ZOHO_TEST_NO_SECRET_SERVICE"))
        m_errorString = QStringLiteral("a session bus is set (DBUS_SESSION_BUS_ADDRESS), so a Secret Service may answer: "
                                       "run this test as ctest does (tests/keyring-session.sh --no-bus or --no-keyring)");
#else
    m_errorString = QStringLiteral("the login keychain cannot be made to refuse one test's writes");
#endif
}

#if defined(Q_OS_WIN)
KeychainRefusal::~KeychainRefusal()
{
    if (m_savedSecurity.isEmpty())
        return;
    DWORD error = 0;
    if (const HKEY key = openForAccessList(&error)) {
        error = DWORD(RegSetKeySecurity(key, DACL_SECURITY_INFORMATION, m_savedSecurity.data()));
        RegCloseKey(key);
    }
    if (error != ERROR_SUCCESS)
        qWarning("Wine's Credential Manager still refuses: its access list was not put back (Windows error %lu)",
                 static_cast<unsigned long>(error));
}
#else
KeychainRefusal::~KeychainRefusal() = default;
#endif
