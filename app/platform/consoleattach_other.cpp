#include "consoleattach.h"

// macOS and Linux start a program with the terminal's streams already connected.
void Platform::attachParentConsole()
{
}
