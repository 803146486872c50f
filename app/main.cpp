#include "commandline.h"
#include "logfile.h"
#include "networksetup.h"
#include "onboardingwizard.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

#if defined(Q_OS_WIN)
#include <windows.h>
#include <cstdio>
#endif

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Optiply"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("optiply.com"));
    QCoreApplication::setApplicationName(QStringLiteral("zoho-onboarding"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZOHO_ONBOARDING_VERSION));
}

// The assistant's own texts and Qt's (button labels such as "Next"), in the system's language.
void installTranslators(QCoreApplication *app)
{
    auto ownTranslations = std::make_unique<QTranslator>(app);
    if (ownTranslations->load(QLocale(), QStringLiteral("zoho-onboarding"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ownTranslations.release());
    auto qtTranslations = std::make_unique<QTranslator>(app);
    if (qtTranslations->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslations.release());
}

// The log file, redacting at the logging layer, before anything can log; debug lines with
// --verbose or the logging/verbose setting.
void installLog(const QStringList &arguments)
{
    LogFile::install(LogFile::defaultDirectory(),
                     arguments.contains(QStringLiteral("--verbose")) || LogFile::verboseSetting());
}

} // namespace

int main(int argc, char *argv[])
{
    // The wizard and the command line both go through the system's proxy settings.
    NetworkSetup::useSystemProxy();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (CommandLine::isCommandLineInvocation(arguments)) {
#if defined(Q_OS_WIN)
        // A GUI-subsystem program has no console of its own: write into the one that started us.
        if (AttachConsole(ATTACH_PARENT_PROCESS)) {
            freopen("CONOUT$", "w", stdout);
            freopen("CONOUT$", "w", stderr);
        }
#endif
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installLog(arguments);
        installTranslators(&app);
        return CommandLine().run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setApplicationNames();
    installLog(arguments);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Connect Zoho to Optiply"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/zoho-onboarding.svg")));
    installTranslators(&app);

    OnboardingWizard wizard;
    wizard.show();
    return app.exec();
}
