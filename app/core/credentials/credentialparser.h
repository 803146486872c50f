#pragma once

#include <QCoreApplication>

#include <QString>
#include <QStringList>

// Turns what a customer pasted into a Client ID and a Client Secret, and says, field by field, what
// looks wrong. One piece of code for the wizard (as the user types) and the command line.
// Each value is found by its own shape (a Client ID is "1000." and 30 letters and digits, a secret a
// run of hex digits that a label, its position or its shape points to), never by what is left after
// dropping words: the other lines of a note, an e-mail or a configuration file are left out, and when
// the parser had to choose, a note says what it took.
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
        ClientIdLowerCase,     // a warning: Zoho's own examples have one lower-case ID
        ClientIdLookAlike,     // a letter from another alphabet that looks Latin (Cyrillic 'С')
        ClientIdSeveral,       // two or more different Client IDs
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
        SecretLookAlike,       // a letter from another alphabet that looks Latin (Cyrillic 'а')
        SecretSeveral,         // two or more values that could each be the secret
        SecretUnclear,         // several pieces, none shaped like a secret, or something stuck to its end
        SecretHidden,          // only the dots Zoho shows in place of a hidden secret
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

    // The one value a field holding this text gives: the Client ID, secret or token found in it by
    // shape, else the text without what a paste drags along (white space and line breaks, also
    // non-breaking and zero-width, control characters, quotes, labels such as "Client Secret:").
    // Wide (full-width) characters become ordinary ones. Stable: clean(clean(x)) == clean(x).
    static QString clean(const QString &raw);

    static bool looksLikeClientId(const QString &value);
    static bool looksLikeSecret(const QString &value);
    static bool looksLikeToken(const QString &value);

    static constexpr qsizetype clientIdLength = 35;
    static constexpr qsizetype usualSecretLength = 42;
    static constexpr qsizetype shortestKnownSecretLength = 41;
};
