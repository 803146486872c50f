#pragma once

#include <QCoreApplication>

#include <QString>
#include <QStringList>

// Turns what a customer pasted into a Client ID and a Client Secret, and says, field by field, what
// looks wrong. One piece of code for the wizard (as the user types) and the command line.
class CredentialParser
{
    Q_DECLARE_TR_FUNCTIONS(CredentialParser)

public:
    enum class Severity { None, Warning, Error };

    enum class Finding {
        Ok,
        Empty,
        // Client ID
        ClientIdTruncated,
        ClientIdLowerCase,
        ClientIdIsSecret,      // the secret is in the ID field: swapped fields
        ClientIdIsToken,
        ClientIdNotRecognised,
        // Client secret
        SecretIsClientId,
        SecretIsToken,
        SecretTooShort,
        SecretTooLong,
        SecretNotHex,
        SecretUpperCase,
    };

    enum class SwapPolicy {
        Detect,   // the wizard: report it and let the user decide
        AutoSwap, // the command line: swap, and say so
    };

    struct FieldResult
    {
        QString value; // cleaned
        Finding finding = Finding::Empty;
        Severity severity = Severity::None;
        QString message; // translated; empty when there is nothing to say
    };

    struct Result
    {
        FieldResult clientId;
        FieldResult clientSecret;
        bool looksSwapped = false;  // with SwapPolicy::Detect
        bool swapped = false;       // with SwapPolicy::AutoSwap
        bool splitFromOneField = false;
        QStringList notes;          // translated sentences about what the cleaning did

        // Both present and neither has an error (warnings allowed).
        bool isUsable() const;
    };

    static Result parse(const QString &clientIdInput, const QString &secretInput,
                        SwapPolicy policy = SwapPolicy::Detect);

    // Removes what a paste drags along: white space and line breaks (also non-breaking and
    // zero-width), surrounding quotes, and labels such as "Client Secret:".
    static QString clean(const QString &raw);

    static bool looksLikeClientId(const QString &value);
    static bool looksLikeSecret(const QString &value);
    static bool looksLikeToken(const QString &value);

    static constexpr qsizetype clientIdLength = 35;
    static constexpr qsizetype usualSecretLength = 42;
    static constexpr qsizetype shortestKnownSecretLength = 41;
};
