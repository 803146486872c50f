#include "appversion.h"
#include "commandline.h"
#include "consoleattach.h"
#include "firstframeprobe.h"
#include "languagesettings.h"
#include "logfile.h"
#include "onboardingwizard.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QNetworkProxyFactory>
#include <QTimer>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Optiply"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("optiply.com"));
    QCoreApplication::setApplicationName(QStringLiteral("zoho-onboarding"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZOHO_ONBOARDING_VERSION));
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
    // The wizard and the command line both reach the network as the rest of the computer does, in
    // every Qt build: through the system's proxy (Linux: http_proxy, https_proxy and no_proxy, and
    // the desktop's settings through libproxy; Windows and macOS: the system settings and PAC
    // files). Requests to this computer itself never go through a proxy (Qt's rule).
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (CommandLine::isCommandLineInvocation(arguments)) {
        Platform::attachParentConsole();
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installLog(arguments);
        // The language chosen in the wizard, or the system's: the assistant's texts and Qt's.
        LanguageSettings::applyStoredChoice();
        return CommandLine().run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setApplicationNames();
    installLog(arguments);
    // Wayland matches the window to the installed desktop entry (its name and icon) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("com.optiply.ZohoOnboarding"));
    LanguageSettings::applyStoredChoice();

    OnboardingWizard wizard;
    FirstFrameProbe::installIfRequested(&wizard); // tests/benchmarks/bench_firstframe only
    // The window's icon (task bar, window switcher) once the first page is on screen: reading it
    // loads Qt's SVG icon plugin, 1.5 M instructions the first frame does not need. Where the
    // desktop shows an icon at once, it takes it from the installed desktop entry or program.
    QObject::connect(&wizard, &OnboardingWizard::firstFrameShown, &app,
                     [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/zoho-onboarding.svg"))); });
    wizard.show();
    // The packaging check runs the installed program and needs proof that it draws its first page.
    const QString snapshot = qEnvironmentVariable("ZOHO_ONBOARDING_SNAPSHOT");
    if (!snapshot.isEmpty())
        QTimer::singleShot(0, &wizard, [&wizard, snapshot] { QCoreApplication::exit(wizard.grab().save(snapshot) ? 0 : 1); });
    return QApplication::exec();
}
