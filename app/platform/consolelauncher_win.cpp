// zoho-onboarding.com: the command line's front door on Windows. zoho-onboarding.exe is a GUI
// program, so cmd.exe and PowerShell neither wait for it nor see its exit status. This small console
// program sits next to it; shells prefer it when "zoho-onboarding" is typed (.COM comes before .EXE
// in PATHEXT). It starts zoho-onboarding.exe with the same arguments and standard streams, waits,
// and returns its exit status.

#include <windows.h>

#include <cstdio>
#include <iterator>
#include <string>

namespace {

// The command line after the program's own name, exactly as typed (quotes and all).
std::wstring argumentsAfterProgramName(const wchar_t *commandLine)
{
    const wchar_t *p = commandLine;
    if (*p == L'"') {
        ++p;
        while (*p && *p != L'"')
            ++p;
        if (*p)
            ++p;
    } else {
        while (*p && *p != L' ' && *p != L'\t')
            ++p;
    }
    return p;
}

} // namespace

int wmain()
{
    wchar_t ownPath[32768];
    const DWORD length = GetModuleFileNameW(nullptr, ownPath, DWORD(std::size(ownPath)));
    if (length == 0 || length >= std::size(ownPath)) {
        std::fputws(L"zoho-onboarding: cannot find where this program is.\n", stderr);
        return 125;
    }
    std::wstring program(ownPath, length);
    const std::wstring::size_type dot = program.find_last_of(L'.');
    program = program.substr(0, dot) + L".exe";
    std::wstring commandLine = L"\"" + program + L"\"" + argumentsAfterProgramName(GetCommandLineW());

    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    PROCESS_INFORMATION process{};
    if (!CreateProcessW(program.c_str(), commandLine.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr, &startup,
                        &process)) {
        std::fwprintf(stderr, L"zoho-onboarding: cannot start %ls (error %lu).\n", program.c_str(), GetLastError());
        return 125;
    }
    // Ctrl+C reaches the program itself (it attaches to this console); this one waits for its end.
    SetConsoleCtrlHandler(nullptr, TRUE);
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD status = 1;
    GetExitCodeProcess(process.hProcess, &status);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return int(status);
}
