#include "terminalecho.h"

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
// the signal handler. Written before `g_savedValid` is set and read only after, by one thread and
// its signal handlers.
termios g_saved{};
volatile std::sig_atomic_t g_savedValid = 0;

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
    if (!g_savedValid) {
        static const bool registered = std::atexit(restoreAtExit) == 0;
        (void)registered;
        g_saved = saved->settings;
        std::atomic_signal_fence(std::memory_order_seq_cst);
        g_savedValid = 1;
        saved->outermost = true;
    }
    termios hidden = saved->settings;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    if (tcsetattr(STDIN_FILENO, TCSANOW, &hidden) == 0) {
        m_saved = std::move(saved);
    } else if (saved->outermost) {
        g_savedValid = 0;
    }
}

Platform::HiddenInput::~HiddenInput()
{
    if (!m_saved)
        return;
    tcsetattr(STDIN_FILENO, TCSANOW, &m_saved->settings);
    if (m_saved->outermost)
        g_savedValid = 0;
}
