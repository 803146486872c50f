#!/usr/bin/env bash
# Second command of the README (and what CI runs): install what is missing, build everything with
# warnings as errors, and run the whole test suite. Screenshots of every wizard page end up in
# build/screenshots/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${ZOHO_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh" --tests
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DZOHO_ONBOARDING_BUILD_TESTS=ON -DZOHO_ONBOARDING_WERROR=ON
cmake --build "$build"
cd "$build"
echo "Screenshots of every wizard page go to $build/screenshots/"
# ctest's summary stays the last thing printed: CI reads it.
exec ctest --output-on-failure --timeout 300 "$@"
