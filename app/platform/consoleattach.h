#pragma once

namespace Platform {

// Windows builds the program for the GUI subsystem (no console window pops up for the wizard), so a
// command typed in cmd.exe or PowerShell would print nowhere: this connects standard input, output
// and error that are not redirected to the console of the shell that started the program. Elsewhere
// the terminal is already connected and this does nothing.
void attachParentConsole();

} // namespace Platform
