#pragma once

#include <QString>

// Text that came from the network (a server's header, a certificate's name, an error string) made
// safe to print on a terminal or paste into a chat: no control characters that could move the
// cursor, recolour the screen or reorder what follows.
namespace PrintableText {

// Control characters (C0, DEL, C1) and Unicode's direction overrides become "\xNN" / "\u{NNNN}"
// escapes; `maxLength` > 0 also cuts the text there with "…".
QString fromNetwork(const QString &text, qsizetype maxLength = 0);

} // namespace PrintableText
