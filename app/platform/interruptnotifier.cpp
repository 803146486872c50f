#include "interruptnotifier.h"

#include "stoprequest.h"
#include "terminalecho.h"

#include <atomic>

namespace {

// Counted from a POSIX signal handler or Windows' console control thread: lock-free, so both may.
std::atomic<int> g_requests{0};
static_assert(std::atomic<int>::is_always_lock_free, "counted in a signal handler");

} // namespace

InterruptNotifier::InterruptNotifier(QObject *parent)
    : QObject(parent)
{
    install();
}

InterruptNotifier::~InterruptNotifier()
{
    uninstall();
}

void Platform::StopRequest::reset()
{
    g_requests.store(0);
}

void Platform::StopRequest::take(int exitStatus)
{
    restoreTerminal();
    // A second request: whoever asks does not want to wait for a clean stop.
    if (g_requests.fetch_add(1) >= 1)
        endNow(exitStatus);
}
