// zoho-iconrender: renders the one SVG icon into what each platform's package wants, at build time,
// so no bitmap icon is ever committed or drawn by hand:
//   zoho-iconrender ICON.svg png SIZE OUT.png    a square PNG (Linux hicolor theme)
//   zoho-iconrender ICON.svg ico OUT.ico         Windows: 16 … 256 px, PNG-compressed entries
//   zoho-iconrender ICON.svg icns OUT.icns       macOS: 16 … 1024 px, PNG entries
// One small Qt program instead of rsvg-convert, ImageMagick and iconutil: the same renderer (QtSvg,
// the one the assistant draws with) on all three build machines.

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <utility>
#include <vector>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

template<typename T>
void appendLittle(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

void appendBig(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

// ICONDIR, one ICONDIRENTRY per size, then the images; PNG entries are valid since Windows Vista.
QByteArray ico(QSvgRenderer &renderer)
{
    const int sizes[] = {16, 20, 24, 32, 40, 48, 64, 256};
    std::vector<QByteArray> images;
    for (int size : sizes)
        images.push_back(renderPng(renderer, size));
    QByteArray out;
    appendLittle<quint16>(out, 0); // reserved
    appendLittle<quint16>(out, 1); // type: icon
    appendLittle<quint16>(out, quint16(images.size()));
    quint32 offset = quint32(6 + 16 * images.size());
    for (std::size_t i = 0; i < images.size(); ++i) {
        const int size = sizes[i];
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLittle<quint16>(out, 1); // planes
        appendLittle<quint16>(out, 32); // bits per pixel
        appendLittle<quint32>(out, quint32(images[i].size()));
        appendLittle<quint32>(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

// "icns", the file's length, then (type, length, PNG) per size; big-endian throughout.
QByteArray icns(QSvgRenderer &renderer)
{
    const std::pair<const char *, int> entries[] = {
        {"icp4", 16}, {"icp5", 32}, {"ic11", 32}, {"ic12", 64}, {"ic07", 128},
        {"ic13", 256}, {"ic08", 256}, {"ic14", 512}, {"ic09", 512}, {"ic10", 1024},
    };
    QByteArray body;
    for (const auto &[type, size] : entries) {
        const QByteArray png = renderPng(renderer, size);
        body.append(type, 4);
        appendBig(body, quint32(png.size() + 8));
        body.append(png);
    }
    QByteArray out("icns");
    appendBig(out, quint32(body.size() + 8));
    return out + body;
}

int usage()
{
    std::fputs("usage: zoho-iconrender ICON.svg png SIZE OUT.png | ico OUT.ico | icns OUT.icns\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // A build step: no display, and none needed.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4)
        return usage();

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "zoho-iconrender: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString kind = args.at(2);
    QByteArray data;
    QString outPath;
    if (kind == QLatin1String("png") && args.size() == 5) {
        bool ok = false;
        const int size = args.at(3).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return usage();
        data = renderPng(renderer, size);
        outPath = args.at(4);
    } else if (kind == QLatin1String("ico") && args.size() == 4) {
        data = ico(renderer);
        outPath = args.at(3);
    } else if (kind == QLatin1String("icns") && args.size() == 4) {
        data = icns(renderer);
        outPath = args.at(3);
    } else {
        return usage();
    }

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        std::fprintf(stderr, "zoho-iconrender: cannot write %s\n", qPrintable(outPath));
        return 1;
    }
    return 0;
}
