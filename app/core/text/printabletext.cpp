#include "printabletext.h"

#include <QList>

namespace {

const QChar ellipsis(0x2026);

QString escaped(char32_t codePoint)
{
    if (codePoint < 0x100)
        return QStringLiteral("\\x%1").arg(uint(codePoint), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u{%1}").arg(uint(codePoint), 4, 16, QLatin1Char('0'));
}

} // namespace

bool PrintableText::isSafe(char32_t codePoint)
{
    // QChar::isPrint() is false for the Other_* categories: controls, format characters (the bidi
    // embeddings, overrides, isolates and marks among them), surrogates, private use, unassigned.
    // Line and paragraph separators are printable to Unicode but break a line as LF does.
    return QChar::isPrint(codePoint) && codePoint != 0x2028 && codePoint != 0x2029;
}

QString PrintableText::fromNetwork(const QString &text, Unsafe unsafe, qsizetype maxLength)
{
    const bool limited = maxLength > 0;
    // Where each piece (one code point, or its escape) ends in `out`, so that a cut falls between
    // pieces: never inside a surrogate pair or an escape.
    QList<qsizetype> ends;
    QString out;
    // Blanks shrink when runs of them become one, so Blank reads on a little past the limit; a huge
    // input is never copied whole.
    const qsizetype readLimit = unsafe == Unsafe::Blank ? 2 * maxLength + 2 : maxLength + 1;
    bool more = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (limited && out.size() >= readLimit) {
            more = true;
            break;
        }
        const QChar c = text.at(i);
        const bool pair = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t codePoint = pair ? QChar::surrogateToUcs4(c, text.at(i + 1)) : char32_t(c.unicode());
        if (isSafe(codePoint))
            out += pair ? text.mid(i, 2) : QString(c);
        else
            out += unsafe == Unsafe::Blank ? QStringLiteral(" ") : escaped(codePoint);
        if (pair)
            ++i;
        ends.append(out.size());
    }
    if (unsafe == Unsafe::Blank) {
        out = out.simplified();
        // simplified() moved the ends; the only cut left to avoid is inside a surrogate pair.
        ends.clear();
    }
    if (!limited || (!more && out.size() <= maxLength))
        return out;

    qsizetype keep = maxLength - 1;
    if (unsafe == Unsafe::Escape) {
        qsizetype fits = 0;
        for (const qsizetype end : std::as_const(ends)) {
            if (end > keep)
                break;
            fits = end;
        }
        keep = fits;
    } else if (keep > 0 && keep < out.size() && out.at(keep - 1).isHighSurrogate()) {
        --keep;
    }
    out.truncate(keep);
    if (unsafe == Unsafe::Blank)
        out = out.trimmed();
    return out + ellipsis;
}
