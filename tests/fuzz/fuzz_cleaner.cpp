// Fuzz target for the paste cleaner: CredentialParser::clean() and CredentialParser::parse().
//
// Input: the bytes of a paste in UTF-8, as a customer's clipboard would hold it. Bytes that start
// with FF FE are UTF-16LE code units instead, so lone surrogates and every other code unit a
// clipboard can deliver are reachable too. A NUL splits the input into the Client ID field and the
// secret field (the wizard cleans each field on its own); without a NUL, the whole input is tried
// alone in each field.
//
// Invariants (each broken one aborts, which libFuzzer reports as a crash with the input saved):
//   - nothing crashes, and ASan/UBSan see nothing;
//   - clean(clean(x)) == clean(x), and clean() leaves no white space, control or format characters;
//   - every value parse() yields has no white space, control or format characters, and each of its
//     characters occurs in the input, in its compatibility normalisation (NFKC), or in what its
//     percent and JSON escapes stand for.
#include "credentialparser.h"

#include <QString>

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &input, const QString &output)
{
    std::fprintf(stderr, "fuzz_cleaner: %s\n  input:  %s\n  output: %s\n", what,
                 qPrintable(QString::fromLatin1(input.toUtf8().toPercentEncoding())),
                 qPrintable(QString::fromLatin1(output.toUtf8().toPercentEncoding())));
    std::abort();
}

bool isDisallowed(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

void checkClean(const QString &input)
{
    const QString once = CredentialParser::clean(input);
    for (QChar c : once) {
        if (isDisallowed(c))
            fail("clean() left white space, a control or a format character", input, once);
    }
    const QString twice = CredentialParser::clean(once);
    if (twice != once)
        fail("clean() is not idempotent: clean(clean(x)) != clean(x)", once, twice);
}

void checkValue(const QString &value, const QString &inputs, const QString &normalisedInputs)
{
    for (QChar c : value) {
        if (isDisallowed(c))
            fail("parse() yielded white space, a control or a format character", inputs, value);
        // Joining pieces and normalising afterwards may compose a letter with a mark that came
        // from elsewhere in the input ("c" + "\u02D9" gives "\u010B"): compare decomposed.
        if (!inputs.contains(c) && !normalisedInputs.contains(c)) {
            for (QChar part : QString(c).normalized(QString::NormalizationForm_KD)) {
                if (!normalisedInputs.contains(part))
                    fail("parse() yielded a character that is not in the input", inputs, value);
            }
        }
    }
}

bool isHexAt(const QString &text, qsizetype i)
{
    return i < text.size() && std::isxdigit(static_cast<unsigned char>(text.at(i).toLatin1()))
        && text.at(i).unicode() < 0x80;
}

// What every well-formed escape of the input stands for, wherever it is: a percent escape "%2E" (two
// hex digits) and a JSON escape "\\u002e" (four). A superset of what the cleaner decodes (it decodes
// only in context); read without regular expressions, which fail on a lone surrogate, and with a
// check of every digit (QUrl::fromPercentEncoding takes the two characters after any '%', so one
// stray '%' shifts it off every escape after it).
QString escapedCharacters(const QString &inputs)
{
    QString found;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (inputs.at(i) == u'%' && isHexAt(inputs, i + 1) && isHexAt(inputs, i + 2))
            found += QChar(char16_t(QStringView(inputs).mid(i + 1, 2).toUShort(nullptr, 16)));
        if (inputs.at(i) == u'\\' && i + 1 < inputs.size() && inputs.at(i + 1) == u'u' && isHexAt(inputs, i + 2)
            && isHexAt(inputs, i + 3) && isHexAt(inputs, i + 4) && isHexAt(inputs, i + 5))
            found += QChar(char16_t(QStringView(inputs).mid(i + 2, 4).toUShort(nullptr, 16)));
    }
    return found;
}

// The input as the cleaner may read it: compatibility-normalised (full-width digits), with percent
// escapes ("%2E") and JSON escapes ("\\u002e") decoded. A value's characters must all come from here.
QString normalisedForms(const QString &inputs)
{
    const QString all = inputs + escapedCharacters(inputs);
    return all.normalized(QString::NormalizationForm_KC) + all.normalized(QString::NormalizationForm_KD);
}

void checkParse(const QString &idInput, const QString &secretInput)
{
    const QString inputs = idInput + secretInput;
    const QString normalised = normalisedForms(inputs);
    for (auto policy : {CredentialParser::SwapPolicy::Detect, CredentialParser::SwapPolicy::AutoSwap}) {
        const CredentialParser::Result result = CredentialParser::parse(idInput, secretInput, policy);
        checkValue(result.clientId.value, inputs, normalised);
        checkValue(result.clientSecret.value, inputs, normalised);
        // Only reading them: a usable result, its messages and notes must not crash either.
        (void)result.isUsable();
        (void)result.notes.join(QString()).size();
    }
}

QString decode(const uint8_t *data, size_t size)
{
    if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
        QString text;
        for (size_t i = 2; i + 1 < size; i += 2)
            text.append(QChar(char16_t(data[i] | (data[i + 1] << 8))));
        return text;
    }
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Pastes are short; a longer input only slows the search down.
    if (size > 4096)
        return -1;
    const QString input = decode(data, size);
    const qsizetype nul = input.indexOf(QChar(u'\0'));
    if (nul >= 0) {
        const QString idField = input.left(nul);
        const QString secretField = input.mid(nul + 1);
        checkClean(idField);
        checkClean(secretField);
        checkParse(idField, secretField);
    } else {
        checkClean(input);
        checkParse(input, QString());
        checkParse(QString(), input);
    }
    return 0;
}
