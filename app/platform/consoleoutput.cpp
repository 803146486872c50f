#include "consoleoutput.h"

#if defined(Q_OS_WIN)
#include <windows.h>

#include <io.h>
#endif

namespace Platform {

ConsoleOutput::ConsoleOutput(std::FILE *stream, QObject *parent)
    : QIODevice(parent)
    , m_stream(stream)
{
#if defined(Q_OS_WIN)
    // Asked here, after Platform::attachParentConsole() connected the streams.
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(stream)));
    DWORD mode = 0;
    if (handle != INVALID_HANDLE_VALUE && GetConsoleMode(handle, &mode))
        m_console = handle;
#endif
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 ConsoleOutput::readData(char *, qint64)
{
    return -1;
}

qint64 ConsoleOutput::writeData(const char *data, qint64 size)
{
#if defined(Q_OS_WIN)
    if (m_console) {
        std::fflush(m_stream); // what the C runtime still holds of this stream goes first
        const QString text = m_decoder(QByteArrayView(data, size));
        const auto *characters = reinterpret_cast<const wchar_t *>(text.utf16());
        qsizetype left = text.size();
        while (left > 0) {
            DWORD written = 0;
            const DWORD chunk = DWORD(qMin<qsizetype>(left, 8192));
            if (!WriteConsoleW(m_console, characters, chunk, &written, nullptr) || written == 0)
                return -1;
            characters += written;
            left -= qsizetype(written);
        }
        return size;
    }
#endif
    const std::size_t written = std::fwrite(data, 1, std::size_t(size), m_stream);
    std::fflush(m_stream);
    return written == std::size_t(size) ? size : -1;
}

} // namespace Platform
