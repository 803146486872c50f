#include "terminalecho.h"

#include <windows.h>

struct Platform::HiddenInput::Saved
{
    DWORD consoleMode = 0;
};

namespace {

// GetConsoleMode() succeeds on a console only, not on a pipe or a file.
bool consoleMode(DWORD *mode)
{
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), mode) != 0;
}

} // namespace

bool Platform::stdinIsTerminal()
{
    DWORD mode = 0;
    return consoleMode(&mode);
}

Platform::HiddenInput::HiddenInput()
{
    auto saved = std::make_unique<Saved>();
    if (!consoleMode(&saved->consoleMode))
        return;
    if (SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), saved->consoleMode & ~DWORD(ENABLE_ECHO_INPUT)))
        m_saved = std::move(saved);
}

Platform::HiddenInput::~HiddenInput()
{
    if (m_saved)
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), m_saved->consoleMode);
}
