#include "offscreenscreen.h"

#include <QDir>
#include <QFile>

bool OffscreenScreen::use(const QString &folder, QSize screen, const QByteArray &scale)
{
    const QString config = folder + QStringLiteral("/screen.json");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral("{\"windowFrameMargins\": true, \"screens\": [{\"name\": \"Screen\", \"x\": 0, \"y\": 0, "
                              "\"width\": %1, \"height\": %2, \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                   .arg(screen.width())
                   .arg(screen.height())
                   .toUtf8());
    file.close();
    // Qt splits the platform's arguments at ':', which a Windows path has after its drive letter:
    // there the file is named relative to the working folder (the caller keeps it on that drive).
    const QString named = QDir::isAbsolutePath(config) && config.contains(QLatin1Char(':'))
        ? QDir::current().relativeFilePath(config)
        : config;
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(named));
    qputenv("QT_SCALE_FACTOR", scale);
    return true;
}

bool OffscreenScreen::readOption(int argc, char **argv, int *at, QByteArray *scale, QSize *screen)
{
    const QByteArray option(argv[*at]);
    if (*at + 1 >= argc || (option != "--scale" && option != "--screen"))
        return false;
    const QByteArray value(argv[++*at]);
    if (option == "--scale") {
        *scale = value;
    } else {
        const QList<QByteArray> wh = value.split('x');
        *screen = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    return true;
}
