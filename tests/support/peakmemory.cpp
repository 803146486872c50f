#include "peakmemory.h"

#include <QFile>

#ifdef Q_OS_WIN
#include <windows.h>
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

namespace {

// A "VmHWM:   12345 kB" line of /proc/self/status; -1 where there is none.
qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The peak resident size so far, in kibibytes: getrusage's ru_maxrss on Linux and macOS, the peak
// working set on Windows.
qint64 maxRssKb()
{
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS counters{};
    counters.cb = sizeof(counters);
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return -1;
    return qint64(counters.PeakWorkingSetSize / 1024);
#else
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#ifdef Q_OS_MACOS
    return qint64(usage.ru_maxrss) / 1024; // bytes there, kibibytes on Linux
#else
    return qint64(usage.ru_maxrss);
#endif
#endif
}

} // namespace

PeakMemory::PeakMemory()
{
    // "5" resets the peak resident size to the current one (Linux 4.0 and later).
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    m_reset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
    clearRefs.close();
    const qint64 peak = m_reset ? statusKb("VmHWM") : -1;
    m_reset = peak >= 0;
    m_startKb = m_reset ? peak : maxRssKb();
}

qint64 PeakMemory::grownKb() const
{
    return (m_reset ? statusKb("VmHWM") : maxRssKb()) - m_startKb;
}

bool PeakMemory::isMeaningful()
{
#if defined(__SANITIZE_ADDRESS__)
    return false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return false;
#else
    return true;
#endif
#else
    return true;
#endif
}
