// zoho-emulator: Zoho's accounts servers on 127.0.0.1, for trying the wizard by hand and for
// command-line tests. Prints ZOHO_ONBOARDING_ACCOUNTS_SERVERS=… once listening.

#include "zohoaccountsemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

// 35 characters, "1000." and 30 upper-case letters and digits, like a real client ID; the secret is
// 42 lower-case hex characters. Fixed, so that a person can paste them into the wizard.
const QString demoClientId = QStringLiteral("1000.DEMOCLIENT00000000000000000000");
const QString demoClientSecret = QStringLiteral("0123456789abcdef0123456789abcdef0123456789");

const QStringList allDataCenters = {
    QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("in"), QStringLiteral("au"), QStringLiteral("jp"),
    QStringLiteral("ca"), QStringLiteral("sa"), QStringLiteral("cn"), QStringLiteral("uk"), QStringLiteral("ae"),
};

const QStringList defaultRedirectUris = {
    QStringLiteral("https://hotglue.xyz/callback"),
    QStringLiteral("http://127.0.0.1:47813/zoho-onboarding/callback"),
};

const QHash<QString, ZohoAccountsEmulator::Fault> faultNames = {
    {QStringLiteral("none"), ZohoAccountsEmulator::Fault::None},
    {QStringLiteral("server-error"), ZohoAccountsEmulator::Fault::ServerError500},
    {QStringLiteral("not-json"), ZohoAccountsEmulator::Fault::NotJson},
    {QStringLiteral("captive-portal"), ZohoAccountsEmulator::Fault::CaptivePortalHtml},
    {QStringLiteral("close"), ZohoAccountsEmulator::Fault::CloseConnection},
    {QStringLiteral("hang"), ZohoAccountsEmulator::Fault::Hang},
    {QStringLiteral("throttle"), ZohoAccountsEmulator::Fault::Throttle},
    {QStringLiteral("throttle-200"), ZohoAccountsEmulator::Fault::ThrottleHttp200},
    {QStringLiteral("redirect-http"), ZohoAccountsEmulator::Fault::RedirectToPlainHttp},
    {QStringLiteral("redirect-elsewhere"), ZohoAccountsEmulator::Fault::RedirectElsewhere},
    {QStringLiteral("throttle-localized"), ZohoAccountsEmulator::Fault::ThrottleLocalized},
    {QStringLiteral("redirect-307"), ZohoAccountsEmulator::Fault::Redirect307},
    {QStringLiteral("redirect-308"), ZohoAccountsEmulator::Fault::Redirect308},
    {QStringLiteral("drip"), ZohoAccountsEmulator::Fault::DripBody},
    {QStringLiteral("oversized"), ZohoAccountsEmulator::Fault::OversizedBody},
    {QStringLiteral("huge-content-length"), ZohoAccountsEmulator::Fault::HugeContentLength},
    {QStringLiteral("chunked-endless"), ZohoAccountsEmulator::Fault::ChunkedEndless},
    {QStringLiteral("endless-headers"), ZohoAccountsEmulator::Fault::EndlessHeaders},
    {QStringLiteral("escape-sequences"), ZohoAccountsEmulator::Fault::EscapeSequences},
};

QStringList sortedFaultNames()
{
    QStringList names = faultNames.keys();
    names.sort();
    return names;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "zoho-emulator: " << message << Qt::endl;
    return 1;
}

// "DC=VALUE" with DC one of the emulated data centers.
bool splitAssignment(const QString &text, const QStringList &dataCenters, QString *dataCenter, QString *value)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return false;
    *dataCenter = text.left(equals).trimmed().toLower();
    *value = text.mid(equals + 1).trimmed();
    return dataCenters.contains(*dataCenter);
}

#ifdef Q_OS_UNIX
// Qt may not be called from a signal handler: the handler writes a byte, a QSocketNotifier quits.
int signalPipe[2] = {-1, -1};

void onQuitSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, sizeof byte);
}

bool installQuitSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char byte;
        [[maybe_unused]] const auto bytesRead = ::read(signalPipe[1], &byte, sizeof byte);
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zoho-emulator"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Emulates Zoho's accounts servers on 127.0.0.1, one port per data center.\n"
        "Once listening it prints ZOHO_ONBOARDING_ACCOUNTS_SERVERS=<spec>; run the wizard with that\n"
        "variable set. Consent is granted at once, as if the user clicked Accept."));
    parser.addHelpOption();
    const QCommandLineOption dataCentersOption(QStringLiteral("data-centers"),
                                               QStringLiteral("Data centers to emulate, comma-separated."),
                                               QStringLiteral("codes"), allDataCenters.join(QLatin1Char(',')));
    const QCommandLineOption basePortOption(QStringLiteral("base-port"),
                                            QStringLiteral("First port; the others follow. 0: free ports."),
                                            QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption clientOption(
        QStringLiteral("client"),
        QStringLiteral("A registered client, ID:SECRET[:DC] (DC defaults to eu). Repeatable. "
                       "Without it a demo client is registered and printed."),
        QStringLiteral("client"));
    const QCommandLineOption redirectOption(
        QStringLiteral("redirect-uri"),
        QStringLiteral("A registered redirect URI, matched exactly. Repeatable. Default: %1.")
            .arg(defaultRedirectUris.join(QStringLiteral(" and "))),
        QStringLiteral("uri"));
    const QCommandLineOption multiDcOption(QStringLiteral("multi-dc"),
                                           QStringLiteral("Clients are recognised at every data center."));
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           QStringLiteral("E-mail address of the signed-in account."),
                                           QStringLiteral("email"));
    const QCommandLineOption delayOption(QStringLiteral("delay"),
                                         QStringLiteral("Answer after MS milliseconds at DC. Repeatable."),
                                         QStringLiteral("DC=MS"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Misbehave at DC. Repeatable. NAME: %1.").arg(sortedFaultNames().join(QStringLiteral(", "))),
        QStringLiteral("DC=NAME"));
    const QCommandLineOption rateLimitOption(QStringLiteral("rate-limit"),
                                             QStringLiteral("Token requests per client before throttling; 0: none."),
                                             QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption tlsCertOption(QStringLiteral("tls-cert"),
                                           QStringLiteral("Speak HTTPS with this PEM certificate (needs --tls-key)."),
                                           QStringLiteral("file"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("PEM private key (RSA or EC) for --tls-cert."),
                                          QStringLiteral("file"));
    const QCommandLineOption dateOffsetOption(QStringLiteral("date-offset"),
                                              QStringLiteral("Shift the Date header of every answer by SECONDS."),
                                              QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption declineOption(QStringLiteral("decline"),
                                           QStringLiteral("Consent is declined, as if the user clicked Reject."));
    const QCommandLineOption redirectServerOption(
        QStringLiteral("redirect-accounts-server"),
        QStringLiteral("The accounts-server the consent redirect names, instead of the emulator's own."),
        QStringLiteral("url"));
    const QCommandLineOption refuseRevocationOption(
        QStringLiteral("refuse-revocation"),
        QStringLiteral("Refuse to revoke this kind of token (HTTP 400): refresh or access. Repeatable."),
        QStringLiteral("kind"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log each request to stderr (never secrets or tokens)."));
    parser.addOptions({dataCentersOption, basePortOption, clientOption, redirectOption, multiDcOption,
                       accountOption, delayOption, faultOption, rateLimitOption, tlsCertOption, tlsKeyOption,
                       declineOption, redirectServerOption, refuseRevocationOption, dateOffsetOption, verboseOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));

    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("zoho.emulator.debug=true"));

    ZohoAccountsEmulator emulator;

    QStringList dataCenters;
    for (const QString &code : parser.value(dataCentersOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString dc = code.trimmed().toLower();
        if (!allDataCenters.contains(dc))
            return fail(QStringLiteral("unknown data center \"%1\"; known: %2.")
                            .arg(code, allDataCenters.join(QLatin1Char(','))));
        if (dataCenters.contains(dc))
            return fail(QStringLiteral("data center \"%1\" is given twice.").arg(dc));
        dataCenters.append(dc);
    }
    if (dataCenters.isEmpty())
        return fail(QStringLiteral("--data-centers is empty."));

    bool ok = false;
    const uint basePort = parser.value(basePortOption).toUInt(&ok);
    if (!ok || basePort + uint(dataCenters.size()) - 1 > 65535)
        return fail(QStringLiteral("--base-port must be 0 or a port number with room for %1 ports.")
                        .arg(dataCenters.size()));
    const int rateLimit = parser.value(rateLimitOption).toInt(&ok);
    if (!ok || rateLimit < 0)
        return fail(QStringLiteral("--rate-limit must be a number, 0 or more."));
    emulator.setTokenRateLimit(rateLimit);

    const QStringList redirectUris =
        parser.isSet(redirectOption) ? parser.values(redirectOption) : defaultRedirectUris;
    const bool demo = !parser.isSet(clientOption);
    const QStringList clientSpecs =
        demo ? QStringList{demoClientId + QLatin1Char(':') + demoClientSecret} : parser.values(clientOption);
    for (const QString &spec : clientSpecs) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
            return fail(QStringLiteral("--client wants ID:SECRET or ID:SECRET:DC."));
        EmulatedClient client;
        client.clientId = parts.at(0);
        client.clientSecret = parts.at(1);
        client.dataCenter = parts.size() == 3 ? parts.at(2).trimmed().toLower() : QStringLiteral("eu");
        if (!allDataCenters.contains(client.dataCenter))
            return fail(QStringLiteral("unknown data center \"%1\" in --client.").arg(client.dataCenter));
        client.redirectUris = redirectUris;
        client.multiDc = parser.isSet(multiDcOption);
        emulator.addClient(client);
    }

    if (parser.isSet(accountOption))
        emulator.setAccount(parser.value(accountOption), QStringLiteral("Jane"), QStringLiteral("Doe"));
    if (parser.isSet(declineOption))
        emulator.setConsent(ZohoAccountsEmulator::Consent::Decline);
    if (parser.isSet(redirectServerOption))
        emulator.setRedirectAccountsServer(parser.value(redirectServerOption));
    for (const QString &kind : parser.values(refuseRevocationOption)) {
        if (kind != QLatin1String("refresh") && kind != QLatin1String("access"))
            return fail(QStringLiteral("--refuse-revocation takes refresh or access, not \"%1\".").arg(kind));
        emulator.setRevocationAnswer(kind == QLatin1String("refresh") ? ZohoAccountsEmulator::TokenKind::Refresh
                                                                      : ZohoAccountsEmulator::TokenKind::Access,
                                     ZohoAccountsEmulator::RevocationAnswer::Refused);
    }

    for (const QString &assignment : parser.values(delayOption)) {
        QString dc;
        QString value;
        const bool known = splitAssignment(assignment, dataCenters, &dc, &value);
        const int milliseconds = value.toInt(&ok);
        if (!known || !ok || milliseconds < 0)
            return fail(QStringLiteral("--delay wants DC=MS with an emulated DC, not \"%1\".").arg(assignment));
        emulator.setDelay(dc, milliseconds);
    }
    for (const QString &assignment : parser.values(faultOption)) {
        QString dc;
        QString name;
        if (!splitAssignment(assignment, dataCenters, &dc, &name) || !faultNames.contains(name.toLower())) {
            return fail(QStringLiteral("--fault wants DC=NAME with an emulated DC and one of %1, not \"%2\".")
                            .arg(sortedFaultNames().join(QStringLiteral(", ")), assignment));
        }
        emulator.setFault(dc, faultNames.value(name.toLower()));
    }

    {
        bool ok = false;
        const int offset = parser.value(dateOffsetOption).toInt(&ok);
        if (!ok)
            return fail(QStringLiteral("--date-offset wants a number of seconds."));
        emulator.setDateOffset(offset);
    }

    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        return fail(QStringLiteral("--tls-cert and --tls-key go together."));
    if (parser.isSet(tlsCertOption)) {
        QFile certFile(parser.value(tlsCertOption));
        QFile keyFile(parser.value(tlsKeyOption));
        if (!certFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(certFile.fileName(), certFile.errorString()));
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(keyFile.fileName(), keyFile.errorString()));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyData = keyFile.readAll();
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull())
            return fail(QStringLiteral("cannot read the PEM certificate or key."));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        emulator.setTlsConfiguration(tls);
    }

#ifdef Q_OS_UNIX
    if (!installQuitSignals(&app))
        return fail(QStringLiteral("cannot install signal handlers."));
#endif

    if (!emulator.start(dataCenters, quint16(basePort)))
        return fail(emulator.errorString());

    QTextStream out(stdout);
    out << "ZOHO_ONBOARDING_ACCOUNTS_SERVERS=" << emulator.overridesSpec() << '\n';
    if (demo)
        out << "client_id=" << demoClientId << '\n' << "client_secret=" << demoClientSecret << '\n';
    out.flush();
    std::fflush(stdout);

    return QCoreApplication::exec();
}
