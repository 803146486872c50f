#pragma once

#include <QCoreApplication>
#include <QString>

// Where the credentials are kept, named as the customer's system names it, in the customer's
// language: Credential Manager on Windows, the Keychain (Keychain Access) on macOS, the keychain on
// Linux. The one place that picks the name; every sentence that names the store takes it from here.
class KeychainName
{
    Q_DECLARE_TR_FUNCTIONS(KeychainName)

public:
    enum class System { Windows, MacOS, Other };

    // The system this program was built for.
    static System current();

    // A phrase with its preposition, for sentences such as "Stored %1.": "in Windows Credential
    // Manager", "in the Keychain (Keychain Access)", "in this computer's keychain".
    static QString where(System system = current());
};
