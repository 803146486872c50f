#include "concealedpasteboardtype.h"

// Windows and Linux take SecretClipboard's markers as plain MIME types; there is nothing to teach Qt.
void Platform::registerConcealedPasteboardType(const QString &)
{
}
