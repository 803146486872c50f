#pragma once

class QString;

namespace Platform {

// macOS: clipboard histories leave out a copy that carries the pasteboard type
// org.nspasteboard.ConcealedType (nspasteboard.org), but Qt puts an unknown MIME type on the
// pasteboard as "com.trolltech.anymime.<mime>", never as a raw type. This teaches Qt to write the
// given MIME type as that raw type. Call it after the application object exists; repeated calls do
// nothing more. On other systems it does nothing: their markers are plain MIME types.
void registerConcealedPasteboardType(const QString &mime);

} // namespace Platform
