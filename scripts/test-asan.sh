#!/usr/bin/env bash
# The whole test suite again, built with AddressSanitizer, UndefinedBehaviorSanitizer and
# LeakSanitizer (the "asan" preset of CMakePresets.json, into build-asan/). Any sanitizer report
# ends the program with an error, so the test that ran it fails. CI runs this after scripts/test.sh.
#
#   scripts/test-asan.sh [CTEST ARGS...]      e.g. -R tst_credentialparser
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

"$root/scripts/install-deps.sh" --tests
cmake --preset asan
cmake --build --preset asan
# ctest's summary stays the last thing printed: CI reads it.
exec ctest --preset asan "$@"
