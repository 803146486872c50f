// What a customer pastes into the two fields, and what the wizard and the command line make of it:
// the value that will be used, what each field is told, and whether the credentials may be used.

#include "credentialparser.h"

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

} // namespace

class TestCredentialParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void noMessageOrNoteShowsTheSecret_data();
    void noMessageOrNoteShowsTheSecret();
    void linesWithoutAValueCleanToNothing_data();
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
        << int(Plain) << u"token"_s << none;
    QTest::newRow("refresh token pasted into the secret field")
        << id << refreshToken << detect << id << refreshToken << Finding::Ok << Finding::SecretIsToken << false
        << int(Plain) << none << u"token"_s;
    QTest::newRow("grant code with white space around it pasted into the secret field")
        << id << u" "_s + grantCode + u"\n"_s << detect << id << grantCode << Finding::Ok << Finding::SecretIsToken << false
        << int(Plain) << none << u"token"_s;

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

void TestCredentialParser::parse()
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
    QCOMPARE(r.notes.isEmpty(), !(r.splitFromOneField || r.swapped || (flags & Noted)));
    for (const QString &note : r.notes)
        QVERIFY(!note.trimmed().isEmpty());

    checkMessage("ID", r.clientId, idSays);
    checkMessage("secret", r.clientSecret, secretSays);
}

// Messages and notes may be read out on a shared screen or printed by the command line: they must
// not show a secret, a grant code or a token, not even a part of one. Every paste above is tried
// under both swap policies.
void TestCredentialParser::noMessageOrNoteShowsTheSecret_data()
{
    parse_data();
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

QTEST_GUILESS_MAIN(TestCredentialParser)
#include "tst_credentialparser.moc"
