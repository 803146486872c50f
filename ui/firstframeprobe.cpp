#include "firstframeprobe.h"

#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace {

// Peak resident memory in KiB (Linux's VmHWM), or -1 where /proc does not tell.
long long peakResidentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

bool FirstFrameProbe::isRequested()
{
    return qEnvironmentVariableIsSet("ZOHO_ONBOARDING_FIRST_FRAME");
}

void FirstFrameProbe::installIfRequested(QWidget *window)
{
    if (isRequested())
        window->installEventFilter(new FirstFrameProbe(window));
}

FirstFrameProbe::FirstFrameProbe(QWidget *window)
    : QObject(window)
{
}

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The window's children (the page) are painted and the frame is flushed in this same
        // event; a zero timer runs right after all of that.
        QTimer::singleShot(0, this, [] {
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::printf("first-frame monotonic_ns=%lld vmhwm_kib=%lld\n",
                        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()),
                        peakResidentKib());
            std::fflush(stdout);
            // Ends right here, without the usual tear-down: what a program does after its first
            // frame (the keychain read, pages built afterwards, destructors) is not what is
            // measured, and valgrind's instruction count then stops at the frame too.
            std::_Exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}
