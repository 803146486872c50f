// The language the assistant speaks: the choice is remembered (in a test home's QSettings),
// applied to the assistant's translator and Qt's own, and still there in a new process.

#include "languagesettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {
// What Qt's own wizard button says in the language now applied (from qtbase's translation).
QString qtNextButton()
{
    // Qt's context, named through a variable so lupdate does not take it for one of ours.
    const char *context = "QWizard";
    return QCoreApplication::translate(context, "&Next >");
}

// This test's settings, in the home XDG_CONFIG_HOME names (the test's own temporary folder; the
// restarted child inherits it).
void useTestHome()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Optiply"));
    QCoreApplication::setApplicationName(QStringLiteral("zoho-onboarding-languagetest"));
#if defined(Q_OS_WIN)
    // Windows keeps settings in the registry, beside the customer's own: this test's go to a file
    // in its home instead.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, qEnvironmentVariable("XDG_CONFIG_HOME"));
#endif
}

} // namespace

class TestLanguageSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersTheLanguagesByTheirOwnNames();
    void choiceIsRemembered_data();
    void choiceIsRemembered();
    void qtsOwnTextsFollow_data();
    void qtsOwnTextsFollow();
    void unknownStoredChoiceMeansTheSystem();
    void choiceSurvivesARestart();

private:
    QTemporaryDir m_home;
};

void TestLanguageSettings::initTestCase()
{
    QVERIFY(m_home.isValid());
    // A home of its own: the customer's settings are never touched.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path()));
    qputenv("HOME", QFile::encodeName(m_home.path()));
    useTestHome();
    QVERIFY2(QSettings().fileName().startsWith(m_home.path()), qPrintable(QSettings().fileName()));
}

void TestLanguageSettings::offersTheLanguagesByTheirOwnNames()
{
    QStringList names;
    QStringList codes;
    for (const LanguageSettings::Language &language : LanguageSettings::available()) {
        names.append(language.nativeName);
        codes.append(language.code);
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de"), QStringLiteral("fr"),
                                 QStringLiteral("es"), QStringLiteral("pt")}));
    QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("Nederlands"), QStringLiteral("Deutsch"),
                                 QStringLiteral("Français"), QStringLiteral("Español"), QStringLiteral("Português")}));
}

void TestLanguageSettings::choiceIsRemembered_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QLocale::Language>("language");
    QTest::newRow("nl") << QStringLiteral("nl") << QLocale::Dutch;
    QTest::newRow("de") << QStringLiteral("de") << QLocale::German;
    QTest::newRow("fr") << QStringLiteral("fr") << QLocale::French;
    QTest::newRow("es") << QStringLiteral("es") << QLocale::Spanish;
    QTest::newRow("pt") << QStringLiteral("pt") << QLocale::Portuguese;
    QTest::newRow("en") << QStringLiteral("en") << QLocale::English;
}

void TestLanguageSettings::choiceIsRemembered()
{
    QFETCH(QString, code);
    QFETCH(QLocale::Language, language);
    LanguageSettings::choose(code);
    QCOMPARE(LanguageSettings::storedChoice(), code);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), code);
    // Dates and numbers follow the language too.
    QCOMPARE(QLocale().language(), language);
    QCOMPARE(LanguageSettings::currentLocale().language(), language);
    // The assistant's Portuguese is Portugal's, dates and numbers too.
    if (code == QLatin1String("pt"))
        QCOMPARE(QLocale().territory(), QLocale::Portugal);

    // Back to the system's language: nothing stored any more.
    LanguageSettings::choose(QString());
    QCOMPARE(LanguageSettings::storedChoice(), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("language")));
    QCOMPARE(QLocale(), QLocale::system());
}

void TestLanguageSettings::qtsOwnTextsFollow_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("next");
    // As qtbase's translations (Debian: qt6-translations-l10n) word Qt's wizard button.
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("&Volgende >");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Weiter >");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Suivant >");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Siguie&nte >");
    // Qt ships Brazil's Portuguese only, loaded for what Qt words itself; the wizard gives its
    // buttons Portugal's words (ui/qtbuttonwords, tst_wizardlanguage).
    QTest::newRow("pt") << QStringLiteral("pt") << QStringLiteral("&Próximo >");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Next >");
}

void TestLanguageSettings::qtsOwnTextsFollow()
{
    QFETCH(QString, code);
    QFETCH(QString, next);
    LanguageSettings::apply(code);
    QCOMPARE(qtNextButton(), next);
    // Switching again replaces the translators, it does not pile them up.
    LanguageSettings::apply(QStringLiteral("en"));
    QCOMPARE(qtNextButton(), QStringLiteral("&Next >"));
}

void TestLanguageSettings::unknownStoredChoiceMeansTheSystem()
{
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("tlh"));
    QCOMPARE(LanguageSettings::storedChoice(), QString());
    QSettings().remove(QStringLiteral("language"));
}

void TestLanguageSettings::choiceSurvivesARestart()
{
    // Chosen here, then a new process (same home) starts as the program does and applies the stored choice.
    LanguageSettings::choose(QStringLiteral("de"));
    QSettings().sync();
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("--print-applied-language")});
    child.start();
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitCode(), 0);
    // Windows' standard output ends lines with CR LF.
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).remove(QLatin1Char('\r')).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines, (QStringList{QStringLiteral("de"), QStringLiteral("German"), QStringLiteral("&Weiter >")}));
    LanguageSettings::choose(QString());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (QCoreApplication::arguments().contains(QStringLiteral("--print-applied-language"))) {
        // The restarted program: the environment (the test home) is inherited.
        useTestHome();
        LanguageSettings::applyStoredChoice();
        QTextStream out(stdout);
        out << LanguageSettings::storedChoice() << '\n'
            << QLocale::languageToString(QLocale().language()) << '\n'
            << qtNextButton() << '\n';
        return 0;
    }
    TestLanguageSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_languagesettings.moc"
