#include "interruptnotifier.h"

#include "stoprequest.h"

#include <QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr std::array<int, 3> handledSignals = {SIGINT, SIGTERM, SIGHUP};

// The self-pipe: the handler writes the signal's number, the event loop reads it.
int g_pipe[2] = {-1, -1};
InterruptNotifier *g_instance = nullptr;
QSocketNotifier *g_reader = nullptr;
std::array<struct sigaction, handledSignals.size()> g_previous{};
std::array<bool, handledSignals.size()> g_installed{};

extern "C" void onStopRequest(int signalNumber)
{
    const int savedErrno = errno;
    Platform::StopRequest::take(128 + signalNumber);
    const auto byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = write(g_pipe[1], &byte, 1);
    errno = savedErrno;
}

bool makePipe()
{
    if (pipe(g_pipe) != 0)
        return false;
    for (const int fd : g_pipe) {
        fcntl(fd, F_SETFD, FD_CLOEXEC);
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    return true;
}

} // namespace

void Platform::StopRequest::endNow(int exitStatus)
{
    _exit(exitStatus);
}

void InterruptNotifier::install()
{
    if (g_instance != nullptr || !makePipe())
        return;
    g_instance = this;
    Platform::StopRequest::reset();
    g_reader = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(g_reader, &QSocketNotifier::activated, this, [this] {
        unsigned char byte = 0;
        while (read(g_pipe[0], &byte, 1) == 1)
            emit interrupted(128 + byte);
    });

    struct sigaction action = {};
    action.sa_handler = onStopRequest;
    sigemptyset(&action.sa_mask);
    for (const int signalNumber : handledSignals)
        sigaddset(&action.sa_mask, signalNumber);
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < handledSignals.size(); ++i) {
        struct sigaction previous = {};
        sigaction(handledSignals[i], nullptr, &previous);
        // Ignored by whoever started us (nohup, a background job of a script): stays ignored.
        if (previous.sa_handler == SIG_IGN)
            continue;
        g_installed[i] = sigaction(handledSignals[i], &action, &g_previous[i]) == 0;
    }
    m_active = true;
}

void InterruptNotifier::uninstall()
{
    if (g_instance != this)
        return;
    for (std::size_t i = 0; i < handledSignals.size(); ++i) {
        struct sigaction current = {};
        // Put back only what is still ours: a handler installed since stays.
        if (g_installed[i] && sigaction(handledSignals[i], nullptr, &current) == 0
            && current.sa_handler == onStopRequest)
            sigaction(handledSignals[i], &g_previous[i], nullptr);
        g_installed[i] = false;
    }
    delete g_reader;
    g_reader = nullptr;
    close(g_pipe[0]);
    close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
    g_instance = nullptr;
    m_active = false;
}
