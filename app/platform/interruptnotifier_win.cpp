#include "interruptnotifier.h"

#include "stoprequest.h"

#include <QMetaObject>

#include <windows.h>

#include <mutex>

namespace {

std::mutex g_mutex; // guards g_instance against the control thread
InterruptNotifier *g_instance = nullptr;

// Windows runs this on a thread of its own for each console event.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    int status = 0;
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        status = 130; // as Ctrl-C's SIGINT on POSIX
        break;
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        status = 129; // as a closed terminal's SIGHUP
        break;
    default:
        return FALSE;
    }
    Platform::StopRequest::take(status);
    {
        const std::lock_guard<std::mutex> lock(g_mutex);
        if (g_instance == nullptr)
            return FALSE;
        // Delivered on the notifier's thread; dropped if the notifier is gone by then.
        InterruptNotifier *notifier = g_instance;
        QMetaObject::invokeMethod(
            notifier, [notifier, status] { emit notifier->interrupted(status); }, Qt::QueuedConnection);
    }
    // Windows ends the process as soon as this returns from a close event (and after 5 s anyway):
    // give the program the time it has to stop cleanly; it exits by itself when done.
    if (status == 129)
        Sleep(4500);
    return TRUE;
}

} // namespace

void Platform::StopRequest::endNow(int exitStatus)
{
    ExitProcess(UINT(exitStatus));
}

void InterruptNotifier::install()
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    if (g_instance != nullptr)
        return;
    Platform::StopRequest::reset();
    if (!SetConsoleCtrlHandler(onConsoleEvent, TRUE))
        return;
    g_instance = this;
    m_active = true;
}

void InterruptNotifier::uninstall()
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    if (g_instance != this)
        return;
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_instance = nullptr;
    m_active = false;
}
