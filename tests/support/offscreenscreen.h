#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

// The offscreen platform with one screen of a given size and scale, set up before the
// QApplication exists, for the tests that check what fits on a screen.
namespace OffscreenScreen {

// Writes the screen's configuration into `folder` (which must outlive the application's start)
// and sets QT_QPA_PLATFORM and QT_SCALE_FACTOR. Window frames are drawn as a window system
// draws them, so a window's frame must fit too. False when the file cannot be written.
bool use(const QString &folder, QSize screen, const QByteArray &scale);

} // namespace OffscreenScreen
