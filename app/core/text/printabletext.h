#pragma once

#include <QString>

// Text that came from the network (Zoho's error codes and descriptions, an account's e-mail
// address, a server's header, a certificate's name, an error string) made safe to show in a label,
// on a terminal or in a chat: no character that could move the cursor, recolour the screen, hide
// text or reorder what follows. The one place that decides which characters are safe.
namespace PrintableText {

// What becomes of a character that is not safe to show: control characters (C0, DEL, C1, so ESC,
// BEL, CR, LF), format characters (bidirectional overrides and isolates, zero-width ones),
// surrogates without their pair, private-use and unassigned code points, line and paragraph
// separators.
enum class Unsafe {
    // A space; then runs of white space become one and both ends are trimmed. For what a customer
    // reads: a verdict's detail, an account's name.
    Blank,
    // "\xNN" (below U+0100) or "\u{NNNN}"; nothing else changes. For what support reads, where what
    // exactly came matters.
    Escape,
};

// The longest piece of network text kept by default: an error code, an e-mail address, a sentence.
inline constexpr qsizetype defaultMaxLength = 200;

// `text` made safe to show. When longer than `maxLength` characters (0: no limit) it is cut, with an
// ellipsis as its last character, never inside a surrogate pair or an escape.
QString fromNetwork(const QString &text, Unsafe unsafe, qsizetype maxLength = defaultMaxLength);

// Whether a code point is safe to show as it is.
bool isSafe(char32_t codePoint);

} // namespace PrintableText
