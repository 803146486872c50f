#pragma once

#include <QtGlobal>

// The process's peak resident size so far, the same measure on each system, for tests that
// bound how much memory an operation may take.
namespace PeakMemory {

// Kibibytes: getrusage's ru_maxrss on Linux and macOS, the peak working set on Windows.
qint64 residentKb();

} // namespace PeakMemory
