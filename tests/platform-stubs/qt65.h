// Only for scripts/check-platform-sources.sh: Debian's Qt is 6.4, the macOS build uses 6.5 or later;
// this makes the macOS file take its Qt 6.5 branch (the public QUtiMimeConverter) when checked here.
// Qt's headers that file reads are read first, as 6.4, so that only the file's own check sees 6.5.
#pragma once
#include <QByteArray>
#include <QList>
#include <QMimeData>
#include <QString>
#include <QVariant>
#undef QT_VERSION
#define QT_VERSION QT_VERSION_CHECK(6, 5, 0)
