#include "secretclipboard.h"

#include "platform/concealedpasteboardtype.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>
#include <QtEndian>

#include <utility>


using namespace Qt::StringLiterals;

namespace {

// The markers, one per platform. Each is set on every platform: a name the platform does not know is
// just one more format nobody reads, and the same data everywhere is what the tests can check.
//
// Linux (X11 and Wayland): KDE's Klipper, CopyQ and wl-clipboard based histories skip an offer that
// carries the target x-kde-passwordManagerHint with the value "secret". Qt offers a MIME type under
// its own name there.
const QString kdePasswordManagerHint = u"x-kde-passwordManagerHint"_s;

// Windows 10 1809+, "Cloud Clipboard and Clipboard History Formats" in Microsoft's clipboard-formats
// documentation: ExcludeClipboardContentFromMonitorProcessing (any data) keeps the copy out of the
// history, the cloud clipboard and monitoring clipboard managers; the two "Can…" formats with a
// DWORD 0 say the same to history and cloud on their own. Qt's Windows plugin registers a MIME type it
// has no converter for as a clipboard format of exactly that name (QLastResortMimes::formatsForMime()
// -> RegisterClipboardFormat(mimeType)), so the bare names are the spelling to write. The
// "application/x-qt-windows-mime;value=\"…\"" form is only decoded when reading: written, it would
// register a format with that whole string as its name, which Windows does not look for.
const QString windowsExcludeFromMonitoring = u"ExcludeClipboardContentFromMonitorProcessing"_s;
const QString windowsCanIncludeInHistory = u"CanIncludeInClipboardHistory"_s;
const QString windowsCanUploadToCloud = u"CanUploadToCloudClipboard"_s;

// macOS: pasteboard histories honour the type org.nspasteboard.ConcealedType (nspasteboard.org).
// Qt names an unknown MIME type "com.trolltech.anymime.<mime>" on the pasteboard, never a raw type,
// so a converter of its own (platform/concealedpasteboardtype_mac.cpp) maps this MIME type to the real one.
const QString macConcealedMime = u"application/x-nspasteboard-concealed-type"_s;

QByteArray dword(quint32 value)
{
    QByteArray bytes(sizeof(quint32), '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(defaultClearAfter);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::clear);
    // Quitting does not take a copy away by itself: Qt on Windows flushes the clipboard so it outlives
    // the process, on macOS it fulfils its promised data, and on X11 it hands the clipboard to a
    // clipboard manager. So the secret goes first, even though pasting it afterwards then fails.
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clear);
}

SecretClipboard::~SecretClipboard()
{
    clear();
}

QMimeData *SecretClipboard::sensitiveMimeData(const QString &text)
{
    auto *data = new QMimeData;
    data->setText(text);
    data->setData(kdePasswordManagerHint, QByteArrayLiteral("secret"));
    data->setData(windowsExcludeFromMonitoring, dword(1));
    data->setData(windowsCanIncludeInHistory, dword(0));
    data->setData(windowsCanUploadToCloud, dword(0));
    // Only the type's presence matters; its data is not the secret again.
    data->setData(macConcealedMime, QByteArrayLiteral("secret"));
    return data;
}

void SecretClipboard::copySecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    Platform::registerConcealedPasteboardType(macConcealedMime);
    QGuiApplication::clipboard()->setMimeData(sensitiveMimeData(secret));
    m_secretHash = hashOf(secret);
    m_timer->start();
}

void SecretClipboard::clear()
{
    m_timer->stop();
    if (m_secretHash.isEmpty())
        return;
    const QByteArray secretHash = std::exchange(m_secretHash, QByteArray());
    // Too late once the application object is going: the clipboard goes with it.
    if (QCoreApplication::closingDown() || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;

    // Compared by text, not by ownership: not every platform reports who owns the clipboard, and a
    // copy of the same secret made elsewhere is just as much worth removing.
    QClipboard *clipboard = QGuiApplication::clipboard();
    bool removed = false;
    if (hashOf(clipboard->text(QClipboard::Clipboard)) == secretHash) {
        clipboard->clear(QClipboard::Clipboard);
        removed = true;
    }
    // The secret is never put into the X11 selection, but selecting it where it is shown does.
    if (clipboard->supportsSelection() && hashOf(clipboard->text(QClipboard::Selection)) == secretHash) {
        clipboard->clear(QClipboard::Selection);
        removed = true;
    }
    if (removed)
        emit cleared();
    emit pendingEnded();
}

std::chrono::milliseconds SecretClipboard::clearAfter() const
{
    return m_timer->intervalAsDuration();
}

void SecretClipboard::setClearAfter(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

bool SecretClipboard::isClearPending() const
{
    return m_timer->isActive();
}
