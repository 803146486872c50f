#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// The language the assistant speaks: the system's unless the customer chose another (remembered in
// QSettings, for the wizard and the command line alike), applied by swapping the installed
// translators for the assistant's own texts and Qt's (standard buttons and dialogs).
class LanguageSettings
{
public:
    struct Language
    {
        QString code; // "en", "nl", …
        QString nativeName; // the language's name in that language: "Nederlands"
    };

    // The languages offered, English first. The system's language is the empty code.
    static QList<Language> available();

    // The remembered choice: a code from available(), or empty for the system's language.
    static QString storedChoice();
    // Remembers `code` (empty: follow the system) and applies it at once.
    static void choose(const QString &code);
    // Applies `code` (empty: the system's language) without remembering it: replaces the
    // translators installed by an earlier apply(), so every widget gets a LanguageChange.
    // Returns false when the assistant has no translation for that language (it then speaks English).
    static bool apply(const QString &code);
    // Applies the remembered choice; what main() does at start.
    static bool applyStoredChoice() { return apply(storedChoice()); }

    // The locale of the language now applied (dates and numbers follow it too).
    static QLocale currentLocale();
    // The code now applied ("en" when the assistant speaks English).
    static QString currentLanguage();

    // Where the assistant's own compiled translations are looked for (":/i18n"); tests may point elsewhere.
    static void setTranslationsDirectory(const QString &directory);
};
