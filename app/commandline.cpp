#include "commandline.h"

#include "consoleinput.h"
#include "credentials.h"
#include "datacenter.h"
#include "interruptnotifier.h"
#include "keychainname.h"
#include "lastverification.h"
#include "onboardingguide.h"
#include "probestatus.h"
#include "printabletext.h"
#include "secretstore.h"
#include "supportreport.h"
#include "verificationflow.h"
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
#include <memory>
#include <optional>
#include <utility>

namespace {

const QStringList commands = {
    QStringLiteral("values"), QStringLiteral("check"), QStringLiteral("store"),
    QStringLiteral("status"), QStringLiteral("forget"), QStringLiteral("verify"),
    QStringLiteral("diagnose"),
};

// How long a terminal waits for the person to paste the values or answer a question.
constexpr std::chrono::minutes promptDeadline{10};

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
    : m_out(&m_outDevice)
    , m_err(&m_errDevice)
{
}

// Out of line: ConsoleInput is complete here.
CommandLine::~CommandLine() = default;

ConsoleInput &CommandLine::input()
{
    // Made at the first read, kept for the run: lines read ahead (a paste of both values, say)
    // stay in it for the next prompt.
    if (!m_input)
        m_input = std::make_unique<ConsoleInput>();
    return *m_input;
}

QString CommandLine::inputTooLongMessage()
{
    return tr("The input is too long: a paste may hold at most %1 KiB. Nothing of it was used.")
        .arg(ConsoleInput::maxPasteBytes / 1024);
}

ConsoleInput::Result CommandLine::promptLine(const QString &prompt, bool hidden, QString *line)
{
    ConsoleInput &in = input();
    // Ctrl-C (or a closed terminal) ends the wait; the notifier has put the terminal back already.
    // During a flow its own notifier (one at a time) says so, and stops the flow too.
    std::optional<InterruptNotifier> own;
    InterruptNotifier *interrupts = m_interrupts;
    if (!interrupts)
        interrupts = &own.emplace();
    const QMetaObject::Connection stop =
        QObject::connect(interrupts, &InterruptNotifier::interrupted, &in, [&](int status) {
            m_interruptedStatus = status;
            in.stopWaiting();
        });
    // Echo off before the prompt shows, so nothing typed or pasted after it can show.
    if (hidden)
        in.setHidden(true);
    m_err << prompt << Qt::flush;
    ConsoleInput::Result result = ConsoleInput::Result::Line;
    // A line that is only a label ("Client Secret:") carries no value: a paste of label and value on
    // two lines gives the value.
    do {
        result = in.readLine(line, QDeadlineTimer(promptDeadline));
    } while (result == ConsoleInput::Result::Line && !line->trimmed().isEmpty()
             && CredentialParser::clean(*line).isEmpty());
    if (hidden)
        in.setHidden(false);
    // The Enter typed after a hidden line was not echoed either: the caller ends that line (after
    // saying what it took, perhaps). An unanswered prompt is ended here.
    if (result != ConsoleInput::Result::Line)
        m_err << Qt::endl;
    if (result == ConsoleInput::Result::TooLong)
        m_err << inputTooLongMessage() << Qt::endl;
    else if (result == ConsoleInput::Result::TimedOut)
        m_err << tr("Nothing was entered for %1 minutes.").arg(promptDeadline.count()) << Qt::endl;
    QObject::disconnect(stop);
    return result;
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
           "  verify   Check them, then sign in to Zoho once in the browser to prove them (--store: then keep them).\n"
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
        {QStringLiteral("replace"), tr("With store and verify --store: replace other credentials stored before (a terminal asks instead).")},
        {QStringLiteral("no-browser"), tr("With verify: print the address of Zoho's sign-in page instead of opening it.")},
        //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        {QStringLiteral("store"), tr("With verify: after the sign-in, keep the credentials %1, as the wizard does.").arg(KeychainName::where())},
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
    // It may quote an argument or the accounts-server setting as written: printable only.
    m_err << PrintableText::fromNetwork(message, PrintableText::Unsafe::Escape, 0) << Qt::endl << tr("Run \"%1 --help\" for the commands and options.")
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

CommandLine::ReadOutcome CommandLine::readCredentials(CredentialParser::Result *result)
{
    using Result = ConsoleInput::Result;
    QString first;
    QString rest;
    ConsoleInput &in = input();
    if (in.isTerminal()) {
        // Both prompts hidden: customers paste the two values together, and the secret arriving
        // at the Client ID prompt must not show either. The second line of such a paste answers
        // the second prompt.
        Result read = promptLine(tr("Client ID: "), true, &first);
        if (read == Result::Line) {
            // What was taken, without showing a secret pasted first by mistake.
            const QString id = CredentialParser::clean(first);
            if (CredentialParser::looksLikeClientId(id))
                m_err << Credentials::maskClientId(id);
            m_err << Qt::endl;
            read = promptLine(tr("Client Secret (not shown): "), true, &rest);
            if (read == Result::Line)
                m_err << Qt::endl;
        }
        if (m_interruptedStatus != 0)
            return ReadOutcome::Interrupted;
        if (read == Result::TooLong)
            return ReadOutcome::TooLong;
        if (read == Result::TimedOut)
            return ReadOutcome::Unusable;
    } else {
        // A script's input is one paste, at most ConsoleInput::maxPasteBytes, read as it arrives.
        InterruptNotifier interrupts;
        QObject::connect(&interrupts, &InterruptNotifier::interrupted, &interrupts, [&](int status) {
            m_interruptedStatus = status;
            in.stopWaiting();
        });
        QStringList lines;
        QString line;
        Result read = Result::Line;
        while ((read = in.readLine(&line)) == Result::Line) {
            // Lines that are only a label ("Client Secret:") carry no value.
            if (!CredentialParser::clean(line).isEmpty())
                lines.append(line);
        }
        if (read == Result::Stopped)
            return ReadOutcome::Interrupted;
        if (read == Result::TooLong)
            return ReadOutcome::TooLong;
        first = lines.value(0);
        rest = lines.mid(1).join(QLatin1Char(' '));
    }
    *result = CredentialParser::parse(first, rest, CredentialParser::SwapPolicy::AutoSwap);
    return ReadOutcome::Read;
}

int CommandLine::runCheck(Mode mode)
{
    QStringList dataCenters;
    QString requested;
    if (!resolveDataCenters(&dataCenters, &requested))
        return UsageError;
    const int timeoutSeconds = timeoutOption();
    if (timeoutSeconds == 0)
        return usageError(tr("--timeout takes a number of seconds from 1 to 600."));
    bool consentOk = false;
    const int consentSeconds = m_parser->value(QStringLiteral("consent-timeout")).toInt(&consentOk);
    if (!consentOk || consentSeconds <= 0 || consentSeconds > 3600)
        return usageError(tr("--consent-timeout takes a number of seconds from 1 to 3600."));

    VerificationFlow::Options options;
    options.dataCenter = requested;
    options.servers = m_servers;
    options.networkTimeout = std::chrono::seconds(timeoutSeconds);
    options.consentTimeout = std::chrono::seconds(consentSeconds);
    options.signIn = mode == Mode::Verify;
    options.store = mode == Mode::Store || (mode == Mode::Verify && m_parser->isSet(QStringLiteral("store")));
    options.check = !(mode == Mode::Store && m_parser->isSet(QStringLiteral("no-check")));
    // Credentials kept from before are replaced only when asked to: on a terminal the person
    // answers; a script says --replace. Until the new item is written (atomically), the old stays.
    if (m_parser->isSet(QStringLiteral("replace")))
        options.replace = VerificationFlow::ReplacePolicy::Replace;
    else if (input().isTerminal() && !m_json)
        options.replace = VerificationFlow::ReplacePolicy::Ask;
    else
        options.replace = VerificationFlow::ReplacePolicy::Keep;

    CredentialParser::Result parsed;
    const ReadOutcome read = readCredentials(&parsed);
    if (read == ReadOutcome::Interrupted)
        return m_interruptedStatus;
    if (read == ReadOutcome::Unusable)
        return CheckFailed;
    if (read == ReadOutcome::TooLong) {
        // Nothing of it is used: neither value, nor a guess at them.
        QJsonObject json;
        json.insert(QStringLiteral("status"), ProbeStatusText::key(ProbeStatus::Malformed));
        json.insert(QStringLiteral("cause"), QStringLiteral("input_too_long"));
        json.insert(QStringLiteral("message"), inputTooLongMessage());
        if (options.store)
            json.insert(QStringLiteral("stored"), false);
        if (m_json)
            emitJson(json);
        else if (!input().isTerminal()) // a terminal has said it at the prompt
            m_out << tr("Problem: %1").arg(inputTooLongMessage()) << Qt::endl;
        return CheckFailed;
    }
    if (!parsed.isUsable())
        return reportMalformed(parsed, requested, options.store);

    Credentials credentials;
    credentials.clientId = parsed.clientId.value;
    credentials.clientSecret = parsed.clientSecret.value;
    if (!options.check)
        credentials.dataCenter = requested == QLatin1String("auto") ? QString() : requested;

    VerificationFlow flow;
    flow.setOptions(options);
    driveFlow(&flow);
    // Ctrl-C, SIGTERM, a closed terminal (the console's events on Windows): the flow asks nothing
    // new, lets an exchange under way end within its deadline, revokes what Zoho issued, and the
    // reporter says what happened. A second one ends the program at once (InterruptNotifier).
    InterruptNotifier interrupts;
    m_interrupts = &interrupts;
    QObject::connect(&interrupts, &InterruptNotifier::interrupted, &flow, [this, &flow](int status) {
        m_interruptedStatus = status;
        if (m_input)
            m_input->stopWaiting();
        if (!m_json)
            m_err << Qt::endl << tr("Stopping: whatever Zoho issued is removed first…") << Qt::endl;
        flow.interrupt();
    });
    flow.start(credentials);
    if (!flow.isFinished()) {
        QEventLoop loop;
        QObject::connect(&flow, &VerificationFlow::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const int exit = report(flow, requested, parsed);
    m_interrupts = nullptr;
    return flow.wasInterrupted() && m_interruptedStatus != 0 ? m_interruptedStatus : exit;
}

void CommandLine::driveFlow(VerificationFlow *flow)
{
    const bool noBrowser = m_parser->isSet(QStringLiteral("no-browser"));
    // In JSON mode standard output carries only the result; people read standard error.
    QTextStream &talk = m_json ? m_err : m_out;

    // A person reading text learns the check's verdict before any browser opens.
    QObject::connect(flow, &VerificationFlow::stateChanged, flow, [this, flow](VerificationFlow::State state) {
        if (!m_json && state != VerificationFlow::State::Checking && !m_checkPrinted && !flow->report().answers.isEmpty()) {
            m_checkPrinted = true;
            printCheck(*flow);
        }
    });
    // At a terminal the address to open comes before the request to paste where it lands: the
    // sign-in reports a busy port before it has the address, and "Address: " must be the last line.
    struct Order
    {
        bool addressShown = false;
        quint16 busyPort = 0; // waits for the address
    };
    const auto order = std::make_shared<Order>();
    const auto askForAddress = [this, flow, &talk](quint16 port) {
        talk << tr("Port %1 on this computer is in use by another program, so Zoho's answer cannot arrive by "
                   "itself. After you click Accept, copy the whole address from the browser's address bar and "
                   "enter it here.")
                    .arg(port)
             << Qt::endl;
        readPastedAddresses(flow, talk);
    };
    QObject::connect(flow, &VerificationFlow::authorizationUrlReady, flow,
                     [&talk, noBrowser, order, askForAddress](const QUrl &url) {
                         if (noBrowser || !openInBrowser(url)) {
                             talk << tr("Open this address in a browser, sign in to Zoho and click Accept:") << '\n'
                                  << url.toString(QUrl::FullyEncoded) << Qt::endl;
                         } else {
                             talk << tr("Zoho's sign-in page is open in your browser: sign in and click Accept.")
                                  << Qt::endl;
                         }
                         order->addressShown = true;
                         if (order->busyPort != 0)
                             askForAddress(std::exchange(order->busyPort, quint16(0)));
                     });
    QObject::connect(flow, &VerificationFlow::listenerUnavailableChanged, flow, [this, flow, &talk, order,
                                                                                  askForAddress](quint16 port) {
        if (!input().isTerminal()) {
            // Standard input was read to its end for the credentials: nobody can paste an address.
            talk << tr("Port %1 on this computer is in use by another program, so Zoho's answer cannot arrive. "
                       "Close that program, or run verify in a terminal, where you can paste the address the "
                       "browser lands on.")
                        .arg(port)
                 << Qt::endl;
            flow->abandonSignIn(QStringLiteral("port %1 is in use by another program").arg(port));
            return;
        }
        if (!order->addressShown) {
            order->busyPort = port;
            return;
        }
        askForAddress(port);
    });
    QObject::connect(flow, &VerificationFlow::listenerCrowded, flow, [this, flow, &talk](quint16 port) {
        // The listener still listens: the answer may arrive by itself, or be pasted.
        if (flow->state() != VerificationFlow::State::SigningIn)
            return;
        if (!input().isTerminal()) {
            talk << tr("Another program on this computer is flooding port %1, where Zoho's answer arrives, so the "
                       "sign-in may not finish. If it does not, close that program and try again, or run verify in "
                       "a terminal, where you can paste the address the browser lands on.")
                        .arg(port)
                 << Qt::endl;
            return;
        }
        talk << tr("Another program on this computer is flooding port %1, where Zoho's answer arrives, so it may "
                   "not arrive by itself. If nothing happens after you click Accept, copy the whole address from "
                   "the browser's address bar and enter it here.")
                    .arg(port)
             << Qt::endl;
        readPastedAddresses(flow, talk);
    });
    QObject::connect(flow, &VerificationFlow::replaceDecisionNeeded, flow, [this, flow](const Credentials &existing) {
        QString reply;
        const ConsoleInput::Result answered =
            promptLine(alreadyStoredText(existing) + QLatin1Char(' ') + tr("Replace them? [y/N] "), false, &reply);
        if (m_interruptedStatus != 0)
            return; // the flow was interrupted, too
        flow->decideReplace(answered == ConsoleInput::Result::Line
                            && reply.trimmed().startsWith(QLatin1Char('y'), Qt::CaseInsensitive));
    });
}

void CommandLine::readPastedAddresses(VerificationFlow *flow, QTextStream &talk)
{
    if (m_addressReading)
        return; // already asked for (the port was busy, then crowded): one prompt
    m_addressReading = true;
    // Addresses are read as they are pasted, until one is Zoho's answer to this sign-in, the
    // input ends, or the sign-in ends: nothing here blocks, so --consent-timeout holds.
    ConsoleInput &in = input();
    const auto prompt = [this, &in] {
        m_err << tr("Address: ") << Qt::flush;
        m_addressPromptOpen = true;
        in.wantLine();
    };
    // The answer may also arrive by itself (a crowded port still listens): then the open prompt
    // ends on its own line.
    QObject::connect(flow, &VerificationFlow::stateChanged, flow, [this](VerificationFlow::State state) {
        if (state == VerificationFlow::State::SigningIn || !m_addressPromptOpen)
            return;
        m_addressPromptOpen = false;
        m_err << Qt::endl;
    });
    QObject::connect(&in, &ConsoleInput::available, flow, [this, flow, &in, &talk, prompt] {
        QString line;
        for (;;) {
            if (flow->state() != VerificationFlow::State::SigningIn)
                return;
            const ConsoleInput::Result read = in.take(&line);
            if (read == ConsoleInput::Result::Nothing || read == ConsoleInput::Result::Ended)
                return;
            m_addressPromptOpen = false; // Enter ended the line
            if (read == ConsoleInput::Result::TooLong) {
                talk << inputTooLongMessage() << Qt::endl;
            } else {
                const ZohoSignIn::AddressProblem problem = flow->submitRedirectAddress(line);
                if (problem == ZohoSignIn::AddressProblem::None)
                    return;
                if (!line.trimmed().isEmpty())
                    talk << ZohoSignIn::describe(problem) << Qt::endl;
            }
            prompt();
        }
    });
    prompt();
}

QString CommandLine::alreadyStoredText(const Credentials &existing)
{
    // Read from the keychain, which any program can write: printable only, like network text.
    return tr("Other Zoho credentials are already stored (Client ID %1, stored %2).")
        .arg(PrintableText::fromNetwork(Credentials::maskClientId(existing.clientId), PrintableText::Unsafe::Escape, 0),
             existing.storedAt.toUTC().toString(Qt::ISODate));
}

int CommandLine::reportMalformed(const CredentialParser::Result &parsed, const QString &requested, bool store)
{
    QJsonObject json;
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

QStringList CommandLine::warningsOf(const CredentialParser::Result &parsed)
{
    QStringList warnings = parsed.notes;
    for (const CredentialParser::FieldResult *field : {&parsed.clientId, &parsed.clientSecret}) {
        if (field->severity != CredentialParser::Severity::None && !field->message.isEmpty())
            warnings.append(field->message);
    }
    return warnings;
}

void CommandLine::printCheck(const VerificationFlow &flow)
{
    const ProbeReport report = flow.report();
    const QString dcName = VerificationFlow::dataCenterName(report.dataCenter);
    // The sign-in's return address is part of the check: when Zoho lacks it, that is the verdict.
    const bool addressMissing = flow.state() == VerificationFlow::State::CheckFailed
        && flow.fix() == VerificationFlow::Fix::AddRedirectAddress;
    const QString headline = addressMissing ? flow.headline() : ProbeStatusText::headline(report.status);
    const QString advice = addressMissing ? flow.advice() : ProbeStatusText::advice(report, dcName);
    m_out << (report.isOk() ? tr("OK: %1").arg(headline) : tr("Problem: %1").arg(headline)) << '\n';
    m_out << "  " << advice << '\n';
    if (report.recognisedIn.size() > 1) {
        m_out << "  " << tr("This client is enabled in several data centers: %1.")
                             .arg(report.recognisedIn.join(QStringLiteral(", ")))
              << '\n';
    }
    m_out << "  " << tr("Client ID: %1").arg(Credentials::maskClientId(flow.credentials().clientId)) << '\n';
    if (!report.dataCenter.isEmpty())
        m_out << "  " << tr("Data center: %1 (%2)").arg(report.dataCenter, dcName) << '\n';
    for (const ProbeReport::Answer &answer : report.answers) {
        if (!answer.detail.isEmpty() && answer.status != ProbeStatus::Ok && answer.status != ProbeStatus::UnknownClient)
            m_out << "  " << tr("%1: %2").arg(answer.dataCenter, PrintableText::fromNetwork(answer.detail, PrintableText::Unsafe::Blank)) << '\n';
    }
    m_out << Qt::flush;
}

int CommandLine::report(const VerificationFlow &flow, const QString &requested, const CredentialParser::Result &parsed)
{
    using State = VerificationFlow::State;
    const State state = flow.state();
    const VerificationFlow::Options &options = flow.options();
    const ProbeReport check = flow.report();
    const ZohoSignIn::Result signIn = flow.signInResult();
    const bool checked = !check.answers.isEmpty();
    const QStringList warnings = warningsOf(parsed);

    QJsonObject json;
    // The verdict: the sign-in's when there was one, else the check's.
    ProbeStatus status = check.status;
    ProbeCause cause = check.cause;
    QString dataCenter = checked ? check.dataCenter : flow.credentials().dataCenter;
    QString advice;
    if (flow.hasSignInResult()) {
        status = signIn.status;
        cause = signIn.cause;
        dataCenter = signIn.dataCenter;
        // With unknown_data_center the advice names the accounts server Zoho's redirect named.
        const QString where = cause == ProbeCause::UnknownDataCenter ? signIn.accountsServer
                                                                     : VerificationFlow::dataCenterName(dataCenter);
        advice = ProbeStatusText::advice(status, cause, where, signIn.certificateIssuer, signIn.proxy);
    } else if (checked) {
        advice = ProbeStatusText::advice(check, VerificationFlow::dataCenterName(check.dataCenter));
    }
    if (state == State::CheckFailed && flow.fix() == VerificationFlow::Fix::AddRedirectAddress)
        advice = flow.advice();
    if (checked || flow.hasSignInResult()) {
        json.insert(QStringLiteral("status"), ProbeStatusText::key(status));
        json.insert(QStringLiteral("cause"), ProbeStatusText::causeKey(cause));
        json.insert(QStringLiteral("message"), state == State::CheckFailed ? flow.headline() : ProbeStatusText::headline(status));
        json.insert(QStringLiteral("advice"), advice);
    } else {
        json.insert(QStringLiteral("status"), QStringLiteral("not_checked"));
    }
    if (state == State::Interrupted) {
        json.insert(QStringLiteral("status"), QStringLiteral("interrupted"));
        json.insert(QStringLiteral("message"), flow.headline());
        json.insert(QStringLiteral("advice"), flow.advice());
    }
    json.insert(QStringLiteral("data_center"), dataCenter.isEmpty() ? QJsonValue() : QJsonValue(dataCenter));
    json.insert(QStringLiteral("requested_data_center"), requested);
    json.insert(QStringLiteral("client_id_masked"), Credentials::maskClientId(flow.credentials().clientId));
    json.insert(QStringLiteral("warnings"), toJsonArray(warnings));
    if (!flow.reference().isEmpty())
        json.insert(QStringLiteral("reference"), flow.reference());
    if (!flow.missingRedirectUri().isEmpty())
        json.insert(QStringLiteral("missing_redirect_uri"), flow.missingRedirectUri().toString());
    if (checked) {
        json.insert(QStringLiteral("recognised_in"), toJsonArray(check.recognisedIn));
        QJsonArray answers;
        for (const ProbeReport::Answer &answer : check.answers) {
            answers.append(QJsonObject{
                {QStringLiteral("data_center"), answer.dataCenter},
                {QStringLiteral("status"), ProbeStatusText::key(answer.status)},
                {QStringLiteral("cause"), ProbeStatusText::causeKey(answer.cause)},
                {QStringLiteral("http_status"), answer.httpStatus},
                {QStringLiteral("zoho_error"), answer.zohoError},
                {QStringLiteral("detail"), answer.detail},
            });
        }
        json.insert(QStringLiteral("answers"), answers);
    }
    if (flow.hasSignInResult()) {
        json.insert(QStringLiteral("account"), signIn.accountEmail.isEmpty() ? QJsonValue() : QJsonValue(signIn.accountEmail));
        json.insert(QStringLiteral("account_name"), signIn.accountName);
        json.insert(QStringLiteral("revoked"), toJsonArray(signIn.revoked));
        json.insert(QStringLiteral("revocation_failed"), signIn.revocationFailed);
        json.insert(QStringLiteral("detail"), signIn.detail);
    }
    if (state == State::Interrupted)
        json.insert(QStringLiteral("interrupted"), true);

    int exit = Success;
    switch (state) {
    case State::Checked:
    case State::Verified:
    case State::Stored: exit = Success; break;
    case State::StoreFailed: exit = flow.storeRaceLost() ? CheckFailed : KeychainError; break;
    default: exit = CheckFailed; break;
    }
    if (options.store) {
        json.insert(QStringLiteral("stored"), state == State::Stored);
        if (state == State::Stored) {
            json.insert(QStringLiteral("stored_at"), flow.storedCredentials().storedAt.toUTC().toString(Qt::ISODate));
        } else if (state == State::KeptExisting) {
            json.insert(QStringLiteral("error"), QStringLiteral("already_stored"));
            json.insert(QStringLiteral("error_message"), alreadyStoredText(flow.existingCredentials()) + QLatin1Char(' ')
                                                             + tr("Nothing was changed; add --replace to replace them."));
        } else if (state == State::StoreFailed && flow.storeRaceLost()) {
            json.insert(QStringLiteral("error"), QStringLiteral("store_race_lost"));
            json.insert(QStringLiteral("error_message"), flow.advice());
        } else if (state == State::StoreFailed) {
            json.insert(QStringLiteral("error"), SecretStore::errorKey(flow.storeError().kind));
            json.insert(QStringLiteral("error_message"), flow.storeError().message);
        }
    }

    if (m_json) {
        emitJson(json);
        return exit;
    }

    for (const QString &warning : warnings)
        m_err << tr("Note: %1").arg(warning) << '\n';
    m_err << Qt::flush;
    if (checked && !m_checkPrinted)
        printCheck(flow);
    if (flow.hasSignInResult() && signIn.cause != ProbeCause::Interrupted) {
        if (signIn.isVerified()) {
            // Network text is made printable before it reaches the terminal (the core does too).
            m_out << PrintableText::fromNetwork(flow.verifiedHeadline(), PrintableText::Unsafe::Blank) << '\n'
                  << "  " << advice << '\n';
            // The refresh token's advice above says what stays behind and where to remove it.
            if (signIn.cause != ProbeCause::RefreshTokenNotRevoked && state != State::Interrupted)
                m_out << "  " << flow.revocationNote() << '\n';
        } else if (state != State::Interrupted) {
            m_out << tr("Problem: %1").arg(ProbeStatusText::headline(signIn.status)) << '\n'
                  << "  " << advice << '\n';
            if (!signIn.detail.isEmpty())
                m_out << "  " << PrintableText::fromNetwork(signIn.detail, PrintableText::Unsafe::Blank, 400) << '\n';
        }
        m_out << Qt::flush;
    }
    switch (state) {
    case State::Interrupted: m_err << flow.advice() << Qt::endl; break;
    case State::Stored:
        if (flow.replacedDamagedItem())
            //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
            m_err << tr("Note: %1").arg(tr("This program's entry %1 was damaged or not written by it; it is replaced.")
                                            .arg(KeychainName::where()))
                  << Qt::endl;
        //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        m_out << tr("Stored %1.").arg(KeychainName::where()) << Qt::endl;
        break;
    case State::StoreFailed:
        m_err << tr("Not stored: %1").arg(flow.storeRaceLost() ? flow.advice() : flow.storeError().message) << Qt::endl;
        break;
    case State::KeptExisting:
        m_err << alreadyStoredText(flow.existingCredentials()) << ' '
              << tr("Nothing was changed; add --replace to replace them.") << Qt::endl;
        break;
    default:
        if (options.store)
            m_out << tr("Nothing was stored.") << Qt::endl;
        break;
    }
    return exit;
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
        // Read from the keychain, which any program can write: printable only, like network text.
        const auto printable = [](const QString &text) {
            return PrintableText::fromNetwork(text, PrintableText::Unsafe::Escape, 0);
        };
        //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        m_out << tr("Zoho credentials are stored %1.").arg(KeychainName::where()) << '\n'
              << "  " << tr("Client ID: %1").arg(printable(Credentials::maskClientId(stored.clientId))) << '\n'
              << "  " << tr("Secret fingerprint: %1").arg(printable(Credentials::secretFingerprint(stored.clientSecret))) << '\n'
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
