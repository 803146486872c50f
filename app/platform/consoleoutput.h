#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace Platform {

// Standard output or error as a device for a QTextStream, which writes UTF-8. On a Windows console
// the text goes to the console as UTF-16 (WriteConsoleW): the C runtime would take the bytes as
// characters of its own locale, one byte each in the "C" locale, and the masked Client ID's "…" or
// a German "ü" came out as "â€¦" or "Ã¼". Elsewhere, and to a pipe or a file on Windows (a script
// reads UTF-8 there), the bytes go through the stream as they are, flushed at each write.
class ConsoleOutput final : public QIODevice
{
    Q_OBJECT

public:
    explicit ConsoleOutput(std::FILE *stream, QObject *parent = nullptr);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_stream;
    void *m_console = nullptr; // Windows: the console's handle, when the stream is a console
    QStringDecoder m_decoder{QStringDecoder::Utf8}; // holds a character split between two writes
};

} // namespace Platform
