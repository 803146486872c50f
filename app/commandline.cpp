#include "commandline.h"

#include "clientprober.h"
#include "credentials.h"
#include "datacenter.h"
#include "keychainname.h"
#include "lastverification.h"
#include "onboardingguide.h"
#include "probestatus.h"
#include "printabletext.h"
#include "secretstore.h"
#include "supportreport.h"
#include "terminalecho.h"
#include "zohodoor.h"
#include "zohosignin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

const QStringList commands = {
    QStringLiteral("values"), QStringLiteral("check"), QStringLiteral("store"),
    QStringLiteral("status"), QStringLiteral("forget"), QStringLiteral("verify"),
    QStringLiteral("diagnose"),
};

bool stdinIsTerminal()
{
    return Platform::stdinIsTerminal();
}

// Reads one line from a terminal; with echo off for the secret, so it never shows on a shared screen.
QString promptLine(QTextStream &err, const QString &prompt, bool secret)
{
    err << prompt << Qt::flush;
    std::optional<Platform::HiddenInput> hidden;
    if (secret)
        hidden.emplace();
    QTextStream in(stdin);
    QString line = in.readLine();
    // The Enter typed after a hidden secret was not echoed either.
    if (hidden && hidden->isActive())
        err << Qt::endl;
    return line;
}

// Runs an event loop until the object emits one of the given signals. The core's classes never
// emit from inside the call that starts their work, so connecting afterwards misses nothing.
template<typename Sender, typename... Signals>
void waitFor(Sender *sender, Signals... signalList)
{
    QEventLoop loop;
    (QObject::connect(sender, signalList, &loop, [&loop] { loop.quit(); }), ...);
    loop.exec();
}

QJsonArray toJsonArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

// Reads the stored credentials, waiting for the keychain. True when some were found; otherwise
// `error` says why not (NotFound when nothing is stored).
bool loadStored(Credentials *stored, SecretStore::Error *error)
{
    SecretStore secrets;
    bool found = false;
    QObject::connect(&secrets, &SecretStore::loaded, &secrets, [&](const Credentials &c) {
        found = true;
        *stored = c;
    });
    QObject::connect(&secrets, &SecretStore::failed, &secrets, [&](const SecretStore::Error &e) { *error = e; });
    secrets.load();
    waitFor(&secrets, &SecretStore::loaded, &SecretStore::failed);
    return found;
}

} // namespace

CommandLine::CommandLine()
    : m_out(stdout)
    , m_err(stderr)
{
}

bool CommandLine::isCommandLineInvocation(const QStringList &arguments)
{
    // The wizard takes no arguments: anything else, a mistyped command included, is for the command
    // line, which reports it. Opening a window instead would hang a script (or fail without a display).
    // (macOS before 10.9 passed a -psn_ process serial number to bundles: not an argument of ours.)
    // `--verbose` alone opens the wizard with debug lines in the log file.
    return arguments.size() >= 2 && !arguments.at(1).startsWith(QLatin1String("-psn_"))
        && !(arguments.size() == 2 && arguments.at(1) == QLatin1String("--verbose"));
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    m_parser = &parser;
    //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
    parser.setApplicationDescription(
        tr("Helps you connect Optiply to Zoho: shows what to enter in Zoho's API Console, checks the Client ID "
           "and Client Secret with Zoho, and keeps them %1.\n\n"
           "Without a command, the assistant's window opens.\n\n"
           "Commands:\n"
           "  values   What to enter in Zoho's client registration form.\n"
           "  check    Read the Client ID and Client Secret from standard input and ask Zoho about them.\n"
           "  verify   Check them, then sign in to Zoho once in the browser to prove them.\n"
           "  store    Check them as `check` does, then keep them %1.\n"
           "  status   Whether credentials are stored (the secret is never shown).\n"
           "  forget   Remove the stored credentials.\n"
           "  diagnose A report for support: versions, keychain, proxy, and each accounts server layer by "
           "layer (name lookup, connection, TLS, HTTP, clock). Never holds a secret.")
            .arg(KeychainName::where()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("values, check, verify, store, status, forget or diagnose"));
    parser.addOptions({
        {QStringLiteral("json"), tr("Print one JSON object instead of text.")},
        {QStringLiteral("data-center"),
         tr("The Zoho data center: %1, or auto to ask all of them (default).").arg(DataCenters::codes().join(QStringLiteral(", "))),
         QStringLiteral("code"), QStringLiteral("auto")},
        {QStringLiteral("accounts-server"),
         tr("Use URL as the accounts server of the data center used, or CODE=URL for that data center (repeatable)."),
         QStringLiteral("url")},
        {QStringLiteral("no-check"), tr("With store: keep the credentials without asking Zoho first.")},
        {QStringLiteral("replace"), tr("With store: replace other credentials stored before (a terminal asks instead).")},
        {QStringLiteral("no-browser"), tr("With verify: print the address of Zoho's sign-in page instead of opening it.")},
        {QStringLiteral("consent-timeout"), tr("With verify: seconds to wait for the sign-in in the browser (default 300)."),
         QStringLiteral("seconds"), QStringLiteral("300")},
        {QStringLiteral("timeout"), tr("Seconds to wait for Zoho (default 15)."), QStringLiteral("seconds"),
         QStringLiteral("15")},
        {QStringLiteral("verbose"), tr("Write debug lines to the log file too (secrets are always masked).")},
    });

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText() << Qt::flush;
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !commands.contains(positional.first()))
        return usageError(tr("Name one command: %1.").arg(commands.join(QStringLiteral(", "))));
    m_json = parser.isSet(QStringLiteral("json"));

    QString error;
    if (!m_servers.loadEnvironment(&error))
        return usageError(error);

    const QString &command = positional.first();
    if (command == QLatin1String("values"))
        return runValues();
    if (command == QLatin1String("check"))
        return runCheck(Mode::Check);
    if (command == QLatin1String("store"))
        return runCheck(Mode::Store);
    if (command == QLatin1String("verify"))
        return runCheck(Mode::Verify);
    if (command == QLatin1String("status"))
        return runStatus();
    if (command == QLatin1String("diagnose"))
        return runDiagnose();
    return runForget();
}

int CommandLine::usageError(const QString &message)
{
    m_err << message << Qt::endl << tr("Run \"%1 --help\" for the commands and options.")
                                        .arg(QCoreApplication::applicationName())
          << Qt::endl;
    return UsageError;
}

void CommandLine::emitJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented) << Qt::flush;
}

int CommandLine::runValues()
{
    const QList<OnboardingGuide::FormValue> values = OnboardingGuide::formValues();
    if (m_json) {
        QJsonObject object;
        for (const OnboardingGuide::FormValue &value : values) {
            if (value.key == QLatin1String("redirect_uris"))
                object.insert(value.key, toJsonArray(value.values));
            else
                object.insert(value.key, value.values.value(0));
        }
        emitJson(object);
        return Success;
    }
    m_out << tr("In the Zoho API Console click ADD CLIENT, then CREATE NOW under Server-based Applications, and "
                 "enter:")
          << "\n\n";
    for (const OnboardingGuide::FormValue &value : values) {
        m_out << "  " << value.label << ":\n";
        for (const QString &line : value.values)
            m_out << "      " << line << '\n';
        if (value.values.size() > 1)
            m_out << "    " << value.explanation << '\n';
    }
    m_out << Qt::flush;
    return Success;
}

int CommandLine::timeoutOption() const
{
    bool ok = false;
    const int seconds = m_parser->value(QStringLiteral("timeout")).toInt(&ok);
    return ok && seconds > 0 && seconds <= 600 ? seconds : 0;
}

bool CommandLine::resolveDataCenters(QStringList *dataCenters, QString *requested)
{
    *requested = m_parser->value(QStringLiteral("data-center")).trimmed().toLower();
    const bool automatic = requested->isEmpty() || *requested == QLatin1String("auto");
    if (automatic) {
        *requested = QStringLiteral("auto");
        *dataCenters = DataCenters::codes();
    } else if (DataCenters::find(*requested).isValid()) {
        *dataCenters = {*requested};
    } else {
        usageError(tr("\"%1\" is not a Zoho data center; use one of %2, or auto.")
                       .arg(*requested, DataCenters::codes().join(QStringLiteral(", "))));
        return false;
    }

    for (const QString &value : m_parser->values(QStringLiteral("accounts-server"))) {
        QString error;
        bool ok;
        // CODE=URL: an '=' before any scheme's "://" (a URL's own query may hold '=' after it).
        if (value.contains(QLatin1Char('='))
            && (!value.contains(QLatin1String("://"))
                || value.indexOf(QLatin1Char('=')) < value.indexOf(QLatin1String("://"))))
            ok = m_servers.addAssignment(value, &error);
        else if (automatic) {
            error = tr("--accounts-server URL needs --data-center CODE; with auto, write CODE=URL.");
            ok = false;
        } else {
            ok = m_servers.addOverride(*requested, value, &error);
        }
        if (!ok) {
            usageError(error);
            return false;
        }
    }
    return true;
}

bool CommandLine::readCredentials(CredentialParser::Result *result)
{
    QString first;
    QString rest;
    if (stdinIsTerminal()) {
        first = promptLine(m_err, tr("Client ID: "), false);
        rest = promptLine(m_err, tr("Client Secret (not shown): "), true);
    } else {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            m_err << tr("Standard input cannot be read.") << Qt::endl;
            return false;
        }
        // Lines that are only a label ("Client Secret:") carry no value.
        QStringList lines;
        for (const QByteArray &raw : input.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (!CredentialParser::clean(line).isEmpty())
                lines.append(line);
        }
        first = lines.value(0);
        rest = lines.mid(1).join(QLatin1Char(' '));
    }
    *result = CredentialParser::parse(first, rest, CredentialParser::SwapPolicy::AutoSwap);
    return true;
}

void CommandLine::printReport(const ProbeReport &report, const QString &requested,
                              const CredentialParser::Result &parsed, QJsonObject *json)
{
    const DataCenter dc = DataCenters::find(report.dataCenter);
    const QString dcName = dc.isValid() ? dc.displayName() : tr("any");
    json->insert(QStringLiteral("status"), ProbeStatusText::key(report.status));
    json->insert(QStringLiteral("data_center"), report.dataCenter.isEmpty() ? QJsonValue() : QJsonValue(report.dataCenter));
    json->insert(QStringLiteral("requested_data_center"), requested);
    json->insert(QStringLiteral("recognised_in"), toJsonArray(report.recognisedIn));
    json->insert(QStringLiteral("client_id_masked"), Credentials::maskClientId(parsed.clientId.value));
    json->insert(QStringLiteral("message"), ProbeStatusText::headline(report.status));
    json->insert(QStringLiteral("advice"), ProbeStatusText::advice(report, dcName));
    json->insert(QStringLiteral("cause"), ProbeStatusText::causeKey(report.cause));
    QJsonArray answers;
    for (const ProbeReport::Answer &answer : report.answers) {
        answers.append(QJsonObject{
            {QStringLiteral("data_center"), answer.dataCenter},
            {QStringLiteral("status"), ProbeStatusText::key(answer.status)},
            {QStringLiteral("cause"), ProbeStatusText::causeKey(answer.cause)},
            {QStringLiteral("http_status"), answer.httpStatus},
            {QStringLiteral("zoho_error"), answer.zohoError},
            {QStringLiteral("detail"), answer.detail},
        });
    }
    json->insert(QStringLiteral("answers"), answers);
    QStringList warnings = parsed.notes;
    for (const CredentialParser::FieldResult *field : {&parsed.clientId, &parsed.clientSecret}) {
        if (field->severity != CredentialParser::Severity::None && !field->message.isEmpty())
            warnings.append(field->message);
    }
    json->insert(QStringLiteral("warnings"), toJsonArray(warnings));

    if (m_json)
        return;
    for (const QString &warning : std::as_const(warnings))
        m_err << tr("Note: %1").arg(warning) << '\n';
    m_out << (report.isOk() ? tr("OK: %1").arg(ProbeStatusText::headline(report.status))
                            : tr("Problem: %1").arg(ProbeStatusText::headline(report.status)))
          << '\n';
    m_out << "  " << ProbeStatusText::advice(report, dcName) << '\n';
    if (report.recognisedIn.size() > 1) {
        m_out << "  " << tr("This client is enabled in several data centers: %1.")
                             .arg(report.recognisedIn.join(QStringLiteral(", ")))
              << '\n';
    }
    m_out << "  " << tr("Client ID: %1").arg(Credentials::maskClientId(parsed.clientId.value)) << '\n';
    if (!report.dataCenter.isEmpty())
        m_out << "  " << tr("Data center: %1 (%2)").arg(report.dataCenter, dcName) << '\n';
    for (const ProbeReport::Answer &answer : report.answers) {
        if (!answer.detail.isEmpty() && answer.status != ProbeStatus::Ok && answer.status != ProbeStatus::UnknownClient)
            m_out << "  " << tr("%1: %2").arg(answer.dataCenter, PrintableText::fromNetwork(answer.detail, PrintableText::Unsafe::Blank)) << '\n';
    }
    m_out << Qt::flush;
    m_err << Qt::flush;
}

int CommandLine::runCheck(Mode mode)
{
    const bool store = mode == Mode::Store;
    QStringList dataCenters;
    QString requested;
    if (!resolveDataCenters(&dataCenters, &requested))
        return UsageError;
    const int timeoutSeconds = timeoutOption();
    if (timeoutSeconds == 0)
        return usageError(tr("--timeout takes a number of seconds from 1 to 600."));

    CredentialParser::Result parsed;
    if (!readCredentials(&parsed))
        return UsageError;

    QJsonObject json;
    if (!parsed.isUsable()) {
        json.insert(QStringLiteral("status"), ProbeStatusText::key(ProbeStatus::Malformed));
        json.insert(QStringLiteral("data_center"), requested == QLatin1String("auto") ? QJsonValue() : QJsonValue(requested));
        QJsonObject fields;
        QStringList problems;
        const auto describe = [&](const QString &key, const CredentialParser::FieldResult &field, const QString &missing) {
            const QString text = field.value.isEmpty() ? missing : field.message;
            fields.insert(key, text);
            if (!text.isEmpty())
                problems.append(text);
        };
        describe(QStringLiteral("client_id"), parsed.clientId, tr("No Client ID was given (first line)."));
        describe(QStringLiteral("client_secret"), parsed.clientSecret, tr("No Client Secret was given (second line)."));
        json.insert(QStringLiteral("problems"), fields);
        json.insert(QStringLiteral("message"), ProbeStatusText::headline(ProbeStatus::Malformed));
        if (store)
            json.insert(QStringLiteral("stored"), false);
        if (m_json) {
            emitJson(json);
        } else {
            m_out << tr("Problem: %1").arg(ProbeStatusText::headline(ProbeStatus::Malformed)) << '\n';
            for (const QString &problem : std::as_const(problems))
                m_out << "  " << problem << '\n';
            m_out << Qt::flush;
        }
        return CheckFailed;
    }

    Credentials credentials;
    credentials.clientId = parsed.clientId.value;
    credentials.clientSecret = parsed.clientSecret.value;

    const bool skipCheck = store && m_parser->isSet(QStringLiteral("no-check"));
    if (!skipCheck) {
        ZohoDoor network;
        ClientProber prober(&network);
        prober.setAccountsServers(m_servers);
        prober.setTimeout(std::chrono::seconds(timeoutSeconds));
        ProbeReport report;
        QObject::connect(&prober, &ClientProber::finished, &prober, [&report](const ProbeReport &r) { report = r; });
        prober.probe(credentials, dataCenters);
        waitFor(&prober, &ClientProber::finished);
        json.insert(QStringLiteral("reference"), LastVerification::record(report));
        printReport(report, requested, parsed, &json);
        if (!report.isOk()) {
            if (store) {
                json.insert(QStringLiteral("stored"), false);
                if (!m_json)
                    m_out << tr("Nothing was stored.") << Qt::endl;
            }
            if (m_json)
                emitJson(json);
            return CheckFailed;
        }
        credentials.dataCenter = report.dataCenter;
        if (mode == Mode::Verify)
            return runSignIn(credentials, &json);
    } else {
        credentials.dataCenter = requested == QLatin1String("auto") ? QString() : requested;
        json.insert(QStringLiteral("status"), QStringLiteral("not_checked"));
        json.insert(QStringLiteral("data_center"), credentials.dataCenter.isEmpty() ? QJsonValue() : QJsonValue(credentials.dataCenter));
        json.insert(QStringLiteral("client_id_masked"), Credentials::maskClientId(credentials.clientId));
    }

    if (!store) {
        if (m_json)
            emitJson(json);
        return Success;
    }

    // Credentials kept from before are replaced only when asked to: on a terminal the person
    // answers; a script says --replace. Until the new item is written (atomically), the old stays.
    {
        Credentials existing;
        SecretStore::Error ignored; // an unusable keychain is reported by the save below
        const bool found = loadStored(&existing, &ignored);
        const bool differs = found
            && (existing.clientId != credentials.clientId || existing.clientSecret != credentials.clientSecret);
        if (differs && !m_parser->isSet(QStringLiteral("replace"))) {
            const QString what = tr("Other Zoho credentials are already stored (Client ID %1, stored %2).")
                                     .arg(Credentials::maskClientId(existing.clientId),
                                          existing.storedAt.toUTC().toString(Qt::ISODate));
            bool replace = false;
            if (stdinIsTerminal() && !m_json) {
                const QString reply = promptLine(m_err, what + QLatin1Char(' ') + tr("Replace them? [y/N] "), false);
                replace = reply.trimmed().startsWith(QLatin1Char('y'), Qt::CaseInsensitive);
            }
            if (!replace) {
                json.insert(QStringLiteral("stored"), false);
                json.insert(QStringLiteral("error"), QStringLiteral("already_stored"));
                json.insert(QStringLiteral("error_message"),
                            what + QLatin1Char(' ') + tr("Nothing was changed; add --replace to replace them."));
                if (m_json)
                    emitJson(json);
                else
                    m_err << what << ' ' << tr("Nothing was changed; add --replace to replace them.") << Qt::endl;
                return CheckFailed;
            }
        }
    }

    SecretStore secrets;
    bool ok = false;
    SecretStore::Error storeError;
    Credentials stored;
    QObject::connect(&secrets, &SecretStore::saved, &secrets, [&](const Credentials &c) { ok = true; stored = c; });
    QObject::connect(&secrets, &SecretStore::failed, &secrets, [&](const SecretStore::Error &e) { storeError = e; });
    secrets.save(credentials);
    waitFor(&secrets, &SecretStore::saved, &SecretStore::failed);

    json.insert(QStringLiteral("stored"), ok);
    if (ok) {
        json.insert(QStringLiteral("stored_at"), stored.storedAt.toUTC().toString(Qt::ISODate));
    } else {
        json.insert(QStringLiteral("error"), SecretStore::errorKey(storeError.kind));
        json.insert(QStringLiteral("error_message"), storeError.message);
    }
    if (m_json) {
        emitJson(json);
    } else if (ok) {
        //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        m_out << tr("Stored %1.").arg(KeychainName::where()) << Qt::endl;
    } else {
        m_err << tr("Not stored: %1").arg(storeError.message) << Qt::endl;
    }
    return ok ? Success : KeychainError;
}

int CommandLine::runStatus()
{
    Credentials stored;
    SecretStore::Error storeError;
    const bool found = loadStored(&stored, &storeError);
    const bool failed = !found && storeError.kind != SecretStore::ErrorKind::NotFound;
    // Every key of the contract is always there, null when nothing is stored, so scripts can rely on them.
    QJsonObject json{{QStringLiteral("stored"), found},
                     {QStringLiteral("client_id_masked"), QJsonValue()},
                     {QStringLiteral("data_center"), QJsonValue()},
                     {QStringLiteral("stored_at"), QJsonValue()}};
    if (found) {
        json.insert(QStringLiteral("client_id_masked"), Credentials::maskClientId(stored.clientId));
        json.insert(QStringLiteral("data_center"), stored.dataCenter.isEmpty() ? QJsonValue() : QJsonValue(stored.dataCenter));
        json.insert(QStringLiteral("stored_at"), stored.storedAt.toUTC().toString(Qt::ISODate));
        json.insert(QStringLiteral("secret_fingerprint"), Credentials::secretFingerprint(stored.clientSecret));
    } else if (failed) {
        json.insert(QStringLiteral("error"), SecretStore::errorKey(storeError.kind));
        json.insert(QStringLiteral("error_message"), storeError.message);
    }

    if (m_json) {
        emitJson(json);
    } else if (found) {
        const DataCenter dc = DataCenters::find(stored.dataCenter);
        //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        m_out << tr("Zoho credentials are stored %1.").arg(KeychainName::where()) << '\n'
              << "  " << tr("Client ID: %1").arg(Credentials::maskClientId(stored.clientId)) << '\n'
              << "  " << tr("Secret fingerprint: %1").arg(Credentials::secretFingerprint(stored.clientSecret)) << '\n'
              << "  " << tr("Data center: %1").arg(dc.isValid() ? QStringLiteral("%1 (%2)").arg(dc.code, dc.displayName())
                                                                 : tr("unknown"))
              << '\n'
              << "  " << tr("Stored at: %1").arg(stored.storedAt.toUTC().toString(Qt::ISODate)) << Qt::endl;
    } else if (failed) {
        m_err << storeError.message << Qt::endl;
    } else {
        m_out << tr("No Zoho credentials are stored.") << Qt::endl;
    }
    return failed ? KeychainError : Success;
}

int CommandLine::runForget()
{
    SecretStore secrets;
    bool done = false;
    bool existed = false;
    SecretStore::Error storeError;
    QObject::connect(&secrets, &SecretStore::removed, &secrets, [&](bool e) { done = true; existed = e; });
    QObject::connect(&secrets, &SecretStore::failed, &secrets, [&](const SecretStore::Error &e) { storeError = e; });
    secrets.remove();
    waitFor(&secrets, &SecretStore::removed, &SecretStore::failed);

    if (m_json) {
        QJsonObject json{{QStringLiteral("removed"), existed}};
        if (!done) {
            json.insert(QStringLiteral("error"), SecretStore::errorKey(storeError.kind));
            json.insert(QStringLiteral("error_message"), storeError.message);
        }
        emitJson(json);
    } else if (!done) {
        m_err << storeError.message << Qt::endl;
    } else {
        m_out << (existed ? tr("The stored Zoho credentials were removed.") : tr("No Zoho credentials were stored."))
              << Qt::endl;
    }
    return done ? Success : KeychainError;
}

bool CommandLine::openInBrowser(const QUrl &url)
{
    // The command line has no GUI application object, so no QDesktopServices: ask the desktop.
#if defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"),
                                   {QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)});
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
#endif
}

int CommandLine::runSignIn(const Credentials &credentials, QJsonObject *json)
{
    bool consentOk = false;
    const int consentSeconds = m_parser->value(QStringLiteral("consent-timeout")).toInt(&consentOk);
    if (!consentOk || consentSeconds <= 0 || consentSeconds > 3600)
        return usageError(tr("--consent-timeout takes a number of seconds from 1 to 3600."));
    const bool noBrowser = m_parser->isSet(QStringLiteral("no-browser"));
    // In JSON mode standard output carries only the result; people read standard error.
    QTextStream &talk = m_json ? m_err : m_out;

    ZohoSignIn signIn;
    signIn.setAccountsServers(m_servers);
    signIn.setConsentTimeout(std::chrono::seconds(consentSeconds));
    signIn.setNetworkTimeout(std::chrono::seconds(m_parser->value(QStringLiteral("timeout")).toInt()));
    ZohoSignIn::Result result;
    QObject::connect(&signIn, &ZohoSignIn::finished, &signIn, [&result](const ZohoSignIn::Result &r) { result = r; });
    QObject::connect(&signIn, &ZohoSignIn::authorizationUrlReady, &signIn, [&](const QUrl &url) {
        if (noBrowser || !openInBrowser(url)) {
            talk << tr("Open this address in a browser, sign in to Zoho and click Accept:") << '\n'
                 << url.toString(QUrl::FullyEncoded) << Qt::endl;
        } else {
            talk << tr("Zoho's sign-in page is open in your browser: sign in and click Accept.") << Qt::endl;
        }
    });
    QObject::connect(&signIn, &ZohoSignIn::listenerUnavailable, &signIn, [&](quint16 port) {
        if (!stdinIsTerminal()) {
            // Standard input was read to its end for the credentials: nobody can paste an address.
            talk << tr("Port %1 on this computer is in use by another program, so Zoho's answer cannot arrive. "
                       "Close that program, or run verify in a terminal, where you can paste the address the "
                       "browser lands on.")
                        .arg(port)
                 << Qt::endl;
            signIn.giveUp(QStringLiteral("port %1 is in use by another program").arg(port));
            return;
        }
        talk << tr("Port %1 on this computer is in use by another program, so Zoho's answer cannot arrive by "
                   "itself. After you click Accept, copy the whole address from the browser's address bar and "
                   "enter it here.")
                    .arg(port)
             << Qt::endl;
        // Read addresses until one is Zoho's answer to this sign-in, or input ends.
        QTimer::singleShot(0, &signIn, [&] {
            QTextStream in(stdin);
            while (signIn.stage() == ZohoSignIn::Stage::WaitingForConsent) {
                if (stdinIsTerminal())
                    m_err << tr("Address: ") << Qt::flush;
                const QString line = in.readLine();
                if (line.isNull())
                    break;
                QString error;
                if (signIn.submitRedirectAddress(line, &error))
                    break;
                talk << error << Qt::endl;
            }
        });
    });
    signIn.start(credentials, credentials.dataCenter);
    waitFor(&signIn, &ZohoSignIn::finished);
    json->insert(QStringLiteral("reference"), LastVerification::record(result));

    const DataCenter dc = DataCenters::find(result.dataCenter);
    // With unknown_data_center the advice names the accounts server Zoho's redirect named.
    const QString dcName = result.cause == ProbeCause::UnknownDataCenter ? result.accountsServer
        : dc.isValid()                                                   ? dc.displayName()
                                                                         : result.dataCenter;
    json->insert(QStringLiteral("status"), ProbeStatusText::key(result.status));
    json->insert(QStringLiteral("data_center"), result.dataCenter.isEmpty() ? QJsonValue() : QJsonValue(result.dataCenter));
    json->insert(QStringLiteral("account"), result.accountEmail.isEmpty() ? QJsonValue() : QJsonValue(result.accountEmail));
    json->insert(QStringLiteral("account_name"), result.accountName);
    json->insert(QStringLiteral("revoked"), toJsonArray(result.revoked));
    json->insert(QStringLiteral("revocation_failed"), result.revocationFailed);
    json->insert(QStringLiteral("message"), ProbeStatusText::headline(result.status));
    const QString advice = ProbeStatusText::advice(result.status, result.cause, dcName, result.certificateIssuer, result.proxy);
    json->insert(QStringLiteral("advice"), advice);
    json->insert(QStringLiteral("cause"), ProbeStatusText::causeKey(result.cause));
    json->insert(QStringLiteral("detail"), result.detail);

    if (m_json) {
        emitJson(*json);
    } else if (result.isVerified()) {
        // Network text is made printable before it reaches the terminal (the core does too).
        const QString account = PrintableText::fromNetwork(result.accountEmail, PrintableText::Unsafe::Blank);
        m_out << tr("Verified — connected as %1").arg(account.isEmpty() ? tr("an unnamed account") : account)
              << '\n'
              << "  " << advice << '\n';
        if (result.cause == ProbeCause::RefreshTokenNotRevoked) {
            // The advice above says what stays behind and where to remove it.
        } else if (result.revocationFailed) {
            // Zoho issued no refresh token: only an access token is left, and it lapses within the hour.
            m_out << "  " << tr("The test sign-in could not be removed from Zoho; it expires by itself within an "
                                "hour.")
                  << '\n';
        } else {
            m_out << "  " << tr("The test sign-in was removed from Zoho again.") << '\n';
        }
        m_out << Qt::flush;
    } else {
        m_out << tr("Problem: %1").arg(ProbeStatusText::headline(result.status)) << '\n'
              << "  " << advice << '\n';
        if (!result.detail.isEmpty())
            m_out << "  " << PrintableText::fromNetwork(result.detail, PrintableText::Unsafe::Blank, 400) << '\n';
        m_out << Qt::flush;
    }
    return result.isVerified() ? Success : CheckFailed;
}

int CommandLine::runDiagnose()
{
    QString requested;
    QStringList dataCenters;
    if (!resolveDataCenters(&dataCenters, &requested))
        return UsageError;
    const int timeoutSeconds = timeoutOption();
    if (timeoutSeconds == 0)
        return usageError(tr("--timeout takes a number of seconds from 1 to 600."));
    // With overridden accounts servers (a test or staging setup), auto means those only.
    if (requested == QLatin1String("auto"))
        dataCenters = SupportReport::defaultDataCenters(m_servers);

    if (!m_json)
        m_err << (dataCenters.size() == 1 ? tr("Checking the keychain and one accounts server…")
                                          : tr("Checking the keychain and %1 accounts servers…").arg(dataCenters.size()))
              << Qt::endl;
    SupportReport report;
    report.setAccountsServers(m_servers);
    report.setDataCenters(dataCenters);
    report.setTimeout(std::chrono::seconds(timeoutSeconds));
    report.collect();
    waitFor(&report, &SupportReport::finished);

    if (m_json) {
        emitJson(report.toJson());
    } else {
        // Server names, headers and certificate names come from the network: no control characters
        // reach the terminal.
        const QStringList lines = report.toText().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            m_out << PrintableText::fromNetwork(line, PrintableText::Unsafe::Escape, 0) << '\n';
        m_out << Qt::flush;
    }
    bool allReachable = !report.servers().isEmpty();
    for (const ConnectionDiagnosis::Server &server : report.servers())
        allReachable = allReachable && server.reachable();
    return allReachable && report.keychain().works() ? Success : CheckFailed;
}
