#pragma once

#include <QtGlobal>

// How much this process's peak resident memory grew over a stretch of a test: the program's own
// memory, which is what a cap on what it reads must bound, whatever the kernel buffers for it.
// On Linux the peak is reset when measuring starts (/proc/self/clear_refs), so an earlier test's
// peak cannot hide growth; elsewhere it is the growth of the peak so far (getrusage()'s ru_maxrss,
// the peak working set on Windows).
class PeakMemory
{
public:
    PeakMemory(); // starts measuring
    qint64 grownKb() const;
    // Whether resident size means anything here: not under AddressSanitizer, which keeps freed
    // memory in quarantine.
    static bool isMeaningful();

private:
    qint64 m_startKb = 0;
    bool m_reset = false;
};
