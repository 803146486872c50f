#pragma once

#include <QByteArray>
#include <QString>

// What a test sees from outside the program, the way another program or a curious person would:
// the keychain item through secret-tool (the Secret Service API, none of this project's code; on
// Windows the Credential Manager's own API), and the files of the run's private home made by
// tests/keyring-session.sh.
namespace OutsideView {

// The item as secret-tool reads it; empty when there is none, "<secret-tool hung>" when it hangs.
QByteArray keychainItem(const QString &service);
void clearKeychain(const QString &service);
// Writes `data` as the item, as any other program could (secret-tool; Windows: CredWriteW).
bool writeKeychainItem(const QString &service, const QByteArray &data);

// Whether the keychain this test writes is the run's own, never a developer's: a private Secret
// Service (tests/keyring-session.sh), or on Windows the Credential Manager of the run's own Wine
// prefix (scripts/test-windows.sh, which sets ZOHO_TEST_SANDBOX).
bool keychainIsPrivate();

// The run's private home (ZOHO_TEST_SANDBOX); empty outside tests/keyring-session.sh.
QString sandbox();

// The program's log folder, as its QStandardPaths::AppLocalDataLocation sees it: under the
// sandbox's XDG_DATA_HOME on Linux, under %LOCALAPPDATA% on Windows.
QString logDirectory();

// The first file under the sandbox whose bytes contain `needle`, or empty; `filesRead` tells
// how many files were looked at, so a check can tell "none found" from "nothing looked at".
QString fileContaining(const QByteArray &needle, int *filesRead = nullptr);

} // namespace OutsideView
