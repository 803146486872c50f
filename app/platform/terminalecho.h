#pragma once

#include <memory>

namespace Platform {

// True when standard input is a terminal (a console on Windows) that a person types into, rather
// than a pipe or a file a script feeds.
bool stdinIsTerminal();

// Turns off the terminal's echo of what is typed for as long as it lives, so a secret typed or
// pasted at a prompt never shows on a shared screen; puts the terminal back as it was when it goes.
// The settings from before the outermost one are also kept for restoreTerminal(), which runs at
// exit and from InterruptNotifier's signal path, so no way out leaves the echo off.
class HiddenInput
{
public:
    HiddenInput();
    ~HiddenInput();
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

    // False when standard input is no terminal, or its echo could not be turned off.
    bool isActive() const { return m_saved != nullptr; }

private:
    struct Saved; // the terminal's settings before, defined per platform
    std::unique_ptr<Saved> m_saved;
};

// Puts the terminal back as it was before the outermost HiddenInput still alive; does nothing when
// none is. Safe in a POSIX signal handler (one tcsetattr) and in Windows' console control thread.
void restoreTerminal();

} // namespace Platform
