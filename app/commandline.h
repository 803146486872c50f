#pragma once

#include <QCoreApplication>

#include "accountsservermap.h"
#include "credentialparser.h"
#include "credentials.h"
#include "probereport.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

#include <memory>

#include "consoleinput.h"
#include "consoleoutput.h"

class QCommandLineParser;
class InterruptNotifier;
class VerificationFlow;

// The scriptable face of the assistant, for onboarding staff and support: `values`, `check`,
// `store`, `status`, `forget`, `diagnose`. It uses the same core as the wizard, and keeps its output stable:
// scripts depend on the JSON keys and exit statuses documented in the README.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Success = 0,
        CheckFailed = 1, // the verdict is not "ok", or nothing could be stored
        UsageError = 2,
        KeychainError = 3,
    };

    CommandLine();
    ~CommandLine();
    CommandLine(const CommandLine &) = delete;
    CommandLine &operator=(const CommandLine &) = delete;

    // True when argv asks for a command rather than the wizard.
    static bool isCommandLineInvocation(const QStringList &arguments);

    int run(const QStringList &arguments);

private:
    int runValues();
    enum class Mode { Check, Store, Verify };
    int runCheck(Mode mode);
    // The faces of the flow on a terminal: the browser, the busy port, the replace question.
    void driveFlow(VerificationFlow *flow);
    // Reads pasted addresses (never blocking) until one is Zoho's answer to the sign-in under way.
    void readPastedAddresses(VerificationFlow *flow, QTextStream &talk);
    // The one reporter of a flow's end, as JSON or as text; returns the exit status.
    int report(const VerificationFlow &flow, const QString &requested, const CredentialParser::Result &parsed);
    void printCheck(const VerificationFlow &flow);
    int reportMalformed(const CredentialParser::Result &parsed, const QString &requested, bool store);
    static QStringList warningsOf(const CredentialParser::Result &parsed);
    static QString alreadyStoredText(const Credentials &existing);
    static bool openInBrowser(const QUrl &url);
    int runStatus();
    int runForget();
    int runDiagnose();

    bool resolveDataCenters(QStringList *dataCenters, QString *requested);
    // --timeout in seconds (1 to 600); 0 when it is not such a number.
    int timeoutOption() const;
    enum class ReadOutcome { Read, TooLong, Unusable, Interrupted };
    ReadOutcome readCredentials(CredentialParser::Result *result);
    // Standard input, made at its first use and kept for the run.
    ConsoleInput &input();
    // At a terminal: shows the prompt, reads one line (hidden: without echo) with a deadline;
    // says what went wrong on standard error. An interruption sets m_interruptedStatus.
    ConsoleInput::Result promptLine(const QString &prompt, bool hidden, QString *line);
    static QString inputTooLongMessage();
    void emitJson(const QJsonObject &object);
    int usageError(const QString &message);

    QCommandLineParser *m_parser = nullptr;
    std::unique_ptr<ConsoleInput> m_input;
    InterruptNotifier *m_interrupts = nullptr; // while a flow runs
    int m_interruptedStatus = 0; // 128 + the signal that ended a wait for input, or 0
    bool m_json = false;
    bool m_checkPrinted = false;
    AccountsServerMap m_servers;
    // Before the streams, which write through them.
    Platform::ConsoleOutput m_outDevice{stdout};
    Platform::ConsoleOutput m_errDevice{stderr};
    QTextStream m_out;
    QTextStream m_err;
    bool m_addressReading = false;    // pasted addresses are read for the sign-in
    bool m_addressPromptOpen = false; // "Address: " waits on the current line
};
