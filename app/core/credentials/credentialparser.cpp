#include "credentialparser.h"

#include "credentials.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {

using Finding = CredentialParser::Finding;
using Severity = CredentialParser::Severity;

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

const QRegularExpression &looseTokenPattern()
{
    // Some of Zoho's own examples have 30.30; a token is never a credential, whatever its length.
    static const QRegularExpression re(QStringLiteral("^1000\\.[0-9a-fA-F]{20,}\\.[0-9a-fA-F]{20,}$"));
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

// Words of a paste: a Zoho token, a Client ID (or what starts like one), or a run of letters and digits
// in any alphabet. Everything between them (spaces, quotes, punctuation, '=', '&', '_') separates.
const QRegularExpression &wordPattern()
{
    static const QRegularExpression re(QStringLiteral("1000\\.[0-9a-fA-F]{20,}\\.[0-9a-fA-F]{20,}(?![\\p{L}\\p{N}\\p{M}])"
                                                      "|1000\\.[\\p{L}\\p{N}\\p{M}]+"
                                                      "|[\\p{L}\\p{N}\\p{M}]+"));
    return re;
}

// The label that points to a value, at the end of the text before it: "Client Secret", "client_secret",
// "clientSecret", "ZOHO_CLIENT_ID", "Secret", "My client id is".
const QRegularExpression &labelAtEndPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?:^|[^\\p{L}\\p{N}])((?:zoho[\\s_.-]*)?(?:client[\\s_.-]*)?(?:id|secret)(?:[\\s_.-]*key)?)"
                       "(?:\\s+\\p{L}{1,3})?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool allOf(QStringView text, bool (*test)(QChar))
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), test);
}

bool hasLetterOrNumber(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// Where the line holding `position` starts, looking back no further than a label can be long: a
// paste of one endless line must not cost the square of its length.
qsizetype lineStartBefore(const QString &text, qsizetype position)
{
    const qsizetype floor = std::max<qsizetype>(0, position - 200);
    const qsizetype found = QStringView(text).mid(floor, position - floor).lastIndexOf(u'\n');
    return found < 0 ? floor : floor + found + 1;
}

bool isQuote(QChar c)
{
    static const QString quotes = QStringLiteral("\"'`“”‘’„«»‹›");
    return quotes.contains(c);
}

// Letters of other alphabets that look like Latin ones: a paste from a chat or a document that went
// through a "smart" font, or a value typed on a Cyrillic or Greek keyboard. Not changed silently:
// Zoho would not know the value, and the customer must copy it again.
QChar latinLookAlike(QChar c)
{
    static const struct { char16_t other; char16_t latin; } table[] = {
        // Cyrillic
        {u'А', u'A'}, {u'В', u'B'}, {u'С', u'C'}, {u'Е', u'E'}, {u'Н', u'H'}, {u'І', u'I'}, {u'Ј', u'J'},
        {u'К', u'K'}, {u'М', u'M'}, {u'О', u'O'}, {u'Р', u'P'}, {u'Ѕ', u'S'}, {u'Т', u'T'}, {u'Х', u'X'},
        {u'У', u'Y'}, {u'Ү', u'Y'}, {u'З', u'3'}, {u'Ԛ', u'Q'}, {u'Ԝ', u'W'}, {u'а', u'a'}, {u'с', u'c'},
        {u'е', u'e'}, {u'о', u'o'}, {u'р', u'p'}, {u'х', u'x'}, {u'у', u'y'}, {u'і', u'i'}, {u'ј', u'j'},
        {u'ѕ', u's'}, {u'һ', u'h'}, {u'ԁ', u'd'}, {u'ԛ', u'q'}, {u'ԝ', u'w'},
        // Greek
        {u'Α', u'A'}, {u'Β', u'B'}, {u'Ε', u'E'}, {u'Ζ', u'Z'}, {u'Η', u'H'}, {u'Ι', u'I'}, {u'Κ', u'K'},
        {u'Μ', u'M'}, {u'Ν', u'N'}, {u'Ο', u'O'}, {u'Ρ', u'P'}, {u'Τ', u'T'}, {u'Υ', u'Y'}, {u'Χ', u'X'},
        {u'ο', u'o'}, {u'ν', u'v'}, {u'α', u'a'}, {u'ι', u'i'}, {u'ρ', u'p'}, {u'χ', u'x'},
        // Armenian
        {u'Օ', u'O'}, {u'օ', u'o'}, {u'ս', u'u'}, {u'հ', u'h'}, {u'ո', u'n'},
    };
    for (const auto &entry : table) {
        if (entry.other == c.unicode())
            return QChar(entry.latin);
    }
    return {};
}

// The first character of a value that Zoho never uses, or a null QChar.
QChar firstForeign(QStringView value)
{
    for (QChar c : value) {
        if (c.unicode() >= 0x80)
            return c;
    }
    return {};
}

QString describeForeign(QChar c, bool secret)
{
    const QChar latin = latinLookAlike(c);
    QString alphabet;
    switch (c.script()) {
    case QChar::Script_Cyrillic: alphabet = CredentialParser::tr("Cyrillic"); break;
    case QChar::Script_Greek: alphabet = CredentialParser::tr("Greek"); break;
    case QChar::Script_Armenian: alphabet = CredentialParser::tr("Armenian"); break;
    default: break;
    }
    // A lone surrogate or a mark cannot be shown on its own.
    const QString shown = c.isSurrogate() || c.category() == QChar::Mark_NonSpacing ? QStringLiteral("?") : QString(c);
    if (!latin.isNull() && !alphabet.isEmpty()) {
        return secret
            //: %1 is the name of an alphabet ("Cyrillic"), %2 a letter of it, %3 the Latin letter it looks like.
            ? CredentialParser::tr("This secret contains a %1 '%2' that only looks like a Latin '%3'. Copy it again "
                                   "from Zoho's Client Secret tab.").arg(alphabet, QString(c), QString(latin))
            //: %1 is the name of an alphabet ("Cyrillic"), %2 a letter of it, %3 the Latin letter it looks like.
            : CredentialParser::tr("This Client ID contains a %1 '%2' that only looks like a Latin '%3'. Copy it "
                                   "again from Zoho.").arg(alphabet, QString(c), QString(latin));
    }
    return secret
        //: %1 is one character, such as 'ж'.
        ? CredentialParser::tr("This secret contains '%1', a character Zoho's secrets do not have. Copy it again "
                               "from Zoho's Client Secret tab.").arg(shown)
        //: %1 is one character, such as 'ж'.
        : CredentialParser::tr("This Client ID contains '%1', a character Zoho's Client IDs do not have. Copy it "
                               "again from Zoho.").arg(shown);
}

// ---------------------------------------------------------------------------------------------------
// Reading one field

enum class Shape { Other, Id, IdLowerCase, IdLookAlike, IdCutOff, Token, Secret, SecretLookAlike };
enum class KeyKind { None, ClientId, Secret, Other };

struct Word
{
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
    Shape shape = Shape::Other;
    QString key; // the label before it, as written
    KeyKind keyKind = KeyKind::None;
    int spacedParts = 0; // parts joined across a space, not a line break: worth a note
    bool inAddress = false; // part of a web or e-mail address
};

struct Scan
{
    QString text; // normalised
    QList<Word> words;
    bool wide = false; // full-width letters or digits were made ordinary ones
    int controls = 0;  // control characters removed
    int invalid = 0;   // halves of UTF-16 surrogate pairs without their other half, removed
};

bool isIdShape(Shape s)
{
    return s == Shape::Id || s == Shape::IdLowerCase || s == Shape::IdLookAlike;
}

bool isSecretShape(Shape s)
{
    return s == Shape::Secret || s == Shape::SecretLookAlike;
}

// Text that is not valid UTF-16 (a high surrogate without its low half, or a low one alone), which
// a clipboard can hand over: it would make every regular expression fail to match, so it goes first.
QString withoutLoneSurrogates(const QString &raw, int *invalid)
{
    QString text;
    text.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c.isHighSurrogate() && i + 1 < raw.size() && raw.at(i + 1).isLowSurrogate()) {
            text.append(c);
            text.append(raw.at(++i));
        } else if (c.isSurrogate()) {
            ++*invalid;
        } else {
            text.append(c);
        }
    }
    return text;
}

bool isHexAt(const QString &text, qsizetype i)
{
    return i < text.size() && isHexDigit(text.at(i));
}

// What an escape stands for, as the cleaner may use it: punctuation and white space separate values
// like the characters they stand for ("%2F", "\\n", "\\u0022"); the escape characters '%' and '\\'
// become a plain separator, so a decoded character can never start another escape. A null QChar: the
// escape stands for a letter or digit, or for nothing the cleaner needs, and is left as it is.
QChar separatorFor(char16_t code)
{
    const QChar c(code);
    if (code >= 0x80 || isAsciiAlnum(c))
        return {};
    if (c == u'\n' || c == u'\r')
        return u'\n';
    if (c == u'%' || c == u'\\' || c.isSpace() || c.category() == QChar::Other_Control)
        return u' ';
    return c;
}

// Percent escapes ("%2F") of a query string or form body and JSON escapes ("\\n", "\\u0022") of a
// JSON string, decoded once, in one pass over the text as it was pasted: only escapes written out in
// full count (none put together by removing a control character between '%' and "5c"), only where
// they are escapes (a piece with '=', '&' or '?'; after a JSON string or object began), and never one
// whose digits start a secret-length hex run ("…=%3f9c8d…" keeps its "3f").
QString decodeEscapes(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool json = false; // a JSON string or object has begun: backslashes escape
    bool query = false; // the white-space-delimited piece holding `i` has '=', '&' or '?'
    qsizetype pieceEnd = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i >= pieceEnd) { // each piece is looked at once: a long paste must not cost the square of its length
            pieceEnd = i;
            while (pieceEnd < text.size() && !text.at(pieceEnd).isSpace())
                ++pieceEnd;
            const QStringView piece = QStringView(text).mid(i, pieceEnd - i);
            query = piece.contains(u'=') || piece.contains(u'&') || piece.contains(u'?');
            pieceEnd = std::max(pieceEnd, i + 1);
        }
        if (c == u'"' || c == u'{' || c == u'[')
            json = true;
        if (c == u'%' && isHexAt(text, i + 1) && isHexAt(text, i + 2)) {
            qsizetype run = i + 1;
            while (isHexAt(text, run))
                ++run;
            const bool startsValue = i == 0 || !isAsciiAlnum(text.at(i - 1));
            const bool hexRun = startsValue && run - (i + 1) >= 20;
            const QChar decoded = separatorFor(char16_t(QStringView(text).mid(i + 1, 2).toUShort(nullptr, 16)));
            if (query && !hexRun && !decoded.isNull()) {
                out.append(decoded);
                i += 2;
                continue;
            }
        } else if (c == u'\\' && json && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            QChar decoded;
            qsizetype length = 2;
            if (next == u'n' || next == u'r')
                decoded = u'\n';
            else if (next == u't' || next == u'b' || next == u'f' || next == u'\\')
                decoded = u' ';
            else if (next == u'"')
                decoded = u'"';
            else if (next == u'u' && isHexAt(text, i + 2) && isHexAt(text, i + 3) && isHexAt(text, i + 4)
                     && isHexAt(text, i + 5)) {
                decoded = separatorFor(char16_t(QStringView(text).mid(i + 2, 4).toUShort(nullptr, 16)));
                length = 6;
            }
            if (!decoded.isNull()) {
                out.append(decoded);
                i += length - 1;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

// Escapes decoded (see decodeEscapes), then white space becomes a plain space (line breaks '\n'),
// invisible format characters and control characters go, and compatibility forms (full-width digits
// and letters) become ordinary ones.
QString normalise(const QString &pasted, bool *wide, int *controls, int *invalid)
{
    const QString raw = decodeEscapes(withoutLoneSurrogates(pasted, invalid));
    QString text;
    text.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c.category() == QChar::Other_Format)
            continue; // soft hyphen, zero-width space and joiners, BOM, direction marks
        if (c == u'\r' && i + 1 < raw.size() && raw.at(i + 1) == u'\n')
            continue;
        if (c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == QChar(0x85) || c == QChar(0x2028)
            || c == QChar(0x2029)) {
            text.append(u'\n');
        } else if (c.isSpace()) {
            text.append(u' '); // also NBSP, U+202F, tabs
        } else if (c.category() == QChar::Other_Control) {
            ++*controls;
        } else {
            text.append(c);
        }
    }
    for (const char32_t cp : text.toUcs4()) {
        if (cp < 0x80 || QChar::decompositionTag(cp) == QChar::NoDecomposition
            || QChar::decompositionTag(cp) == QChar::Canonical)
            continue;
        const QString one = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_KC);
        if (allOf(one, isAsciiAlnum))
            *wide = true;
    }
    return text.normalized(QString::NormalizationForm_KC);
}

Shape classify(const QString &w, KeyKind key)
{
    if (looseTokenPattern().match(w).hasMatch())
        return Shape::Token;
    if (w.startsWith(QLatin1String("1000."))) {
        const QStringView rest = QStringView(w).mid(5);
        const bool ascii = allOf(rest, isAsciiAlnum);
        if (rest.size() == 30) {
            if (!ascii)
                return Shape::IdLookAlike;
            return clientIdPattern().match(w).hasMatch() ? Shape::Id : Shape::IdLowerCase;
        }
        if (rest.size() < 30 && ascii)
            return Shape::IdCutOff;
        return Shape::Other;
    }
    if (allOf(w, isHexDigit)) {
        // Only digits: a phone, order or record number, unless a label says it is the secret. (42 random
        // hex digits are all decimal about once in 400 million.)
        const bool hasLetter = std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
        return w.size() >= 20 && (hasLetter || key == KeyKind::Secret) ? Shape::Secret : Shape::Other;
    }
    if (w.size() >= 20) {
        // Hex digits with a few letters of other alphabets among them that look Latin (Cyrillic 'а',
        // 'о'): a secret that went through a "smart" font or a Cyrillic keyboard. Named, never sent.
        qsizetype foreignCount = 0;
        const bool looksHex = std::all_of(w.cbegin(), w.cend(), [&foreignCount](QChar c) {
            if (isHexDigit(c))
                return true;
            ++foreignCount;
            return !latinLookAlike(c).isNull();
        });
        const bool foreign = foreignCount > 0 && foreignCount <= 4;
        if (looksHex && foreign)
            return Shape::SecretLookAlike;
    }
    return Shape::Other;
}

// The label that points to the value starting at `start`: on the same line before it, or alone on
// the line above ("Client Secret:\n3f9c…").
void findKey(const QString &text, Word *word)
{
    const qsizetype lineStart = lineStartBefore(text, word->start);
    QString before = text.mid(lineStart, word->start - lineStart);
    if (!hasLetterOrNumber(before) && lineStart > 0 && text.at(lineStart - 1) == u'\n') {
        const qsizetype previousStart = lineStartBefore(text, lineStart - 1);
        before = text.mid(previousStart, lineStart - 1 - previousStart);
    }
    before = before.right(120); // a label is short; a long line must not make every word cost its length
    bool separator = false;
    static const QString trailing = QStringLiteral(" \n\"'`“”‘’„«»‹›:=-–—|>([{•*");
    while (!before.isEmpty() && trailing.contains(before.back())) {
        separator = separator || before.back() == u':' || before.back() == u'=';
        before.chop(1);
    }
    const QRegularExpressionMatch label = labelAtEndPattern().match(before);
    if (label.hasMatch()) {
        word->key = label.captured(1);
    } else if (separator) {
        static const QRegularExpression genericKey(QStringLiteral("(?<![\\p{L}\\p{N}_.-])[\\p{L}_.-]+(?: [\\p{L}_.-]+){0,2}$"));
        const QString key = genericKey.match(before).captured().trimmed();
        // Never quote a key that might hold part of a secret.
        static const QRegularExpression hexRun(QStringLiteral("[0-9a-fA-F]{6,}"));
        if (key.size() <= 30 && !hexRun.match(key).hasMatch())
            word->key = key;
    }
    if (word->key.isEmpty())
        word->keyKind = KeyKind::None;
    else if (word->key.contains(QLatin1String("secret"), Qt::CaseInsensitive))
        word->keyKind = KeyKind::Secret;
    else if (label.hasMatch())
        word->keyKind = KeyKind::ClientId;
    else
        word->keyKind = KeyKind::Other;
}

bool onlyBlankUntilLineEnd(const QString &text, qsizetype from)
{
    for (qsizetype i = from; i < text.size() && text.at(i) != u'\n'; ++i) {
        if (text.at(i).isLetterOrNumber())
            return false;
    }
    return true;
}

// A value broken over lines by a narrow window or an e-mail program: the first part ends its line and
// each further part is alone on the next. Joined only when the result has the exact shape.
void joinWrappedValues(const QString &text, QList<Word> *words)
{
    // "=" ends a line an e-mail program broke (quoted-printable); ">" quotes a reply.
    static const QRegularExpression lineBreak(QStringLiteral("^=?[ >]*\\n[ >]*$"));
    for (qsizetype i = 0; i < words->size(); ++i) {
        const Word &first = words->at(i);
        const bool idStart = first.text.startsWith(QLatin1String("1000.")) && first.text.size() < 35
            && allOf(QStringView(first.text).mid(5), isAsciiAlnum);
        const bool hexStart = !idStart && first.text.size() < CredentialParser::usualSecretLength && allOf(first.text, isHexDigit);
        if ((!idStart && !hexStart) || !onlyBlankUntilLineEnd(text, first.end))
            continue;
        const qsizetype longest = idStart ? 35 : CredentialParser::usualSecretLength;
        QString joined = first.text;
        qsizetype next = i + 1;
        while (next < words->size() && joined.size() < longest) {
            const Word &part = words->at(next);
            const QString gap = text.mid(words->at(next - 1).end, part.start - words->at(next - 1).end);
            if (!lineBreak.match(gap).hasMatch() || !onlyBlankUntilLineEnd(text, part.end)
                || !allOf(part.text, idStart ? isAsciiAlnum : isHexDigit) || joined.size() + part.text.size() > longest)
                break;
            joined += part.text;
            ++next;
        }
        const bool complete = idStart ? joined.size() == 35 : joined.size() >= 38;
        if (next == i + 1 || !complete)
            continue;
        Word merged = first;
        merged.text = joined;
        merged.end = words->at(next - 1).end;
        words->erase(words->begin() + i + 1, words->begin() + next);
        (*words)[i] = merged;
    }
}

// A secret with one space in it (a PDF, a chat that breaks long words): two hex runs side by side,
// each with letters in it, that together have a secret's length.
void joinSpacedSecret(const QString &text, QList<Word> *words)
{
    const auto hexWithLetter = [](const QString &w) {
        return w.size() >= 8 && allOf(w, isHexDigit) && std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
    };
    for (qsizetype i = 0; i + 1 < words->size(); ++i) {
        const Word &a = words->at(i);
        const Word &b = words->at(i + 1);
        const qsizetype length = a.text.size() + b.text.size();
        const QStringView gap = QStringView(text).mid(a.end, b.start - a.end);
        if (a.spacedParts > 0 || !hexWithLetter(a.text) || !hexWithLetter(b.text) || length < 38
            || length > CredentialParser::usualSecretLength || gap.isEmpty() || gap.size() > 2
            || !std::all_of(gap.begin(), gap.end(), [](QChar c) { return c == u' '; }))
            continue;
        Word merged = a;
        merged.text = a.text + b.text;
        merged.end = b.end;
        merged.spacedParts = 2;
        words->removeAt(i + 1);
        (*words)[i] = merged;
    }
}

Scan scan(const QString &raw)
{
    Scan s;
    s.text = normalise(raw, &s.wide, &s.controls, &s.invalid);
    for (auto it = wordPattern().globalMatch(s.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Word w;
        w.text = m.captured();
        w.start = m.capturedStart();
        w.end = m.capturedEnd();
        s.words.append(w);
    }
    joinWrappedValues(s.text, &s.words);
    joinSpacedSecret(s.text, &s.words);
    for (Word &w : s.words) {
        qsizetype from = w.start;
        while (from > 0 && !s.text.at(from - 1).isSpace())
            --from;
        qsizetype to = w.end;
        while (to < s.text.size() && !s.text.at(to).isSpace())
            ++to;
        const QStringView token = QStringView(s.text).mid(from, to - from);
        w.inAddress = token.contains(QLatin1String("://")) || token.startsWith(QLatin1String("www."), Qt::CaseInsensitive)
            || token.contains(u'@');
        findKey(s.text, &w);
        w.shape = classify(w.text, w.keyKind);
    }
    return s;
}

// The text without white space, quotes and labels, as one value: for what has no known shape (an
// address, a client name, a secret with letters typed wrong).
QString leftOver(const QString &normalised, int *pieceCount, int *joinedCount)
{
    QString text = normalised;
    text.replace(labelPattern(), QStringLiteral(" "));
    QStringList pieces;
    static const QRegularExpression separators(QStringLiteral("[\\s,;|]+"));
    for (QString piece : text.split(separators, Qt::SkipEmptyParts)) {
        // The escape characters go (a value never holds one): joined pieces ("…%" and "3f…") must never
        // spell an escape that reading the value again would decode.
        piece.remove(u'%');
        piece.remove(u'\\');
        while (!piece.isEmpty() && (isQuote(piece.front()) || piece.front() == u'(' || piece.front() == u'<'))
            piece.remove(0, 1);
        while (!piece.isEmpty()
               && (isQuote(piece.back()) || piece.back() == u')' || piece.back() == u'>' || piece.back() == u'.'
                   || piece.back() == u':')) {
            piece.chop(1);
        }
        // A piece with no letter or digit is a bullet or a dash between label and value ("• ", " - ").
        if (hasLetterOrNumber(piece))
            pieces.append(piece);
    }
    // Words around a value ("Here is the secret: …") are prose: Zoho's values have no small letters
    // beyond a–f. Dropped as long as something else remains.
    *pieceCount = int(pieces.size());
    static const QRegularExpression prose(QStringLiteral("[g-z]"));
    QStringList values;
    for (const QString &piece : std::as_const(pieces)) {
        if (!prose.match(piece).hasMatch())
            values.append(piece);
    }
    if (!values.isEmpty())
        pieces = values;
    *joinedCount = int(pieces.size());
    return pieces.join(QString());
}

enum class FieldKind { ClientId, Secret };

struct Choice
{
    const Word *word = nullptr;
    QStringList distinct; // every different value of this kind
};

Choice chooseId(const Scan &s)
{
    Choice c;
    for (const Word &w : s.words) {
        if (!isIdShape(w.shape) || c.distinct.contains(w.text))
            continue;
        c.distinct.append(w.text);
        // A proper one wins over one with small letters or look-alikes, which may be a bad copy of it.
        if (!c.word || (w.shape == Shape::Id && c.word->shape != Shape::Id))
            c.word = &w;
    }
    return c;
}

Choice chooseSecret(const Scan &s)
{
    // What a "secret" label points to first; then values without a label outside web addresses; values
    // in an address or under another label ("Customer ID:", "Fingerprint:") last.
    const auto group = [](const Word &w) {
        return w.keyKind == KeyKind::Secret ? 0 : w.keyKind == KeyKind::None && !w.inAddress ? 1 : 2;
    };
    for (int rank = 0; rank < 3; ++rank) {
        Choice c;
        for (const Word &w : s.words) {
            if (!isSecretShape(w.shape) || group(w) != rank || c.distinct.contains(w.text))
                continue;
            c.distinct.append(w.text);
            if (!c.word)
                c.word = &w;
        }
        if (c.word)
            return c;
    }
    return {};
}

const Word *firstOf(const Scan &s, Shape shape)
{
    for (const Word &w : s.words) {
        if (w.shape == shape)
            return &w;
    }
    return nullptr;
}

// What one field gives.
struct Pick
{
    QString value;
    const Word *word = nullptr; // null: the left-over text
    QStringList rivals;         // other values of the same kind
    int pieces = 0;             // for the left-over text: pieces of text the field held
    int joined = 0;             // and how many of them make the value
};

Pick pick(const Scan &s, FieldKind kind)
{
    const Choice id = chooseId(s);
    const Choice secret = chooseSecret(s);
    const Word *cutOff = firstOf(s, Shape::IdCutOff);
    const Word *token = firstOf(s, Shape::Token);
    Pick p;
    const auto take = [&p, kind](const Word *w, const QStringList &distinct = {}) {
        p.word = w;
        p.value = w->text;
        // Rivals only of the field's own kind: secrets are never listed, not even masked.
        if (kind == FieldKind::ClientId ? isIdShape(w->shape) : isSecretShape(w->shape))
            p.rivals = distinct;
        return true;
    };
    const bool found = kind == FieldKind::ClientId
        ? (id.word && take(id.word, id.distinct)) || (cutOff && take(cutOff)) || (token && take(token))
            || (secret.word && take(secret.word, secret.distinct))
        : (secret.word && take(secret.word, secret.distinct)) || (token && take(token))
            || (id.word && take(id.word, id.distinct)) || (cutOff && take(cutOff));
    if (found)
        return p;
    // No known shape: what the field's own label points to, if it could be a value at all (a secret
    // with 'o' typed for '0'); else the text without labels and prose.
    const KeyKind own = kind == FieldKind::ClientId ? KeyKind::ClientId : KeyKind::Secret;
    for (const Word &w : s.words) {
        const bool hasDigit = std::any_of(w.text.cbegin(), w.text.cend(), [](QChar c) { return c.isDigit(); });
        if (w.keyKind == own && w.shape == Shape::Other && w.text.size() >= 16 && hasDigit) {
            p.word = &w;
            p.value = w.text;
            return p;
        }
    }
    p.value = leftOver(s.text, &p.pieces, &p.joined);
    return p;
}

// Reading the value again gives the value: what makes the cleaning stable. Values found by shape are
// stable at once; the left-over text may take another round (pieces joined can form a new shape).
QString settle(QString value, FieldKind kind)
{
    for (int round = 0; round < 16; ++round) {
        const QString again = pick(scan(value), kind).value;
        if (again == value)
            break;
        value = again;
    }
    return value;
}

bool isLabelWord(const QString &word)
{
    static const QStringList words = {
        QStringLiteral("client"), QStringLiteral("id"), QStringLiteral("secret"), QStringLiteral("zoho"),
        QStringLiteral("clientid"), QStringLiteral("clientsecret"), QStringLiteral("zohoclientid"),
        QStringLiteral("zohoclientsecret"), QStringLiteral("key"), QStringLiteral("export"),
    };
    return words.contains(word.toLower());
}

// Whether the field held words beyond its values and their labels: then the customer is told which
// value was taken, so they can check it.
bool leftSomethingOut(const Scan &s, const QStringList &taken)
{
    // "1." or "a)" at the start of a line numbers a list: nothing to tell.
    const auto isListMarker = [&s](const Word &w) {
        const qsizetype lineStart = lineStartBefore(s.text, w.start);
        return w.text.size() <= 2 && QStringView(s.text).mid(lineStart, w.start - lineStart).trimmed().isEmpty()
            && w.end < s.text.size() && (s.text.at(w.end) == u'.' || s.text.at(w.end) == u')');
    };
    return std::any_of(s.words.cbegin(), s.words.cend(), [&](const Word &w) {
        return !taken.contains(w.text) && !isLabelWord(w.text) && !isListMarker(w);
    });
}

QString usedNote(const Word &w, bool asSecret)
{
    // Only a Client ID is ever shown, and then masked; anything else is described by its length.
    if (!asSecret && isIdShape(w.shape)) {
        const QString masked = Credentials::maskClientId(w.text);
        return w.key.isEmpty()
            //: %1 is a Client ID with its middle hidden.
            ? CredentialParser::tr("Used the Client ID %1; the rest was left out.").arg(masked)
            //: %1 is a Client ID with its middle hidden, %2 the label it followed, such as "Client ID".
            : CredentialParser::tr("Used the Client ID %1 after '%2'.").arg(masked, w.key);
    }
    if (!asSecret) {
        return w.key.isEmpty()
            ? CredentialParser::tr("Used the %1-character value as the Client ID; the rest was left out.").arg(w.text.size())
            //: %1 is a number of characters, %2 the label it followed, such as "Client ID".
            : CredentialParser::tr("Used the %1-character value after '%2' as the Client ID.").arg(w.text.size()).arg(w.key);
    }
    if (w.keyKind == KeyKind::Secret) {
        //: %1 is a number of characters, %2 the label it followed, such as "Client Secret".
        return CredentialParser::tr("Used the %1-character value after '%2'.").arg(w.text.size()).arg(w.key);
    }
    return w.key.isEmpty()
        ? CredentialParser::tr("Used the %1-character value that looks like a Client Secret; the rest was left out.")
              .arg(w.text.size())
        //: %1 is a number of characters, %2 the label it followed, such as "Password".
        : CredentialParser::tr("Used the %1-character value after '%2' as the Client Secret.").arg(w.text.size()).arg(w.key);
}

// The notes a field's reading gives: what was taken when there was a choice, what was changed.
// `taken` pairs each value taken from the field with whether it serves as the secret.
void noteReading(const Scan &s, const QList<std::pair<const Word *, bool>> &taken, const Pick *leftOverPick,
                 QStringList *notes, bool pair = false)
{
    QStringList texts;
    for (const auto &[w, asSecret] : taken)
        texts.append(w->text);
    const bool choseFromMore = leftSomethingOut(s, texts);
    for (const auto &[w, asSecret] : taken) {
        if (w->shape == Shape::Token || w->shape == Shape::IdCutOff)
            continue; // its own message says what it is
        if ((isIdShape(w->shape) && chooseId(s).distinct.size() > 1)
            || (isSecretShape(w->shape) && chooseSecret(s).distinct.size() > 1))
            continue; // nothing was taken: the message asks for one value
        // Labels that contradict the shapes of a pair ("Client ID: <secret>") are worth a look. In a
        // field of its own, the field's message (or the swap) says so already.
        const bool labelDisagrees = pair
            && ((asSecret && w->keyKind == KeyKind::ClientId) || (!asSecret && w->keyKind == KeyKind::Secret));
        if (choseFromMore || labelDisagrees)
            notes->append(usedNote(*w, asSecret));
    }
    for (const auto &[w, asSecret] : taken) {
        if (w->spacedParts > 1) {
            notes->append(CredentialParser::tr("Joined %1 pieces of text into one value of %2 characters.")
                              .arg(w->spacedParts)
                              .arg(w->text.size()));
        }
    }
    if (leftOverPick && leftOverPick->joined > 1) {
        notes->append(CredentialParser::tr("Joined %1 pieces of text into one value of %2 characters.")
                          .arg(leftOverPick->joined)
                          .arg(leftOverPick->value.size()));
    }
    if (s.wide)
        notes->append(CredentialParser::tr("Wide (full-width) letters or digits were changed into ordinary ones."));
    if (s.controls > 0)
        notes->append(CredentialParser::tr("Removed %n invisible control character(s).", nullptr, s.controls));
    if (s.invalid > 0)
        notes->append(CredentialParser::tr("Removed %n broken character(s) that are not text.", nullptr, s.invalid));
}

// ---------------------------------------------------------------------------------------------------
// Judging each value

CredentialParser::FieldResult assessClientId(const QString &value, const QStringList &rivals)
{
    CredentialParser::FieldResult r;
    r.value = value;
    if (value.isEmpty()) {
        r.finding = Finding::Empty;
        return r;
    }
    r.severity = Severity::Error;
    const QStringView rest = QStringView(value).mid(5);
    if (rivals.size() > 1) {
        QStringList masked;
        for (const QString &id : rivals)
            masked.append(Credentials::maskClientId(id));
        r.finding = Finding::ClientIdSeveral;
        //: %1 is a number (2 or more), %2 the Client IDs with their middles hidden.
        r.message = CredentialParser::tr("This holds %1 different Client IDs: %2. Paste only the one of the client "
                                         "you made for Optiply.")
                        .arg(rivals.size())
                        .arg(masked.join(QStringLiteral(", ")));
    } else if (CredentialParser::looksLikeClientId(value)) {
        r.finding = Finding::Ok;
        r.severity = Severity::None;
    } else if (looseTokenPattern().match(value).hasMatch()) {
        r.finding = Finding::ClientIdIsToken;
        r.message = CredentialParser::tr("This is a temporary pass that Zoho made for one sign-in, not the Client ID. "
                       "Copy the Client ID from the Client Secret tab of your client in the API Console.");
    } else if (value.startsWith(QLatin1String("1000.")) && value.size() < CredentialParser::clientIdLength
               && (rest.isEmpty() || allOf(rest, isAsciiAlnum))) {
        r.finding = Finding::ClientIdTruncated;
        r.message = CredentialParser::tr("This Client ID looks cut off: it has %1 of its %2 characters. Copy it again, all of it.")
                        .arg(value.size())
                        .arg(CredentialParser::clientIdLength);
    } else if (clientIdPattern().match(value.toUpper()).hasMatch()) {
        // Zoho's own id_token example has a lower-case Client ID: ask to look, do not block.
        r.finding = Finding::ClientIdLowerCase;
        r.severity = Severity::Warning;
        r.message = CredentialParser::tr("Zoho's Client IDs usually have capital letters only, but this one has small "
                                         "letters. If you typed it, copy it from Zoho instead.");
    } else if (value.startsWith(QLatin1String("1000.")) && rest.size() == 30 && !firstForeign(rest).isNull()) {
        r.finding = Finding::ClientIdLookAlike;
        r.message = describeForeign(firstForeign(rest), false);
    } else if (CredentialParser::looksLikeSecret(value) || classify(value, KeyKind::None) == Shape::SecretLookAlike) {
        r.finding = Finding::ClientIdIsSecret;
        r.message = CredentialParser::tr("This looks like the Client Secret, not the Client ID.");
    } else {
        r.finding = Finding::ClientIdNotRecognised;
        r.message = CredentialParser::tr("This is not a Zoho Client ID. A Client ID starts with \"1000.\" and has %1 characters, "
                       "such as 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.")
                        .arg(CredentialParser::clientIdLength);
    }
    return r;
}

CredentialParser::FieldResult assessSecret(const QString &value, const QStringList &rivals, int pieces)
{
    CredentialParser::FieldResult r;
    r.value = value;
    if (value.isEmpty()) {
        r.finding = Finding::Empty;
        return r;
    }
    const bool isHex = allOf(value, isHexDigit);
    if (CredentialParser::looksLikeClientId(value) || clientIdPattern().match(value.toUpper()).hasMatch()) {
        r.finding = Finding::SecretIsClientId;
        r.severity = Severity::Error;
        r.message = CredentialParser::tr("This is a Client ID, not the Client Secret. The secret is the other value on Zoho's "
                       "Client Secret tab.");
    } else if (looseTokenPattern().match(value).hasMatch()) {
        r.finding = Finding::SecretIsToken;
        r.severity = Severity::Error;
        r.message = CredentialParser::tr("This is a temporary pass that Zoho made for one sign-in, not the Client Secret. "
                       "Copy the Client Secret from the Client Secret tab of your client in the API Console.");
    } else if (rivals.size() > 1) {
        r.finding = Finding::SecretSeveral;
        r.severity = Severity::Error;
        //: %1 is a number, 2 or more.
        r.message = CredentialParser::tr("This holds %1 different values that could be the Client Secret. Paste only "
                                         "the one from Zoho's Client Secret tab.")
                        .arg(rivals.size());
    } else if (!firstForeign(value).isNull()) {
        r.finding = Finding::SecretLookAlike;
        r.severity = Severity::Error;
        r.message = describeForeign(firstForeign(value), true);
    } else if (const qsizetype lead = std::find_if(value.cbegin(), value.cend(), [](QChar c) { return !isHexDigit(c); })
                                      - value.cbegin();
               !isHex && lead >= 38) {
        r.finding = Finding::SecretUnclear;
        r.severity = Severity::Error;
        //: %1 and %2 are numbers of characters.
        r.message = CredentialParser::tr("Something is stuck to the end of this secret: %1 more characters after %2 "
                                         "hex digits. Copy only the secret from Zoho's Client Secret tab.")
                        .arg(value.size() - lead)
                        .arg(lead);
    } else if (!isHex && pieces > 1) {
        r.finding = Finding::SecretUnclear;
        r.severity = Severity::Error;
        r.message = CredentialParser::tr("This holds several pieces of text and none looks like a Client Secret. "
                                         "Paste only the secret from Zoho's Client Secret tab.");
    } else if (!isHex) {
        r.finding = Finding::SecretNotHex;
        r.severity = Severity::Warning;
        r.message = CredentialParser::tr("Zoho's secrets are made of the digits 0–9 and the letters a–f, but this one has other "
                       "characters. Check that you copied the Client Secret.");
    } else if (value.size() < CredentialParser::shortestKnownSecretLength) {
        r.finding = Finding::SecretTooShort;
        r.severity = Severity::Warning;
        r.message = CredentialParser::tr("This secret is shorter than usual (%1 characters; Zoho's have %2). It may be cut off.")
                        .arg(value.size())
                        .arg(CredentialParser::usualSecretLength);
    } else if (value.size() > CredentialParser::usualSecretLength) {
        r.finding = Finding::SecretTooLong;
        r.severity = Severity::Warning;
        r.message = CredentialParser::tr("This secret is longer than usual (%1 characters; Zoho's have %2). Check that nothing "
                       "extra was copied with it.")
                        .arg(value.size())
                        .arg(CredentialParser::usualSecretLength);
    } else if (value != value.toLower()) {
        r.finding = Finding::SecretUpperCase;
        r.severity = Severity::Warning;
        r.message = CredentialParser::tr("Zoho's secrets use small letters, but this one has capitals. Copy it again instead of "
                       "typing it.");
    } else {
        r.finding = Finding::Ok;
    }
    return r;
}

// Dots or stars in place of a secret: copied while Zoho (or a password manager) kept it hidden.
bool looksHidden(QString text)
{
    text.replace(labelPattern(), QStringLiteral(" "));
    static const QString dots = QStringLiteral("•●∙⋅·◦*");
    const auto count = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return dots.contains(c); });
    return count >= 4 && !hasLetterOrNumber(text);
}

} // namespace

bool CredentialParser::Result::isUsable() const
{
    return !clientId.value.isEmpty() && !clientSecret.value.isEmpty() && clientId.severity != Severity::Error
        && clientSecret.severity != Severity::Error;
}

QString CredentialParser::clean(const QString &raw)
{
    return settle(pick(scan(raw), FieldKind::ClientId).value, FieldKind::ClientId);
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
    const Scan idScan = scan(clientIdInput);
    const Scan secretScan = scan(secretInput);
    const Pick idPick = pick(idScan, FieldKind::ClientId);
    const Pick secretPick = pick(secretScan, FieldKind::Secret);

    QString id = idPick.value;
    QString secret = secretPick.value;
    QStringList idRivals = idPick.rivals;
    QStringList secretRivals = secretPick.rivals;
    int idPieces = idPick.pieces;
    int secretPieces = secretPick.pieces;
    QStringList notes;

    // Both values pasted into one field: take them apart. That paste is the deliberate, complete one,
    // so it wins over what the other field held; the note says so when the other held another value.
    const auto pairIn = [](const Scan &s) {
        const Choice pairId = chooseId(s);
        const Choice pairSecret = chooseSecret(s);
        const Word *idWord = pairId.word ? pairId.word : firstOf(s, Shape::IdCutOff);
        return std::make_pair(idWord, pairSecret.word ? std::make_optional(pairSecret) : std::nullopt);
    };
    const auto takePair = [&](const Scan &s, const Scan &otherScan, FieldKind otherKind) {
        const auto [idWord, pairSecret] = pairIn(s);
        const Choice pairId = chooseId(s);
        id = idWord->text;
        secret = pairSecret->word->text;
        idRivals = pairId.distinct;
        secretRivals = pairSecret->distinct;
        idPieces = secretPieces = 0;
        result.splitFromOneField = true;
        const Pick other = pick(otherScan, otherKind);
        const Pick otherAsPair = pick(otherScan, otherKind == FieldKind::ClientId ? FieldKind::Secret : FieldKind::ClientId);
        const bool otherDiffers = other.word && other.value != id && other.value != secret
            && !(otherAsPair.word && (otherAsPair.value == id || otherAsPair.value == secret));
        if (otherDiffers)
            notes.append(tr("The other field held a different value; the pair pasted together replaced it."));
        noteReading(s, {{idWord, false}, {pairSecret->word, true}}, nullptr, &notes, true);
    };
    if (const auto [w, sec] = pairIn(idScan); w && sec)
        takePair(idScan, secretScan, FieldKind::Secret);
    else if (const auto [w2, sec2] = pairIn(secretScan); w2 && sec2)
        takePair(secretScan, idScan, FieldKind::ClientId);

    if (result.splitFromOneField) {
        notes.prepend(tr("Both values were pasted together; they have been taken apart."));
    } else {
        using Taken = QList<std::pair<const Word *, bool>>;
        if (!id.isEmpty())
            // A value in the wrong field is described as what it is: it may yet be swapped into place.
            noteReading(idScan, idPick.word ? Taken{{idPick.word, isSecretShape(idPick.word->shape)}} : Taken{},
                        idPick.word ? nullptr : &idPick, &notes);
        if (!secret.isEmpty()) {
            noteReading(secretScan, secretPick.word ? Taken{{secretPick.word, !isIdShape(secretPick.word->shape)}} : Taken{},
                        secretPick.word ? nullptr : &secretPick, &notes);
        }
    }
    id = settle(id, FieldKind::ClientId);
    secret = settle(secret, FieldKind::Secret);

    const bool swappedShape = !id.isEmpty() && !secret.isEmpty() && !looksLikeClientId(id) && looksLikeSecret(id)
        && looksLikeClientId(secret);
    if (swappedShape) {
        if (policy == SwapPolicy::AutoSwap) {
            std::swap(id, secret);
            std::swap(idRivals, secretRivals);
            std::swap(idPieces, secretPieces);
            result.swapped = true;
            notes.append(tr("The Client ID and the Client Secret were the wrong way round; they have been swapped."));
        } else {
            result.looksSwapped = true;
        }
    }

    result.clientId = assessClientId(id, idRivals);
    result.clientSecret = assessSecret(secret, secretRivals, secretPieces);
    if (secret.isEmpty() && !result.splitFromOneField && looksHidden(secretScan.text)) {
        result.clientSecret.finding = Finding::SecretHidden;
        result.clientSecret.severity = Severity::Error;
        result.clientSecret.message = tr("These are the dots Zoho shows while the secret is hidden. On Zoho's Client "
                                         "Secret tab, show the secret first, then copy it.");
    }
    if (result.looksSwapped) {
        result.clientId.message = tr("This looks like the Client Secret, and the secret field holds the Client ID: "
                                     "the two seem swapped.");
    }
    notes.removeDuplicates();
    result.notes = notes;
    return result;
}
