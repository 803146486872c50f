#include "terminalecho.h"

#include <windows.h>

#include <cstdlib>

struct Platform::HiddenInput::Saved
{
    DWORD consoleMode = 0;
    bool outermost = false;
};

namespace {

// The console's mode before the outermost HiddenInput, for the ways out that cannot reach it:
// exit() and the console control handler, which Windows runs on a thread of its own.
volatile LONG g_savedMode = 0;
volatile LONG g_savedValid = 0;

// GetConsoleMode() succeeds on a console only, not on a pipe or a file.
bool consoleMode(DWORD *mode)
{
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), mode) != 0;
}

void restoreAtExit()
{
    Platform::restoreTerminal();
}

} // namespace

bool Platform::stdinIsTerminal()
{
    DWORD mode = 0;
    return consoleMode(&mode);
}

void Platform::restoreTerminal()
{
    if (InterlockedCompareExchange(&g_savedValid, 0, 0) != 0)
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), DWORD(InterlockedCompareExchange(&g_savedMode, 0, 0)));
}

Platform::HiddenInput::HiddenInput()
{
    auto saved = std::make_unique<Saved>();
    if (!consoleMode(&saved->consoleMode))
        return;
    if (InterlockedCompareExchange(&g_savedValid, 0, 0) == 0) {
        static const bool registered = std::atexit(restoreAtExit) == 0;
        (void)registered;
        InterlockedExchange(&g_savedMode, LONG(saved->consoleMode));
        InterlockedExchange(&g_savedValid, 1);
        saved->outermost = true;
    }
    if (SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), saved->consoleMode & ~DWORD(ENABLE_ECHO_INPUT))) {
        m_saved = std::move(saved);
    } else if (saved->outermost) {
        InterlockedExchange(&g_savedValid, 0);
    }
}

Platform::HiddenInput::~HiddenInput()
{
    if (!m_saved)
        return;
    SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), m_saved->consoleMode);
    if (m_saved->outermost)
        InterlockedExchange(&g_savedValid, 0);
}
