#include "consoleattach.h"

#include <windows.h>

#include <cstdio>

namespace {

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
    // console, and nothing to attach to.
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    if (lacksHandle(STD_INPUT_HANDLE))
        reopen("CONIN$", "r", stdin);
    if (lacksHandle(STD_OUTPUT_HANDLE))
        reopen("CONOUT$", "w", stdout);
    if (lacksHandle(STD_ERROR_HANDLE))
        reopen("CONOUT$", "w", stderr);
}
