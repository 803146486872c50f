#pragma once

// Shared by the fuzz targets: what "safe to show" means for text that came from the network.

#include <QString>

#include <cstdio>
#include <cstdlib>

namespace fuzz {

// Says which invariant broke, with the start of the text concerned, and aborts: libFuzzer then
// saves the input as a crash.
[[noreturn]] inline void fail(const char *target, const char *what, const QString &text)
{
    const QByteArray shown = text.left(300).toUtf8().toPercentEncoding();
    std::fprintf(stderr, "%s: %s\n  text (%lld characters): %s%s\n", target, what, static_cast<long long>(text.size()),
                 shown.constData(), text.size() > 300 ? "..." : "");
    std::abort();
}

// No control or format (bidi) character, no line break, no unpaired surrogate: nothing that could
// move a terminal's cursor, reorder a label, or start a new log line.
inline bool isShowable(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
            continue;
        }
        if (c.isLowSurrogate())
            return false;
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return false;
    }
    return true;
}

} // namespace fuzz
