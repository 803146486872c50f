// What a customer pastes into the two fields, and what the wizard and the command line make of it:
// the value that will be used, what each field is told, and whether the credentials may be used.

#include "credentialparser.h"
#include "credentials.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using Finding = CredentialParser::Finding;
using Severity = CredentialParser::Severity;
using SwapPolicy = CredentialParser::SwapPolicy;

Q_DECLARE_METATYPE(CredentialParser::Finding)
Q_DECLARE_METATYPE(CredentialParser::SwapPolicy)

// Names instead of numbers when a comparison fails (found by QTest through argument-dependent lookup).
char *toString(CredentialParser::Finding finding)
{
    const char *name = "?";
    switch (finding) {
    case Finding::Ok: name = "Ok"; break;
    case Finding::Empty: name = "Empty"; break;
    case Finding::ClientIdTruncated: name = "ClientIdTruncated"; break;
    case Finding::ClientIdLowerCase: name = "ClientIdLowerCase"; break;
    case Finding::ClientIdIsSecret: name = "ClientIdIsSecret"; break;
    case Finding::ClientIdIsToken: name = "ClientIdIsToken"; break;
    case Finding::ClientIdNotRecognised: name = "ClientIdNotRecognised"; break;
    case Finding::SecretIsClientId: name = "SecretIsClientId"; break;
    case Finding::SecretIsToken: name = "SecretIsToken"; break;
    case Finding::SecretTooShort: name = "SecretTooShort"; break;
    case Finding::SecretTooLong: name = "SecretTooLong"; break;
    case Finding::SecretNotHex: name = "SecretNotHex"; break;
    case Finding::SecretUpperCase: name = "SecretUpperCase"; break;
    case Finding::ClientIdLookAlike: name = "ClientIdLookAlike"; break;
    case Finding::ClientIdSeveral: name = "ClientIdSeveral"; break;
    case Finding::SecretLookAlike: name = "SecretLookAlike"; break;
    case Finding::SecretSeveral: name = "SecretSeveral"; break;
    case Finding::SecretUnclear: name = "SecretUnclear"; break;
    case Finding::SecretHidden: name = "SecretHidden"; break;
    }
    return qstrdup(name);
}

char *toString(CredentialParser::Severity severity)
{
    switch (severity) {
    case Severity::None: return qstrdup("None");
    case Severity::Warning: return qstrdup("Warning");
    case Severity::Error: return qstrdup("Error");
    }
    return qstrdup("?");
}

namespace {

// Made up, in Zoho's formats (see zoho-oauth-facts.md, "Formats").
const QString id = u"1000.7QK2N5XW0RZB8H3LMC4TV6PJY1DA9E"_s;                  // 35 characters
const QString secret = u"3f9c0a7be21d4c5f8a6b90e7d1c2f3a4b5c6d7e8f9"_s;          // 42, the usual length
const QString secret41 = u"b07e5d2a9c81f4e36d0a7c5b2e9f18d4a63c07be5"_s;         // 41, like Zoho's own example
const QString grantCode = u"1000.6c1f0e9a2b7d48c3a5e1f09b7d2c6a4e.0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a"_s;
const QString refreshToken = u"1000.e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9.a1b2c3d4e5f60718293a4b5c6d7e8f90"_s;
const QString id2 = u"1000.UJZDE8GXD6NCF10EPF91DHODZDOC9I"_s;                 // a second client
const QString secret2 = u"23d5a4fd12aabfe228f219e9cb0eb53f16947ccf25"_s;        // and its secret
const QString digitSecret = u"462819482199351819093786579754323194875749"_s;    // 42 hex digits, no letter
const QString secretTypedO = u"3f9c0a7be21d4c5f8a6b90e7d1c2f3a4b5c6d7e8f9"_s.replace(u'0', u'o');

// Noted: the paste held more than the values and their labels, and a note says which value was used.
enum Flag { Plain = 0, Split = 1, LooksSwapped = 2, Swapped = 4, Noted = 8 };

// An error keeps the customer from going on; a warning only asks them to look again.
Severity severityOf(Finding finding)
{
    switch (finding) {
    case Finding::Ok:
    case Finding::Empty:
        return Severity::None;
    case Finding::SecretTooShort:
    case Finding::SecretTooLong:
    case Finding::SecretNotHex:
    case Finding::SecretUpperCase:
    case Finding::ClientIdLowerCase: // Zoho's own id_token example has a lower-case Client ID
        return Severity::Warning;
    default:
        return Severity::Error;
    }
}

void checkMessage(const char *field, const CredentialParser::FieldResult &result, const QString &says)
{
    const QByteArray where = QByteArray(field) + " field, message \"" + result.message.toUtf8() + '"';
    QVERIFY2(result.message.isEmpty() == (result.severity == Severity::None), where.constData());
    if (result.severity == Severity::None)
        return;
    QVERIFY2(!says.isEmpty(), "every row that expects a message names what the message must mention");
    QVERIFY2(result.message.contains(says, Qt::CaseInsensitive),
             (where + " does not mention \"" + says.toUtf8() + '"').constData());
}

// Pastes the way customers keep credentials: notes, e-mails, chat, password managers, ticket systems,
// spreadsheets and configuration files. Each value must be found by its own shape, everything else on
// the lines left out, and a note must say which value was taken when there was more to choose from.
struct Paste
{
    const char *name;
    QString idInput;
    QString secretInput;
    QString expectedId;
    QString expectedSecret;
    Finding idFinding;
    Finding secretFinding;
    bool usable;
    int flags;
    QString idSays;
    QString secretSays;
    QString noteSays; // what the notes must mention; empty: nothing in particular
    SwapPolicy policy = SwapPolicy::Detect;
};

QString fullWidth(const QString &ascii)
{
    QString wide;
    for (QChar c : ascii)
        wide.append(c > u' ' && c <= u'~' ? QChar(char16_t(c.unicode() + 0xFEE0)) : c);
    return wide;
}

QList<Paste> realPasteRows()
{
    const QString none;
    const auto ok = Finding::Ok;
    const QString both = u"Client ID: "_s + id + u"\nClient Secret: "_s + secret;
    const QString idCyrillicC = QString(id).replace(u'C', u'\u0421');   // Cyrillic capital Es
    const QString idGreekB = QString(id).replace(u'B', u'\u0392');      // Greek capital Beta
    const QString idArabicDigit = QString(id).replace(u'9', u'\u0669'); // Arabic-Indic nine
    QString secretCyrillicA = secret;
    secretCyrillicA[secret.indexOf(u'a')] = u'\u0430';                  // Cyrillic small a
    QString secretCyrillicE = secret;
    secretCyrillicE[secret.indexOf(u'e')] = u'\u0435';                  // Cyrillic small ie
    QString secretCyrillicO = secret;
    secretCyrillicO[secret.indexOf(u'0')] = u'\u043E';                  // Cyrillic small o, for a zero
    const QString masked1 = Credentials::maskClientId(id);
    const QString masked2 = Credentials::maskClientId(id2);

    return {
        // Other labelled lines around the values: left out, never glued on
        {"secret, then the data center on the next line", id, u"Client Secret: "_s + secret + u"\nData center: EU"_s,
         id, secret, ok, ok, true, Noted, none, none, u"after 'Client Secret'"_s},
        {"secret with '(EU)' after it", id, u"Client Secret: "_s + secret + u" (EU)"_s,
         id, secret, ok, ok, true, Noted, none, none, u"42-character"_s},
        {"secret with EU in capitals on the same line", id, u"Client Secret: "_s + secret + u" EU"_s,
         id, secret, ok, ok, true, Noted, none, none, u"42-character"_s},
        {"ID, then the redirect URI", u"Client ID: "_s + id + u"\nAuthorized Redirect URIs: https://hotglue.xyz/callback"_s, secret,
         id, secret, ok, ok, true, Noted, none, none, u"after 'Client ID'"_s},
        {"ID, then the homepage URL", u"Client ID: "_s + id + u"\nHomepage URL: https://www.optiply.com"_s, secret,
         id, secret, ok, ok, true, Noted, none, none, masked1},
        {"secret, then the date it was made", id, u"Client Secret: "_s + secret + u"\nCreated: 2024-05-01"_s,
         id, secret, ok, ok, true, Noted, none, none, u"after 'Client Secret'"_s},
        {"secret with a date in digits on the same line", id, u"Client Secret: "_s + secret + u" – 20240501"_s,
         id, secret, ok, ok, true, Noted, none, none, u"42-character"_s},
        {"secret with a note in parentheses", id, secret + u" (for the Optiply integration, do not share)"_s,
         id, secret, ok, ok, true, Noted, none, none, u"looks like a Client Secret"_s},
        {"secret above an e-mail signature in capitals", id,
         u"Client Secret: "_s + secret + u"\n\nKind regards,\nJAN DE VRIES\nACME BV\n+31 20 123 4567"_s,
         id, secret, ok, ok, true, Noted, none, none, u"after 'Client Secret'"_s},
        {"secret, then a line saying CONFIDENTIAL", id, u"Client Secret: "_s + secret + u"\nCONFIDENTIAL"_s,
         id, secret, ok, ok, true, Noted, none, none, u"42-character"_s},
        {"ID with the organisation ID next to it", u"Client ID: "_s + id + u"  Organization ID: 20071234567"_s, secret,
         id, secret, ok, ok, true, Noted, none, none, u"after 'Client ID'"_s},
        {"secret, then a refresh token", id, u"Client Secret: "_s + secret + u"\nRefresh token: "_s + refreshToken,
         id, secret, ok, ok, true, Noted, none, none, u"after 'Client Secret'"_s},
        {"secret labelled, and another long hex number under another label", id,
         u"Client Secret: "_s + secret + u"\nOrder reference: 4f1c2e9a7b3d5f60a8c1e2d3"_s,
         id, secret, ok, ok, true, Noted, none, none, u"after 'Client Secret'"_s},
        {"secret cut off, and a date on the next line (not joined)", id, u"Client Secret: "_s + secret.left(30) + u"\nCreated 2024"_s,
         id, secret.left(30), ok, Finding::SecretTooShort, true, Noted, none, u"30"_s, u"30-character"_s},
        {"secret of digits only, labelled, with a phone number below", id,
         u"Client Secret: "_s + digitSecret + u"\nPhone: +31 20 1234567"_s,
         id, digitSecret, ok, ok, true, Noted, none, none, u"after 'Client Secret'"_s},

        // Both values among other lines, pasted into one field
        {"e-mail from a colleague with both values", u"Hi Anna,\n\nHere are the Zoho keys:\n"_s + both + u"\n\nThanks,\nPIETER"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'Client Secret'"_s},
        {"both values with data center, redirect URI and homepage",
         both + u"\nData center: EU\nRedirect URI: https://hotglue.xyz/callback\nHomepage: https://www.optiply.com"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'Client ID'"_s},
        {"ticket from a ticket system", none,
         u"Ticket #48213 – Zoho koppeling\nStatus: Open\n"_s + both + u"\nAssigned to: Support NL"_s,
         id, secret, ok, ok, true, Split | Noted, none, none, u"42-character"_s},
        {"password manager entry: the secret as the password", u"Zoho API Optiply\nusername: shop@acme.nl\npassword: "_s + secret
             + u"\nwebsite: https://api-console.zoho.eu\nClient ID: "_s + id + u"\nnotes: made 12 May"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'password'"_s},
        {"password manager entry: ID as user name, secret as password",
         u"Title: Zoho\nUser Name: "_s + id + u"\nPassword: "_s + secret + u"\nURL: https://api-console.zoho.eu/"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'Password'"_s},
        {"Dutch sentence with both values", u"Hierbij de gegevens: Client ID "_s + id + u" en Client Secret "_s + secret + u". Groet, Jan"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"42-character"_s},
        {"chat message with name and time", id, u"Jan de Vries  10:42 AM\nclient secret is "_s + secret + u" :+1:"_s,
         id, secret, ok, ok, true, Noted, none, none, u"42-character"_s},
        {"WhatsApp export line", id, u"[12-05-24 10:42:13] Jan: "_s + secret,
         id, secret, ok, ok, true, Noted, none, none, u"42-character"_s},
        {"both values labelled the wrong way round in one paste", u"Client ID: "_s + secret + u"\nClient Secret: "_s + id, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'Client ID' as the Client Secret"_s},

        // Structured pastes
        {"one-line JSON with snake_case keys", u"{\"client_id\":\""_s + id + u"\",\"client_secret\":\""_s + secret + u"\"}"_s, none,
         id, secret, ok, ok, true, Split, none, none, none},
        {"JSON with camelCase keys", u"{ \"clientId\": \""_s + id + u"\", \"clientSecret\": \""_s + secret + u"\" }"_s, none,
         id, secret, ok, ok, true, Split, none, none, none},
        {"JSON with the keys as Zoho shows them", u"{\"Client ID\": \""_s + id + u"\", \"Client Secret\": \""_s + secret + u"\"}"_s, none,
         id, secret, ok, ok, true, Split, none, none, none},
        {"pretty JSON with redirect URI and scope",
         u"{\n  \"client_id\": \""_s + id + u"\",\n  \"client_secret\": \""_s + secret
             + u"\",\n  \"redirect_uri\": \"https://hotglue.xyz/callback\",\n  \"scope\": \"ZohoInventory.fullaccess.all\"\n}"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'client_secret'"_s},
        {"JSON nested under zoho, with the data center", none,
         u"{\"zoho\": {\"client_id\": \""_s + id + u"\", \"client_secret\": \""_s + secret + u"\", \"data_center\": \"eu\"}}"_s,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'client_secret'"_s},
        {"URL query string", u"client_id="_s + id + u"&client_secret="_s + secret
             + u"&grant_type=authorization_code&redirect_uri=https%3A%2F%2Fhotglue.xyz%2Fcallback"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'client_secret'"_s},
        {"the whole token address with its query", u"https://accounts.zoho.eu/oauth/v2/token?client_id="_s + id + u"&client_secret="_s
             + secret + u"&grant_type=authorization_code"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'client_id'"_s},
        {"form body with a grant code", u"code="_s + grantCode + u"&client_id="_s + id + u"&client_secret="_s + secret
             + u"&redirect_uri=https://hotglue.xyz/callback"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"42-character"_s},
        {"authorize address with client_id in the ID field",
         u"https://accounts.zoho.eu/oauth/v2/auth?scope=ZohoInventory.fullaccess.all&client_id="_s + id
             + u"&response_type=code&redirect_uri=https://hotglue.xyz/callback"_s, secret,
         id, secret, ok, ok, true, Noted, none, none, u"after 'client_id'"_s},
        {".env file with the redirect URI", u"ZOHO_CLIENT_ID="_s + id + u"\nZOHO_CLIENT_SECRET="_s + secret
             + u"\nZOHO_REDIRECT_URI=https://hotglue.xyz/callback\n"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'ZOHO_CLIENT_SECRET'"_s},
        {".env file with export and quotes", u"export ZOHO_CLIENT_ID=\""_s + id + u"\"\nexport ZOHO_CLIENT_SECRET=\""_s + secret + u"\"\n"_s, none,
         id, secret, ok, ok, true, Split, none, none, none},
        {".env file with a comment line", u"# Zoho API (EU), made 2024-05-01\nZOHO_CLIENT_ID="_s + id + u"\nZOHO_CLIENT_SECRET="_s + secret, none,
         id, secret, ok, ok, true, Split | Noted, none, none, masked1},
        {"YAML with the data center", u"zoho:\n  client_id: "_s + id + u"\n  client_secret: \""_s + secret + u"\"\n  data_center: eu\n"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'client_secret'"_s},
        {"YAML list item", u"- client_id: "_s + id + u"\n  client_secret: "_s + secret, none,
         id, secret, ok, ok, true, Split, none, none, none},
        {"TOML table", u"[zoho]\nclient_id = \""_s + id + u"\"\nclient_secret = \""_s + secret + u"\"\n"_s, none,
         id, secret, ok, ok, true, Split, none, none, none},
        {"INI section with a region", u"[Zoho API]\nClientID="_s + id + u"\nClientSecret="_s + secret + u"\nRegion=EU\n"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'ClientSecret'"_s},
        {"key = value in the secret field", id, u"client_secret = "_s + secret,
         id, secret, ok, ok, true, Plain, none, none, none},
        {"spreadsheet: header row and a row of values, with tabs", u"Client ID\tClient Secret\tData center\n"_s + id + u"\t"_s + secret + u"\tEU"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"looks like a Client Secret"_s},
        {"spreadsheet: one row with name and date", u"Optiply\t"_s + id + u"\t"_s + secret + u"\t2024-05-01"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, masked1},
        {"Markdown table", u"| Client ID | Client Secret |\n|---|---|\n| "_s + id + u" | "_s + secret + u" |"_s, none,
         id, secret, ok, ok, true, Split, none, none, none},
        {"CSV with a header", u"client_id,client_secret\n"_s + id + u","_s + secret, none,
         id, secret, ok, ok, true, Split, none, none, none},
        {"XML elements", u"<clientId>"_s + id + u"</clientId><clientSecret>"_s + secret + u"</clientSecret>"_s, none,
         id, secret, ok, ok, true, Split, none, none, none},
        {"curl command", u"curl -X POST \"https://accounts.zoho.eu/oauth/v2/token\" -d \"client_id="_s + id + u"\" -d \"client_secret="_s
             + secret + u"\" -d \"grant_type=authorization_code\""_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'client_secret'"_s},
        {"structured pastes swapped over the two fields, on the command line", u"client_secret="_s + secret, u"client_id="_s + id,
         id, secret, ok, ok, true, Swapped, none, none, u"wrong way round"_s, SwapPolicy::AutoSwap},

        // Control and invisible characters
        {"secret with a bell character inside", id, secret.left(10) + u"\u0007"_s + secret.mid(10),
         id, secret, ok, ok, true, Noted, none, none, u"control character"_s},
        {"secret with a DEL at the end", id, secret + u"\u007F"_s,
         id, secret, ok, ok, true, Noted, none, none, u"control character"_s},
        {"ID with a NUL inside", id.left(9) + QChar(u'\0') + id.mid(9), secret,
         id, secret, ok, ok, true, Noted, none, none, u"control character"_s},
        {"secret between a terminal's bracketed-paste markers", id, u"\u001B[200~"_s + secret + u"\u001B[201~"_s,
         id, secret, ok, ok, true, Noted, none, none, u"control character"_s},
        {"secret broken by a form feed", id, secret.left(21) + u"\f"_s + secret.mid(21),
         id, secret, ok, ok, true, Plain, none, none, none},
        {"secret in an e-mail reply, wrapped, with quote markers", id, u"> Client Secret: "_s + secret.left(30) + u"\n> "_s + secret.mid(30),
         id, secret, ok, ok, true, Plain, none, none, none},
        {"ID wrapped after its label", u"Client ID: "_s + id.left(17) + u"\n"_s + id.mid(17), secret,
         id, secret, ok, ok, true, Plain, none, none, none},
        {"secret with an ellipsis after it", id, secret + u"…"_s,
         id, secret, ok, ok, true, Plain, none, none, none},
        {"secret pasted twice on one line", id, secret + u" "_s + secret,
         id, secret, ok, ok, true, Plain, none, none, none},
        {"secret in groups of eight, from a PDF", id, secret.left(8) + u" "_s + secret.mid(8, 8) + u" "_s + secret.mid(16, 8) + u" "_s
             + secret.mid(24, 8) + u" "_s + secret.mid(32, 8) + u" "_s + secret.mid(40),
         id, secret, ok, ok, true, Noted, none, none, u"Joined 6 pieces"_s},
        {"value on the line after its label, with a blank line between", id, u"Client Secret:\n\n"_s + secret,
         id, secret, ok, ok, true, Plain, none, none, none},

        // Characters that only look right
        {"ID with a Cyrillic С", idCyrillicC, secret,
         idCyrillicC, secret, Finding::ClientIdLookAlike, ok, false, Plain, u"Cyrillic 'С' that only looks like a Latin 'C'"_s, none, none},
        {"ID with a Greek Β", idGreekB, secret,
         idGreekB, secret, Finding::ClientIdLookAlike, ok, false, Plain, u"Greek 'Β'"_s, none, none},
        {"ID with an Arabic-Indic digit", idArabicDigit, secret,
         idArabicDigit, secret, Finding::ClientIdLookAlike, ok, false, Plain, u"'\u0669'"_s, none, none},
        {"secret with a Cyrillic а", id, secretCyrillicA,
         id, secretCyrillicA, ok, Finding::SecretLookAlike, false, Plain, none, u"Cyrillic 'а' that only looks like a Latin 'a'"_s, none},
        {"secret with a Cyrillic е, labelled", id, u"Client Secret: "_s + secretCyrillicE,
         id, secretCyrillicE, ok, Finding::SecretLookAlike, false, Plain, none, u"copy it again"_s, none},
        {"both values, the ID with a Cyrillic С", u"Client ID: "_s + idCyrillicC + u"\nClient Secret: "_s + secret, none,
         idCyrillicC, secret, Finding::ClientIdLookAlike, ok, false, Split, u"Cyrillic"_s, none, none},
        {"ID in full-width characters", fullWidth(id), secret,
         id, secret, ok, ok, true, Noted, none, none, u"full-width"_s},
        {"secret in full-width characters", id, fullWidth(secret),
         id, secret, ok, ok, true, Noted, none, none, u"full-width"_s},
        {"label with a full-width colon", id, u"Client Secret："_s + secret,
         id, secret, ok, ok, true, Plain, none, none, none},
        {"two different Client IDs in the ID field", id + u"\n"_s + id2, secret,
         id, secret, Finding::ClientIdSeveral, ok, false, Plain, masked2, none, none},
        {"two different Client IDs and a secret in one field", u"Client ID: "_s + id + u"\nOld client ID: "_s + id2 + u"\nClient Secret: "_s + secret, none,
         id, secret, Finding::ClientIdSeveral, ok, false, Split, masked1 + u", "_s + masked2, none, none},
        {"the same Client ID twice", id + u" "_s + id, secret,
         id, secret, ok, ok, true, Plain, none, none, none},
        {"one client's ID in its field, another client's pair in the secret field", id, id2 + u"\n"_s + secret2,
         id2, secret2, ok, ok, true, Split, none, none, u"different value"_s},
        {"old and new secret, both labelled", id, u"Old secret: "_s + secret2 + u"\nNew secret: "_s + secret,
         id, secret2, ok, Finding::SecretSeveral, false, Plain, none, u"2 different values"_s, none},
        {"two secrets without labels", id, secret + u"\n"_s + secret2,
         id, secret, ok, Finding::SecretSeveral, false, Plain, none, u"Paste only the one"_s, none},

        // Values without their shape: never glued to what stands next to them
        {"secret typed with o for 0, labelled, with EU after it", id, u"Client Secret: "_s + secretTypedO + u" (EU)"_s,
         id, secretTypedO, ok, Finding::SecretNotHex, true, Noted, none, u"other characters"_s, u"after 'Client Secret'"_s},
        {"a label and a web address but no secret", id, u"Client Secret: see https://api-console.zoho.eu"_s,
         id, u"seehttps://api-console.zoho.eu"_s, ok, Finding::SecretUnclear, false, Noted, none, u"several pieces"_s, u"Joined 2 pieces"_s},
        {"the dots of a hidden secret", id, u"Client Secret: ••••••••••••••••"_s,
         id, none, ok, Finding::SecretHidden, false, Plain, none, u"show the secret first"_s, none},
        {"secret in a URL-encoded JSON parameter", id, u"state=%7B%22client_secret%22%3A%22"_s + secret + u"%22%7D"_s,
         id, secret, ok, ok, true, Noted, none, none, u"after 'client_secret'"_s},
        {"numbered list with both values", u"1. Client ID: "_s + id + u"\n2. Client Secret: "_s + secret, none,
         id, secret, ok, ok, true, Split, none, none, none},
        {"secret with one space in the middle", id, secret.left(21) + u" "_s + secret.mid(21),
         id, secret, ok, ok, true, Noted, none, none, u"Joined 2 pieces"_s},
        {"secret wrapped before its last character", id, u"Client Secret: "_s + secret.left(41) + u"\n"_s + secret.mid(41),
         id, secret, ok, ok, true, Plain, none, none, none},
        {"the API Console's page copied whole", u"Server-based Applications\nOptiply\nClient Secret\nSettings\nClient ID\n"_s + id
             + u"\nClient Secret\n"_s + secret + u"\nRegenerate Secret\nDelete"_s, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'Client Secret'"_s},
        {"secret under a label in Dutch", id, u"Geheim: "_s + secret + u" (EU)"_s,
         id, secret, ok, ok, true, Noted, none, none, u"after 'Geheim' as the Client Secret"_s},
        {"secret with its label in the ID field, on the command line", u"client_secret: "_s + secret + u" (EU)"_s, id,
         id, secret, ok, ok, true, Swapped | Noted, none, none, u"42-character value after 'client_secret'"_s, SwapPolicy::AutoSwap},
        {"password manager entry read line by line, as the command line joins it", u"Title: Zoho Optiply"_s,
         u"User Name: "_s + id + u" Password: "_s + secret + u" URL: https://api-console.zoho.eu"_s,
         id, secret, ok, ok, true, Split | Noted, none, none, u"after 'Password' as the Client Secret"_s, SwapPolicy::AutoSwap},
        {"secret with a Cyrillic о for a zero, above the data center", id, secretCyrillicO + u"\nData center: EU"_s,
         id, secretCyrillicO, ok, Finding::SecretLookAlike, false, Noted, none, u"Cyrillic 'о'"_s, u"42-character"_s},
        {"a long hex path in the redirect URI beside the secret", id,
         u"Redirect: https://hotglue.xyz/callback/8f3a9c2e1b4d5f6a7c8e9d0b1a2c3e4f\n"_s + secret,
         id, secret, ok, ok, true, Noted, none, none, u"looks like a Client Secret"_s},
        {"JSON string with escaped line breaks", u"\"Client ID: "_s + id + u"\\nClient Secret:\\n"_s + secret + u"\""_s, none,
         id, secret, ok, ok, true, Split, none, none, none},
        {"JSON with escaped quotes", u"{\\u0022client_id\\u0022:\\u0022"_s + id + u"\\u0022,\\u0022client_secret\\u0022:\\u0022"_s
             + secret + u"\\u0022}"_s, none,
         id, secret, ok, ok, true, Split, none, none, none},
        {"secret from an e-mail's source, soft line break", id, secret.left(40) + u"=\n"_s + secret.mid(40),
         id, secret, ok, ok, true, Plain, none, none, none},
        {"secret with 'Copied!' stuck to its end", id, secret + u"Copied!"_s,
         id, secret + u"Copied!"_s, ok, Finding::SecretUnclear, false, Plain, none, u"stuck to the end"_s, none},
        {"secret with a Cyrillic а pasted into the ID field", secretCyrillicA, none,
         secretCyrillicA, none, Finding::ClientIdIsSecret, Finding::Empty, false, Plain, u"Client Secret"_s, none, none},
        {"Zoho's self_client.json download", u"{\"client_id\":\""_s + id + u"\",\"client_secret\":\""_s + secret + u"\",\"code\":\""_s
             + grantCode + u"\",\"grant_type\":\"authorization_code\",\"expiry_time\":1715600000000,\"scope\":[\"ZohoInventory.fullaccess.all\"]}"_s,
         none, id, secret, ok, ok, true, Split | Noted, none, none, u"after 'client_secret'"_s},
        {"Postman environment export", none, u"[{\"key\":\"client_id\",\"value\":\""_s + id
             + u"\",\"enabled\":true},{\"key\":\"client_secret\",\"value\":\""_s + secret + u"\",\"enabled\":true}]"_s,
         id, secret, ok, ok, true, Split | Noted, none, none, u"42-character"_s},
        {"grant code in a redirect address in the secret field", id,
         u"https://hotglue.xyz/callback?code="_s + grantCode + u"&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu"_s,
         id, grantCode, ok, Finding::SecretIsToken, false, Plain, none, u"temporary pass"_s, none},

        // Text that is not valid UTF-16: removed before anything reads it, and said so
        {"a lone high surrogate inside the secret", id, secret.left(20) + QChar(0xD800) + secret.mid(20),
         id, secret, ok, ok, true, Noted, none, none, u"Removed 1 broken character"_s},
        {"a lone low surrogate after the Client ID, pasted together with the secret",
         u"Client ID: "_s + id + QChar(0xDC00) + u"\nClient Secret: "_s + secret, none,
         id, secret, ok, ok, true, Split | Noted, none, none, u"Removed 1 broken character"_s},

        // Escapes: decoded once, only where they are escapes, never eating a secret's first digits
        {"a stray percent sign before the secret in a form body", id, u"grant_type=x&client_secret=%"_s + secret,
         id, secret, ok, ok, true, Noted, none, none, u"looks like a Client Secret"_s},
        {"a stray percent sign and a control character before the secret", id,
         u"state=%\u0007"_s + secret + u"&x=1"_s,
         id, secret, ok, ok, true, Noted, none, none, u"Removed 1 invisible control"_s},
        {"a percent sign at the end of a line above the secret", id, u"redirect=https://hotglue.xyz/cb?x=%\n"_s + secret,
         id, secret, ok, ok, true, Noted, none, none, u"looks like a Client Secret"_s},
        {"a JSON form feed escape right before the secret", id, u"{\"client_secret\": \"\\f"_s + secret + u"\"}"_s,
         id, secret, ok, ok, true, Plain, none, none, none},
    };
}

void addRealPastes(bool withNote)
{
    for (const Paste &p : realPasteRows()) {
        QTestData &row = QTest::newRow(p.name) << p.idInput << p.secretInput << p.policy << p.expectedId << p.expectedSecret
                                               << p.idFinding << p.secretFinding << p.usable << p.flags << p.idSays
                                               << p.secretSays;
        if (withNote)
            row << p.noteSays;
    }
}

} // namespace

class TestCredentialParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void realPastes_data();
    void realPastes();
    void cleaningIsStable_data();
    void cleaningIsStable();
    void noMessageOrNoteShowsTheSecret_data();
    void noMessageOrNoteShowsTheSecret();
    void linesWithoutAValueCleanToNothing_data();
    void escapesAreDecodedOnce_data();
    void escapesAreDecodedOnce();
    void linesWithoutAValueCleanToNothing();
};

void TestCredentialParser::initTestCase()
{
    // The rows below only mean something if the sample values have Zoho's shapes.
    QCOMPARE(id.size(), CredentialParser::clientIdLength);
    QVERIFY(CredentialParser::looksLikeClientId(id));
    QCOMPARE(secret.size(), CredentialParser::usualSecretLength);
    QCOMPARE(secret41.size(), CredentialParser::shortestKnownSecretLength);
    QVERIFY(CredentialParser::looksLikeSecret(secret));
    QVERIFY(CredentialParser::looksLikeSecret(secret41));
    QVERIFY(CredentialParser::looksLikeToken(grantCode));
    QVERIFY(CredentialParser::looksLikeToken(refreshToken));
}

void TestCredentialParser::parse_data()
{
    QTest::addColumn<QString>("idInput");
    QTest::addColumn<QString>("secretInput");
    QTest::addColumn<SwapPolicy>("policy");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<QString>("expectedSecret");
    QTest::addColumn<Finding>("idFinding");
    QTest::addColumn<Finding>("secretFinding");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("idSays");     // what the ID field's message must mention, if it has one
    QTest::addColumn<QString>("secretSays"); // the same for the secret field

    const auto detect = SwapPolicy::Detect;
    const auto autoSwap = SwapPolicy::AutoSwap;
    const QString none;
    const QString lowerCaseId = id.toLower();
    const QString secretWithLetterO = QString(secret).replace(u'0', u'o'); // typed, zeros as 'o'

    // Clean copies and white space
    QTest::newRow("copied both values exactly")
        << id << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID with a trailing space")
        << id + u" "_s << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID with spaces on both sides")
        << u"  "_s + id + u"  "_s << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret with trailing newline")
        << id << secret + u"\n"_s << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret with trailing CRLF, copied on Windows")
        << id << secret + u"\r\n"_s << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID with a leading tab")
        << u"\t"_s + id << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID followed by a non-breaking space (U+00A0)")
        << id + u"\u00A0"_s << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret between narrow no-break spaces (U+202F)")
        << id << u"\u202F"_s + secret + u"\u202F"_s << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID with a zero-width space (U+200B) inside")
        << id.left(12) + u"\u200B"_s + id.mid(12) << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret starting with a byte-order mark (U+FEFF)")
        << id << u"\uFEFF"_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret with a zero-width space inside and a non-breaking space after")
        << id << secret.left(20) + u"\u200B"_s + secret.mid(20) + u"\u00A0"_s << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("both values with blank lines and tabs around them")
        << u"\n\n  "_s + id + u"  \n"_s << u"\r\n\t"_s + secret + u"\t\r\n"_s << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;

    // Quotes
    QTest::newRow("ID in straight double quotes")
        << u"\""_s + id + u"\""_s << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret in single quotes")
        << id << u"'"_s + secret + u"'"_s << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID in curly double quotes, copied from a Word document")
        << u"“"_s + id + u"”"_s << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret in curly single quotes")
        << id << u"‘"_s + secret + u"’"_s << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID in German quotes „…“")
        << u"„"_s + id + u"“"_s << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID in backticks, copied from a chat message")
        << u"`"_s + id + u"`"_s << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret in a Markdown code block")
        << id << u"```\n"_s + secret + u"\n```"_s << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;

    // Labels
    QTest::newRow("ID with the label 'Client ID:'")
        << u"Client ID: "_s + id << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID with the label 'client_id='")
        << u"client_id="_s + id << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret with the label 'CLIENT SECRET -'")
        << id << u"CLIENT SECRET - "_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret with the label 'Client Secret' and no colon")
        << id << u"Client Secret "_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID with the label 'ClientID:' and no space")
        << u"ClientID:"_s + id << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret with the label 'Client Secret:' and the value on the next line")
        << id << u"Client Secret:\n"_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret with the label 'Client Secret –' (en dash from a word processor)")
        << id << u"Client Secret – "_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID with the label 'Zoho Client ID:' and a tab, copied from a spreadsheet row")
        << u"Zoho Client ID:\t"_s + id << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID as client_id=\"…\" from a configuration file")
        << u"client_id=\""_s + id + u"\""_s << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID as a JSON member \"client_id\": \"…\",")
        << u"\"client_id\": \""_s + id + u"\","_s << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;

    QTest::newRow("secret with the label 'Client Secret —' (em dash, typed as '--' on a Mac)")
        << id << u"Client Secret — "_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID copied from a bulleted list in an e-mail ('• Client ID: …')")
        << u"• Client ID: "_s + id << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret copied from a dashed list ('- Client Secret: …')")
        << id << u"- Client Secret: "_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("both values as ZOHO_CLIENT_ID=… and ZOHO_CLIENT_SECRET=… from a .env file")
        << u"ZOHO_CLIENT_ID="_s + id << u"ZOHO_CLIENT_SECRET="_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true
        << int(Plain) << none << none;
    QTest::newRow("ID between left-to-right marks, copied from a page in Arabic")
        << u"\u200E"_s + id + u"\u200E"_s << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("ID with a soft hyphen (U+00AD) inside, from a page that hyphenates")
        << id.left(20) + u"\u00AD"_s + id.mid(20) << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;

    // Both values in one field
    QTest::newRow("both values in the ID field, space-separated")
        << id + u" "_s + secret << none << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("secret introduced by a sentence")
        << id << u"Here is the secret: "_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Noted) << none << none;
    QTest::newRow("ID introduced by a sentence")
        << u"My client id is "_s + id << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Noted) << none << none;
    QTest::newRow("both values pasted into the ID field over an old secret")
        << id + u" "_s + secret << secret41 << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the ID field, tab-separated")
        << id + u"\t"_s + secret << none << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the ID field, comma-separated")
        << id + u", "_s + secret << none << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the ID field, on two lines")
        << id + u"\n"_s + secret << none << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the ID field, on two lines with labels")
        << u"Client ID: "_s + id + u"\nClient Secret: "_s + secret << none << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the ID field, on one line with labels")
        << u"Client ID: "_s + id + u" Client Secret: "_s + secret << none << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the ID field, secret first")
        << secret + u"\n"_s + id << none << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the ID field as client_id=…, client_secret=…")
        << u"client_id="_s + id + u", client_secret="_s + secret << none << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the ID field, separated by ' - '")
        << id + u" - "_s + secret << none << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the ID field, separated by ' / '")
        << id + u" / "_s + secret << none << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the ID field, copied from a bulleted list")
        << u"• Client ID: "_s + id + u"\n• Client Secret: "_s + secret << none << detect << id << secret << Finding::Ok << Finding::Ok << true
        << int(Split) << none << none;
    QTest::newRow("both values in the secret field, on two lines")
        << none << id + u"\n"_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the secret field, tab-separated")
        << none << id + u"\t"_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values pasted into both fields")
        << id + u"\n"_s + secret << id + u"\n"_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values with labels and CRLF pasted into both fields")
        << u"Client ID: "_s + id + u"\r\nClient Secret: "_s + secret + u"\r\n"_s
        << u"Client ID: "_s + id + u"\r\nClient Secret: "_s + secret + u"\r\n"_s
        << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the ID field, and the secret in its own field too")
        << id + u" "_s + secret << secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;
    QTest::newRow("both values in the secret field, and the ID in its own field too")
        << id << id + u"\n"_s + secret << detect << id << secret << Finding::Ok << Finding::Ok << true << int(Split) << none << none;

    // Swapped fields
    QTest::newRow("fields swapped, in the wizard")
        << secret << id << detect << secret << id << Finding::ClientIdIsSecret << Finding::SecretIsClientId << false
        << int(LooksSwapped) << u"swapped"_s << u"Client ID"_s;
    QTest::newRow("fields swapped, 41-character secret, in the wizard")
        << secret41 << id << detect << secret41 << id << Finding::ClientIdIsSecret << Finding::SecretIsClientId << false
        << int(LooksSwapped) << u"swapped"_s << u"Client ID"_s;
    QTest::newRow("fields swapped, on the command line")
        << secret << id << autoSwap << id << secret << Finding::Ok << Finding::Ok << true << int(Swapped) << none << none;
    QTest::newRow("fields swapped with their labels, on the command line")
        << u"Client Secret: "_s + secret << u"Client ID: "_s + id << autoSwap << id << secret << Finding::Ok << Finding::Ok << true
        << int(Swapped) << none << none;
    QTest::newRow("fields swapped, each with a trailing newline, on the command line")
        << secret + u"\n"_s << id + u"\n"_s << autoSwap << id << secret << Finding::Ok << Finding::Ok << true << int(Swapped) << none << none;

    // A grant code or token instead of a credential
    QTest::newRow("grant code pasted into the ID field")
        << grantCode << secret << detect << grantCode << secret << Finding::ClientIdIsToken << Finding::Ok << false
        << int(Plain) << u"temporary pass"_s << none;
    QTest::newRow("refresh token pasted into the secret field")
        << id << refreshToken << detect << id << refreshToken << Finding::Ok << Finding::SecretIsToken << false
        << int(Plain) << none << u"temporary pass"_s;
    QTest::newRow("grant code with white space around it pasted into the secret field")
        << id << u" "_s + grantCode + u"\n"_s << detect << id << grantCode << Finding::Ok << Finding::SecretIsToken << false
        << int(Plain) << none << u"temporary pass"_s;

    // Client ID problems
    QTest::newRow("Client ID cut off after 20 characters")
        << id.left(20) << secret << detect << id.left(20) << secret << Finding::ClientIdTruncated << Finding::Ok << false
        << int(Plain) << u"20"_s << none;
    QTest::newRow("Client ID missing its last character")
        << id.left(34) << secret << detect << id.left(34) << secret << Finding::ClientIdTruncated << Finding::Ok << false
        << int(Plain) << u"34"_s << none;
    QTest::newRow("Client ID typed in lower case")
        << lowerCaseId << secret << detect << lowerCaseId << secret << Finding::ClientIdLowerCase << Finding::Ok << true
        << int(Plain) << u"capital"_s << none;
    QTest::newRow("Client ID without '1000.', double-clicked in the browser")
        << id.mid(5) << secret << detect << id.mid(5) << secret << Finding::ClientIdNotRecognised << Finding::Ok << false
        << int(Plain) << u"1000."_s << none;
    QTest::newRow("Client ID pasted into both fields")
        << id << id << detect << id << id << Finding::Ok << Finding::SecretIsClientId << false
        << int(Plain) << none << u"Client ID"_s;
    QTest::newRow("secret pasted into both fields")
        << secret << secret << detect << secret << secret << Finding::ClientIdIsSecret << Finding::Ok << false
        << int(Plain) << u"Client Secret"_s << none;
    QTest::newRow("secret pasted into the ID field, secret field still empty")
        << secret << none << detect << secret << none << Finding::ClientIdIsSecret << Finding::Empty << false
        << int(Plain) << u"Client Secret"_s << none;
    QTest::newRow("Client ID pasted into the secret field, ID field still empty")
        << none << id << detect << none << id << Finding::Empty << Finding::SecretIsClientId << false
        << int(Plain) << none << u"Client ID"_s;
    QTest::newRow("API Console address pasted into the ID field")
        << u"https://api-console.zoho.eu/"_s << secret << detect << u"https://api-console.zoho.eu/"_s << secret
        << Finding::ClientIdNotRecognised << Finding::Ok << false << int(Plain) << u"1000."_s << none;
    QTest::newRow("client name pasted into the ID field")
        << u"Optiply"_s << secret << detect << u"Optiply"_s << secret << Finding::ClientIdNotRecognised << Finding::Ok << false
        << int(Plain) << u"1000."_s << none;

    // Secret problems: warnings, because Zoho's secrets do not all have one length
    QTest::newRow("secret cut off after 30 characters")
        << id << secret.left(30) << detect << id << secret.left(30) << Finding::Ok << Finding::SecretTooShort << true
        << int(Plain) << none << u"30"_s;
    QTest::newRow("secret missing its last two characters")
        << id << secret.left(40) << detect << id << secret.left(40) << Finding::Ok << Finding::SecretTooShort << true
        << int(Plain) << none << u"40"_s;
    QTest::newRow("41-character secret, like Zoho's own example")
        << id << secret41 << detect << id << secret41 << Finding::Ok << Finding::Ok << true << int(Plain) << none << none;
    QTest::newRow("secret with one character too many")
        << id << secret + u"7"_s << detect << id << secret + u"7"_s << Finding::Ok << Finding::SecretTooLong << true
        << int(Plain) << none << u"43"_s;
    QTest::newRow("secret pasted twice")
        << id << secret + secret << detect << id << secret + secret << Finding::Ok << Finding::SecretTooLong << true
        << int(Plain) << none << u"84"_s;
    QTest::newRow("secret typed in upper case")
        << id << secret.toUpper() << detect << id << secret.toUpper() << Finding::Ok << Finding::SecretUpperCase << true
        << int(Plain) << none << u"capitals"_s;
    QTest::newRow("secret typed with the letter o for the zeros")
        << id << secretWithLetterO << detect << id << secretWithLetterO << Finding::Ok << Finding::SecretNotHex << true
        << int(Plain) << none << u"other characters"_s;
    QTest::newRow("secret wrapped over two lines")
        << id << secret.left(21) + u"\n"_s + secret.mid(21) << detect << id << secret << Finding::Ok << Finding::Ok << true
        << int(Plain) << none << none;
    QTest::newRow("secret wrapped over two lines with CRLF and an indent, from an e-mail")
        << id << secret.left(30) + u"\r\n    "_s + secret.mid(30) << detect << id << secret << Finding::Ok << Finding::Ok << true
        << int(Plain) << none << none;
    QTest::newRow("ID wrapped over two lines")
        << id.left(18) + u"\n"_s + id.mid(18) << secret << detect << id << secret << Finding::Ok << Finding::Ok << true
        << int(Plain) << none << none;

    // Nothing there yet
    QTest::newRow("nothing pasted yet")
        << none << none << detect << none << none << Finding::Empty << Finding::Empty << false << int(Plain) << none << none;
    QTest::newRow("secret field left empty")
        << id << none << detect << id << none << Finding::Ok << Finding::Empty << false << int(Plain) << none << none;
    QTest::newRow("only white space and line breaks in the ID field")
        << u" \t\r\n\u00A0"_s << secret << detect << none << secret << Finding::Empty << Finding::Ok << false
        << int(Plain) << none << none;
    QTest::newRow("only the label 'Client Secret:' copied")
        << id << u"Client Secret:"_s << detect << id << none << Finding::Ok << Finding::Empty << false
        << int(Plain) << none << none;
}

// What every row checks: the values that will be used, each field's verdict and message, the notes.
void checkParse(bool checkNote)
{
    QFETCH(QString, idInput);
    QFETCH(QString, secretInput);
    QFETCH(SwapPolicy, policy);
    QFETCH(QString, expectedId);
    QFETCH(QString, expectedSecret);
    QFETCH(Finding, idFinding);
    QFETCH(Finding, secretFinding);
    QFETCH(bool, usable);
    QFETCH(int, flags);
    QFETCH(QString, idSays);
    QFETCH(QString, secretSays);

    const CredentialParser::Result r = CredentialParser::parse(idInput, secretInput, policy);

    QCOMPARE(r.clientId.value, expectedId);
    QCOMPARE(r.clientSecret.value, expectedSecret);
    QCOMPARE(r.clientId.finding, idFinding);
    QCOMPARE(r.clientSecret.finding, secretFinding);
    QCOMPARE(r.clientId.severity, severityOf(idFinding));
    QCOMPARE(r.clientSecret.severity, severityOf(secretFinding));
    QCOMPARE(r.isUsable(), usable);

    QCOMPARE(r.splitFromOneField, bool(flags & Split));
    QCOMPARE(r.looksSwapped, bool(flags & LooksSwapped));
    QCOMPARE(r.swapped, bool(flags & Swapped));
    // The customer is told whenever the cleaning moved a value or picked it out of other text, and only then.
    QVERIFY2(r.notes.isEmpty() == !(r.splitFromOneField || r.swapped || (flags & Noted)),
             qPrintable(u"notes: "_s + r.notes.join(u" | "_s)));
    for (const QString &note : r.notes)
        QVERIFY(!note.trimmed().isEmpty());
    if (checkNote) {
        QFETCH(QString, noteSays);
        QVERIFY2(r.notes.join(u' ').contains(noteSays, Qt::CaseInsensitive),
                 qPrintable(u"notes \"%1\" do not mention \"%2\""_s.arg(r.notes.join(u" | "_s), noteSays)));
    }

    checkMessage("ID", r.clientId, idSays);
    checkMessage("secret", r.clientSecret, secretSays);
}

void TestCredentialParser::parse()
{
    checkParse(false);
}

void TestCredentialParser::realPastes_data()
{
    QTest::addColumn<QString>("idInput");
    QTest::addColumn<QString>("secretInput");
    QTest::addColumn<SwapPolicy>("policy");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<QString>("expectedSecret");
    QTest::addColumn<Finding>("idFinding");
    QTest::addColumn<Finding>("secretFinding");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("idSays");
    QTest::addColumn<QString>("secretSays");
    QTest::addColumn<QString>("noteSays");
    addRealPastes(true);
}

void TestCredentialParser::realPastes()
{
    checkParse(true);
}

// Cleaning what was cleaned changes nothing, and the values a paste gives, pasted again on their own,
// give the same values: the wizard re-reads its fields after putting the values there, and a value
// must never drift between what the customer sees and what Zoho is sent.
void TestCredentialParser::cleaningIsStable_data()
{
    parse_data();
    addRealPastes(false);
}

void TestCredentialParser::cleaningIsStable()
{
    QFETCH(QString, idInput);
    QFETCH(QString, secretInput);

    for (const QString &text : {idInput, secretInput}) {
        const QString once = CredentialParser::clean(text);
        QCOMPARE(CredentialParser::clean(once), once);
    }
    for (const SwapPolicy policy : {SwapPolicy::Detect, SwapPolicy::AutoSwap}) {
        const CredentialParser::Result r = CredentialParser::parse(idInput, secretInput, policy);
        const CredentialParser::Result again = CredentialParser::parse(r.clientId.value, r.clientSecret.value, policy);
        QCOMPARE(again.clientId.value, r.clientId.value);
        QCOMPARE(again.clientSecret.value, r.clientSecret.value);
        QCOMPARE(CredentialParser::clean(r.clientId.value), r.clientId.value);
        QCOMPARE(CredentialParser::clean(r.clientSecret.value), r.clientSecret.value);
    }
}

// Messages and notes may be read out on a shared screen or printed by the command line: they must
// not show a secret, a grant code or a token, not even a part of one. Every paste above is tried
// under both swap policies.
void TestCredentialParser::noMessageOrNoteShowsTheSecret_data()
{
    parse_data();
    addRealPastes(false);
}

void TestCredentialParser::noMessageOrNoteShowsTheSecret()
{
    QFETCH(QString, idInput);
    QFETCH(QString, secretInput);

    // Every run of eight or more hex digits in what was pasted, or in the cleaned values.
    static const QRegularExpression hexRun(u"[0-9a-fA-F]{8,}"_s);
    QStringList sensitive;
    for (const QString &text : {idInput, secretInput, CredentialParser::clean(idInput), CredentialParser::clean(secretInput)}) {
        for (auto it = hexRun.globalMatch(text); it.hasNext();)
            sensitive.append(it.next().captured());
    }
    QVERIFY(!secretInput.contains(secret) || sensitive.join(u' ').contains(secret));

    for (const SwapPolicy policy : {SwapPolicy::Detect, SwapPolicy::AutoSwap}) {
        const CredentialParser::Result r = CredentialParser::parse(idInput, secretInput, policy);
        QStringList shown = r.notes;
        shown << r.clientId.message << r.clientSecret.message;
        for (const QString &value : {r.clientId.value, r.clientSecret.value}) {
            if (hexRun.match(value).hasMatch())
                sensitive.append(value);
        }
        for (const QString &text : std::as_const(shown)) {
            for (const QString &value : std::as_const(sensitive)) {
                for (qsizetype i = 0; i + 8 <= value.size(); ++i) {
                    const QString part = value.mid(i, 8);
                    QVERIFY2(!text.contains(part, Qt::CaseInsensitive),
                             qPrintable(u"\"%1\" shows part of a secret or token"_s.arg(text)));
                }
            }
        }
    }
}

// The command line reads the values from standard input and skips the lines that clean to nothing,
// so a label on its own line does not take the place of a value.
void TestCredentialParser::linesWithoutAValueCleanToNothing_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("label on its own line") << u"Client Secret:"_s;
    QTest::newRow("label without colon, with CRLF") << u"Client ID\r"_s;
    QTest::newRow("environment-file key without value") << u"ZOHO_CLIENT_SECRET="_s;
    QTest::newRow("bullet of an empty list item") << u"• "_s;
    QTest::newRow("Markdown rule") << u"---"_s;
    QTest::newRow("Markdown code fence") << u"```"_s;
    QTest::newRow("empty quotes") << u"\"\""_s;
    QTest::newRow("invisible characters only") << u"\u200B\u00A0\uFEFF\r"_s;
}

void TestCredentialParser::linesWithoutAValueCleanToNothing()
{
    QFETCH(QString, line);
    QCOMPARE(CredentialParser::clean(line), QString());
}

// What clean() leaves of a paste without a value: never a character that was not pasted, whatever
// the escapes around it spell once something between them is gone.
void TestCredentialParser::escapesAreDecodedOnce_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("'%', control characters, then '5c'") << u"x=%\u0004\u00045c"_s << u"x=5c"_s;
    QTest::newRow("'%25' then '5c'") << u"x=%255c"_s << u"5c"_s;
    QTest::newRow("'%' at a line's end, then '3f'") << u"x=%\n3f"_s << u"3f"_s;
    QTest::newRow("'%' and '3f' split by a zero-width space") << u"x=%\u200B3f"_s << u"x=3f"_s;
    QTest::newRow("JSON '\\\\' then 'u0025'") << u"{\"a\":\"\\\\u0025\"}"_s << u"{\"a"_s;
    QTest::newRow("a percent escape outside a query string") << u"50%2F"_s << u"502F"_s;
}

void TestCredentialParser::escapesAreDecodedOnce()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString once = CredentialParser::clean(input);
    QCOMPARE(once, expected);
    QVERIFY(!once.contains(u'\\') && !once.contains(u'?'));
    QCOMPARE(CredentialParser::clean(once), once);
}

QTEST_GUILESS_MAIN(TestCredentialParser)

#include "tst_credentialparser.moc"
