#include "keychainname.h"

KeychainName::System KeychainName::current()
{
#if defined(Q_OS_WIN)
    return System::Windows;
#elif defined(Q_OS_MACOS)
    return System::MacOS;
#else
    return System::Other;
#endif
}

QString KeychainName::where(System system)
{
    // Whole phrases, preposition and article included: the case and gender they take differ per
    // language and per name, which a translator can only get right for the phrase as a whole.
    switch (system) {
    case System::Windows:
        //: Windows' own name of its store of passwords, as Windows writes it in this language
        return tr("in Windows Credential Manager");
    case System::MacOS:
        //: macOS' own names: the keychain, and in brackets the app that shows it ("Keychain Access")
        return tr("in the Keychain (Keychain Access)");
    case System::Other:
        break;
    }
    return tr("in this computer's keychain");
}
