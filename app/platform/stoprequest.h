#pragma once

// What a request to stop does, the same on every system: InterruptNotifier's system hooks
// (interruptnotifier_posix.cpp, interruptnotifier_win.cpp) call it and carry the first request on
// to the event loop. Defined in interruptnotifier.cpp; endNow() by each system.
namespace Platform::StopRequest {

// Forgets earlier requests: the next one is the first (a new InterruptNotifier is installed).
void reset();

// Each request, first thing: the terminal is put back (the echo on again whatever follows) and,
// from the second request on, the process ends at once with `exitStatus`; at the first it returns.
// Safe in a POSIX signal handler and in Windows' console control thread.
void take(int exitStatus);

// Ends the process at once with `exitStatus`, nothing cleaned up (_exit, ExitProcess).
[[noreturn]] void endNow(int exitStatus);

} // namespace Platform::StopRequest
