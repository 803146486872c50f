#include "terminalecho.h"

#include <array>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <termios.h>
#include <unistd.h>

struct Platform::HiddenInput::Saved
{
    termios settings{};
    bool outermost = false;
};

namespace {

// The settings before the outermost HiddenInput, for the ways out that cannot reach it: exit() and
// the signal handlers. Written before `g_savedValid` is set and read only after, by one thread and
// its signal handlers. `g_hidden` is what the terminal was set to, to hide again after a Ctrl-Z.
termios g_saved{};
termios g_hidden{};
volatile std::sig_atomic_t g_savedValid = 0;

// While the echo is off, the signals that end or stop the program by default put the terminal back
// first: Ctrl-\ (SIGQUIT), and SIGINT, SIGTERM, SIGHUP when nobody (InterruptNotifier) handles them.
// Ctrl-Z (SIGTSTP) hands the shell a terminal that echoes, and hides again when the job goes on.
constexpr std::array<int, 5> guardedSignals = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};
std::array<struct sigaction, guardedSignals.size()> g_previous{};
std::array<bool, guardedSignals.size()> g_guarded{};

extern "C" void restoreThenDefault(int signalNumber)
{
    Platform::restoreTerminal();
    struct sigaction byDefault = {};
    byDefault.sa_handler = SIG_DFL;
    sigemptyset(&byDefault.sa_mask);
    sigaction(signalNumber, &byDefault, nullptr);
    sigset_t just = {};
    sigemptyset(&just);
    sigaddset(&just, signalNumber);
    // The default action now: end (or, for SIGTSTP, stop until the shell continues the job).
    raise(signalNumber);
    sigprocmask(SIG_UNBLOCK, &just, nullptr);
    if (signalNumber != SIGTSTP)
        return; // not reached for the ending signals
    // Continued (fg): hide again and guard again, as before the stop.
    if (g_savedValid)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_hidden);
    struct sigaction guard = {};
    guard.sa_handler = restoreThenDefault;
    sigemptyset(&guard.sa_mask);
    guard.sa_flags = SA_RESTART;
    sigaction(SIGTSTP, &guard, nullptr);
}

void guardSignals()
{
    struct sigaction guard = {};
    guard.sa_handler = restoreThenDefault;
    sigemptyset(&guard.sa_mask);
    guard.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < guardedSignals.size(); ++i) {
        struct sigaction current = {};
        // Only where the default would act: a handler of the program's own, or an ignored signal,
        // stays as it is.
        g_guarded[i] = sigaction(guardedSignals[i], nullptr, &current) == 0 && current.sa_handler == SIG_DFL
            && (current.sa_flags & SA_SIGINFO) == 0 && sigaction(guardedSignals[i], &guard, &g_previous[i]) == 0;
    }
}

void unguardSignals()
{
    for (std::size_t i = 0; i < guardedSignals.size(); ++i) {
        struct sigaction current = {};
        // Put back only what is still ours: a handler installed since (InterruptNotifier) stays.
        if (g_guarded[i] && sigaction(guardedSignals[i], nullptr, &current) == 0
            && current.sa_handler == restoreThenDefault)
            sigaction(guardedSignals[i], &g_previous[i], nullptr);
        g_guarded[i] = false;
    }
}

void restoreAtExit()
{
    Platform::restoreTerminal();
}

} // namespace

bool Platform::stdinIsTerminal()
{
    return isatty(STDIN_FILENO);
}

void Platform::restoreTerminal()
{
    if (g_savedValid)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
}

Platform::HiddenInput::HiddenInput()
{
    auto saved = std::make_unique<Saved>();
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved->settings) != 0)
        return;
    termios hidden = saved->settings;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    if (!g_savedValid) {
        static const bool registered = std::atexit(restoreAtExit) == 0;
        (void)registered;
        g_saved = saved->settings;
        g_hidden = hidden;
        std::atomic_signal_fence(std::memory_order_seq_cst);
        g_savedValid = 1;
        saved->outermost = true;
        guardSignals();
    }
    if (tcsetattr(STDIN_FILENO, TCSANOW, &hidden) == 0) {
        m_saved = std::move(saved);
    } else if (saved->outermost) {
        g_savedValid = 0;
        unguardSignals();
    }
}

Platform::HiddenInput::~HiddenInput()
{
    if (!m_saved)
        return;
    tcsetattr(STDIN_FILENO, TCSANOW, &m_saved->settings);
    if (m_saved->outermost) {
        g_savedValid = 0;
        unguardSignals();
    }
}
