#include "terminalecho.h"

#include <termios.h>
#include <unistd.h>

struct Platform::HiddenInput::Saved
{
    termios settings{};
};

bool Platform::stdinIsTerminal()
{
    return isatty(STDIN_FILENO);
}

Platform::HiddenInput::HiddenInput()
{
    auto saved = std::make_unique<Saved>();
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved->settings) != 0)
        return;
    termios hidden = saved->settings;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    if (tcsetattr(STDIN_FILENO, TCSANOW, &hidden) == 0)
        m_saved = std::move(saved);
}

Platform::HiddenInput::~HiddenInput()
{
    if (m_saved)
        tcsetattr(STDIN_FILENO, TCSANOW, &m_saved->settings);
}
