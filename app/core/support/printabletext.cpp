#include "printabletext.h"

#include <QList>

namespace {
bool isUnsafe(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return true;
    // Bidirectional embeddings, overrides and isolates can make a line read differently than it is.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
        || c == 0x061c;
}
} // namespace

QString PrintableText::fromNetwork(const QString &text, qsizetype maxLength)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (maxLength > 0 && out.size() >= maxLength) {
            out.append(QStringLiteral("…"));
            break;
        }
        if (!isUnsafe(c))
            out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
        else if (c < 0x100)
            out.append(QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0')));
        else
            out.append(QStringLiteral("\\u{%1}").arg(c, 4, 16, QLatin1Char('0')));
    }
    return out;
}
