#include "consoleattach.h"

#include <windows.h>

#include <cstdio>
#include <cstdlib>

namespace {

// The console's output code page from before, put back at exit: the console is the shell's, and
// cmd.exe goes on with it.
UINT g_previousOutputCodePage = 0;

void restoreOutputCodePage()
{
    SetConsoleOutputCP(g_previousOutputCodePage);
}

bool isConsole(DWORD stream)
{
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(stream), &mode) != 0;
}

// A stream redirected to a file or a pipe (`zoho-onboarding status --json > status.json`) has a
// handle of its own and must stay where it is; only a stream without one goes to the console.
bool lacksHandle(DWORD stream)
{
    const HANDLE handle = GetStdHandle(stream);
    return handle == nullptr || handle == INVALID_HANDLE_VALUE || GetFileType(handle) == FILE_TYPE_UNKNOWN;
}

void reopen(const char *device, const char *mode, std::FILE *stream)
{
    if (!std::freopen(device, mode, stream))
        return; // the stream stays closed, as it was
    std::setvbuf(stream, nullptr, stream == stderr ? _IONBF : _IOLBF, BUFSIZ);
}

} // namespace

void Platform::attachParentConsole()
{
    // Attached, the program shares the console's Ctrl+C and its echo settings with the shell (or with
    // zoho-onboarding.com, which started it). Started from Explorer or a shortcut there is no parent
    // console, and nothing to attach to; already attached (Wine gives a program started from a
    // console program that console), the streams are connected.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        if (lacksHandle(STD_INPUT_HANDLE))
            reopen("CONIN$", "r", stdin);
        if (lacksHandle(STD_OUTPUT_HANDLE))
            reopen("CONOUT$", "w", stdout);
        if (lacksHandle(STD_ERROR_HANDLE))
            reopen("CONOUT$", "w", stderr);
    }
    // The program writes UTF-8 (QTextStream), and a console reads the bytes in its output code page:
    // in cmd.exe's 437 or 850 the masked Client ID's "…" or a German "ü" would come out as "ΓÇª" or
    // "├╝". UTF-8 for as long as the program runs.
    if (isConsole(STD_OUTPUT_HANDLE) || isConsole(STD_ERROR_HANDLE)) {
        const UINT previous = GetConsoleOutputCP();
        if (previous != CP_UTF8 && previous != 0 && SetConsoleOutputCP(CP_UTF8)) {
            g_previousOutputCodePage = previous;
            std::atexit(restoreOutputCodePage);
        }
    }
}
