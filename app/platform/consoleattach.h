#pragma once

namespace Platform {

// Windows builds the program for the GUI subsystem (no console window pops up for the wizard), so a
// command typed in cmd.exe or PowerShell would print nowhere: this attaches the program to the
// console of whoever started it and connects standard input, output and error that are not
// redirected to it. (zoho-onboarding.com, platform/consolelauncher_win.cpp, makes shells wait for
// the program and see its exit status.) Elsewhere the terminal is already connected and this does
// nothing.
void attachParentConsole();

} // namespace Platform
