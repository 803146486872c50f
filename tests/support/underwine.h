#pragma once

// Whether this Windows program runs under Wine (scripts/test-windows.sh) rather than on Windows.
// Only for the few checks where Wine's part behaves otherwise than Windows' own; each skip says
// what differs, and the README lists them.
bool underWine();
