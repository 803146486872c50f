#include "credentialparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {


const QRegularExpression &clientIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^1000\\.[A-Z0-9]{30}$"));
    return re;
}

const QRegularExpression &tokenPattern()
{
    // Grant codes, access and refresh tokens: 1000.<32 hex>.<32 hex>
    static const QRegularExpression re(QStringLiteral("^1000\\.[0-9a-fA-F]{32}\\.[0-9a-fA-F]{32}$"));
    return re;
}

const QRegularExpression &secretPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{20,64}$"));
    return re;
}

const QRegularExpression &labelPattern()
{
    // "Client ID:", "client_secret =", "Secret -", "ClientID" ... anywhere in the text. The "Zoho" prefix
    // takes "_" like the rest, for ZOHO_CLIENT_ID= in an environment file.
    static const QRegularExpression re(
        QStringLiteral("\\b(?:zoho[\\s_-]*)?(?:client[\\s_-]*(?:id|secret)|secret|id)\\b\\s*[:=\\-–]?"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isInvisible(QChar c)
{
    // Unicode's format characters: soft hyphen, zero-width space and joiners, word joiner, byte-order
    // mark, and also the direction marks (U+200E, U+202A...) that pages in Arabic put around Latin text.
    return c.category() == QChar::Other_Format;
}

bool isQuote(QChar c)
{
    static const QString quotes = QStringLiteral("\"'`“”‘’„«»‹›");
    return quotes.contains(c);
}

// Splits the paste into the pieces a person would see as separate values.
QStringList tokens(const QString &raw)
{
    QString text;
    text.reserve(raw.size());
    for (QChar c : raw) {
        if (isInvisible(c))
            continue;
        text.append(c.isSpace() ? QChar(u' ') : c); // also NBSP, U+202F, tabs, line breaks
    }
    text.replace(labelPattern(), QStringLiteral(" "));

    QStringList result;
    static const QRegularExpression separators(QStringLiteral("[\\s,;|]+"));
    for (QString piece : text.split(separators, Qt::SkipEmptyParts)) {
        while (!piece.isEmpty() && (isQuote(piece.front()) || piece.front() == u'(' || piece.front() == u'<'))
            piece.remove(0, 1);
        while (!piece.isEmpty()
               && (isQuote(piece.back()) || piece.back() == u')' || piece.back() == u'>' || piece.back() == u'.'
                   || piece.back() == u':')) {
            piece.chop(1);
        }
        // A piece with no letter or digit is a bullet or a dash between label and value ("• ", " - "),
        // never part of a value: glued on, it would spoil the value or keep two values from being split.
        if (std::any_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            result.append(piece);
    }
    return result;
}

struct Split
{
    QString clientId;
    QString secret;
    QString joined; // all pieces as one value, for a value broken over lines
};

Split split(const QString &raw)
{
    Split s;
    QStringList pieces = tokens(raw);
    // Words around a value ("Here is the secret: …") are prose, never part of one: Zoho's values
    // have no small letters beyond a–f. Drop them as long as something else remains.
    static const QRegularExpression prose(QStringLiteral("[g-z]"));
    QStringList values;
    for (const QString &piece : std::as_const(pieces)) {
        if (!prose.match(piece).hasMatch())
            values.append(piece);
    }
    if (!values.isEmpty() && values.size() < pieces.size())
        pieces = values;

    QStringList ids;
    QStringList secrets;
    for (const QString &piece : std::as_const(pieces)) {
        if (CredentialParser::looksLikeClientId(piece))
            ids.append(piece);
        else if (CredentialParser::looksLikeSecret(piece))
            secrets.append(piece);
    }
    if (pieces.size() == 2 && ids.size() == 1 && secrets.size() == 1) {
        s.clientId = ids.first();
        s.secret = secrets.first();
    }
    s.joined = pieces.join(QString());
    return s;
}

CredentialParser::FieldResult assessClientId(const QString &value)
{
    using F = CredentialParser::Finding;
    using S = CredentialParser::Severity;
    CredentialParser::FieldResult r;
    r.value = value;
    if (value.isEmpty()) {
        r.finding = F::Empty;
        return r;
    }
    r.severity = S::Error;
    if (CredentialParser::looksLikeClientId(value)) {
        r.finding = F::Ok;
        r.severity = S::None;
    } else if (CredentialParser::looksLikeToken(value)) {
        r.finding = F::ClientIdIsToken;
        r.message = CredentialParser::tr("This is a code or token that Zoho made for a sign-in, not the Client ID. "
                       "Copy the Client ID from the Client Secret tab of your client in the API Console.");
    } else if (value.startsWith(QLatin1String("1000.")) && value.size() < CredentialParser::clientIdLength
               && QRegularExpression(QStringLiteral("^1000\\.[A-Za-z0-9]*$")).match(value).hasMatch()) {
        r.finding = F::ClientIdTruncated;
        r.message = CredentialParser::tr("This Client ID looks cut off: it has %1 of its %2 characters. Copy it again, all of it.")
                        .arg(value.size())
                        .arg(CredentialParser::clientIdLength);
    } else if (clientIdPattern().match(value.toUpper()).hasMatch()) {
        r.finding = F::ClientIdLowerCase;
        r.message = CredentialParser::tr("Zoho Client IDs use capital letters only, but this one has small letters. "
                       "Copy it again instead of typing it.");
    } else if (CredentialParser::looksLikeSecret(value)) {
        r.finding = F::ClientIdIsSecret;
        r.message = CredentialParser::tr("This looks like the Client Secret, not the Client ID.");
    } else {
        r.finding = F::ClientIdNotRecognised;
        r.message = CredentialParser::tr("This is not a Zoho Client ID. A Client ID starts with \"1000.\" and has %1 characters, "
                       "such as 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.")
                        .arg(CredentialParser::clientIdLength);
    }
    return r;
}

CredentialParser::FieldResult assessSecret(const QString &value)
{
    using F = CredentialParser::Finding;
    using S = CredentialParser::Severity;
    CredentialParser::FieldResult r;
    r.value = value;
    if (value.isEmpty()) {
        r.finding = F::Empty;
        return r;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    const bool isHex = hex.match(value).hasMatch();
    if (CredentialParser::looksLikeClientId(value)) {
        r.finding = F::SecretIsClientId;
        r.severity = S::Error;
        r.message = CredentialParser::tr("This is a Client ID, not the Client Secret. The secret is the other value on Zoho's "
                       "Client Secret tab.");
    } else if (CredentialParser::looksLikeToken(value)) {
        r.finding = F::SecretIsToken;
        r.severity = S::Error;
        r.message = CredentialParser::tr("This is a code or token that Zoho made for a sign-in, not the Client Secret. "
                       "Copy the Client Secret from the Client Secret tab of your client in the API Console.");
    } else if (!isHex) {
        r.finding = F::SecretNotHex;
        r.severity = S::Warning;
        r.message = CredentialParser::tr("Zoho's secrets are made of the digits 0–9 and the letters a–f, but this one has other "
                       "characters. Check that you copied the Client Secret.");
    } else if (value.size() < CredentialParser::shortestKnownSecretLength) {
        r.finding = F::SecretTooShort;
        r.severity = S::Warning;
        r.message = CredentialParser::tr("This secret is shorter than usual (%1 characters; Zoho's have %2). It may be cut off.")
                        .arg(value.size())
                        .arg(CredentialParser::usualSecretLength);
    } else if (value.size() > CredentialParser::usualSecretLength) {
        r.finding = F::SecretTooLong;
        r.severity = S::Warning;
        r.message = CredentialParser::tr("This secret is longer than usual (%1 characters; Zoho's have %2). Check that nothing "
                       "extra was copied with it.")
                        .arg(value.size())
                        .arg(CredentialParser::usualSecretLength);
    } else if (value != value.toLower()) {
        r.finding = F::SecretUpperCase;
        r.severity = S::Warning;
        r.message = CredentialParser::tr("Zoho's secrets use small letters, but this one has capitals. Copy it again instead of "
                       "typing it.");
    } else {
        r.finding = F::Ok;
    }
    return r;
}

} // namespace

bool CredentialParser::Result::isUsable() const
{
    return !clientId.value.isEmpty() && !clientSecret.value.isEmpty() && clientId.severity != Severity::Error
        && clientSecret.severity != Severity::Error;
}

QString CredentialParser::clean(const QString &raw)
{
    return tokens(raw).join(QString());
}

bool CredentialParser::looksLikeClientId(const QString &value)
{
    return clientIdPattern().match(value).hasMatch();
}

bool CredentialParser::looksLikeSecret(const QString &value)
{
    return secretPattern().match(value).hasMatch();
}

bool CredentialParser::looksLikeToken(const QString &value)
{
    return tokenPattern().match(value).hasMatch();
}

CredentialParser::Result CredentialParser::parse(const QString &clientIdInput, const QString &secretInput,
                                                 SwapPolicy policy)
{
    Result result;
    const Split idField = split(clientIdInput);
    const Split secretField = split(secretInput);
    QString id = idField.joined;
    QString secret = secretField.joined;

    // Both values pasted into one field: take them apart. That paste is the deliberate, complete
    // one, so it wins over what the other field held; the note says so when something differed.
    const auto takePair = [&](const Split &pair, const QString &other) {
        id = pair.clientId;
        secret = pair.secret;
        result.splitFromOneField = true;
        if (!other.isEmpty() && other != pair.joined && other != pair.clientId && other != pair.secret)
            result.notes.append(tr("The other field held a different value; the pair pasted together replaced it."));
    };
    if (!idField.clientId.isEmpty())
        takePair(idField, secretField.joined);
    else if (!secretField.clientId.isEmpty())
        takePair(secretField, idField.joined);
    if (result.splitFromOneField)
        result.notes.append(CredentialParser::tr("Both values were pasted together; they have been taken apart."));

    const bool swappedShape = !id.isEmpty() && !secret.isEmpty() && !looksLikeClientId(id) && looksLikeSecret(id)
        && looksLikeClientId(secret);
    if (swappedShape) {
        if (policy == SwapPolicy::AutoSwap) {
            std::swap(id, secret);
            result.swapped = true;
            result.notes.append(CredentialParser::tr("The Client ID and the Client Secret were the wrong way round; they have been swapped."));
        } else {
            result.looksSwapped = true;
        }
    }

    result.clientId = assessClientId(id);
    result.clientSecret = assessSecret(secret);
    if (result.looksSwapped) {
        result.clientId.message = CredentialParser::tr("This looks like the Client Secret, and the secret field holds the Client ID: "
                                     "the two seem swapped.");
    }
    return result;
}
