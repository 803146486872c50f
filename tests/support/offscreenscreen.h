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

// Reads argv[*at] when it is one of the screen's options, "--scale S" (QT_SCALE_FACTOR) or
// "--screen WxH", into `scale` or `screen`, and moves *at onto its value. False, with nothing read,
// for any other argument: the test's own, or QTest's.
bool readOption(int argc, char **argv, int *at, QByteArray *scale, QSize *screen);

} // namespace OffscreenScreen
