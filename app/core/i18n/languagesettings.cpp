#include "languagesettings.h"

#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "zoho.core.language", QtWarningMsg)

namespace {
const QString settingsKey = QStringLiteral("language");

// The translators apply() installed, so the next apply() can take them out again. Owned by the
// application object: they go with it.
QPointer<QTranslator> &ownTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QString &translationsDirectory()
{
    static QString directory = QStringLiteral(":/i18n");
    return directory;
}

QString &appliedLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

void removeInstalled(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

// Loads a translator for `locale` from `directory` and installs it; null when there is none.
QTranslator *installFor(const QLocale &locale, const QString &base, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, base, QStringLiteral("_"), directory)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}
} // namespace

QList<LanguageSettings::Language> LanguageSettings::available()
{
    // Each name in its own language: the customer must find theirs whatever the screen speaks now.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt"), QStringLiteral("Português")},
    };
}

QString LanguageSettings::storedChoice()
{
    QString code = QSettings().value(settingsKey).toString();
    for (const Language &language : available()) {
        if (language.code == code)
            return code;
    }
    // Nothing stored, or something this version does not offer: the system's language.
    return {};
}

void LanguageSettings::choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, code);
    apply(code);
}

bool LanguageSettings::apply(const QString &code)
{
    // The assistant's Portuguese is Portugal's: its dates and numbers too (QLocale("pt") is Brazil's).
    const QLocale locale = code.isEmpty()              ? QLocale::system()
        : code == QLatin1String("pt") ? QLocale(QLocale::Portuguese, QLocale::Portugal)
                                                       : QLocale(code);
    QLocale::setDefault(locale);
    removeInstalled(ownTranslator());
    removeInstalled(qtTranslator());
    if (QCoreApplication::instance()) {
        ownTranslator() = installFor(locale, QStringLiteral("zoho-onboarding"), translationsDirectory());
        // Qt's own texts: "Cancel", "&Yes"; on Debian from the package qt6-translations-l10n.
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        qtTranslator() = installFor(locale, QStringLiteral("qtbase"), qtDirectory);
        // Qt ships Brazil's Portuguese only: closer than English for what Qt words itself (a field's
        // menu); the buttons the customer is told about get Portugal's words (ui/qtbuttonwords).
        if (!qtTranslator() && locale.language() == QLocale::Portuguese)
            qtTranslator() = installFor(QLocale(QLocale::Portuguese, QLocale::Brazil), QStringLiteral("qtbase"), qtDirectory);
    }
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    const bool translated = english || ownTranslator();
    appliedLanguage() = translated && !english ? QLocale::languageToCode(locale.language()) : QStringLiteral("en");
    qCInfo(lcLanguage) << "language" << (code.isEmpty() ? QStringLiteral("system") : code) << "->"
                       << appliedLanguage() << "qt texts" << bool(qtTranslator());
    return translated;
}

QLocale LanguageSettings::currentLocale()
{
    return QLocale();
}

QString LanguageSettings::currentLanguage()
{
    return appliedLanguage();
}

void LanguageSettings::setTranslationsDirectory(const QString &directory)
{
    translationsDirectory() = directory;
}
