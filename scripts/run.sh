#!/usr/bin/env bash
# First command of the README: install what is missing, build, and open the wizard.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${ZOHO_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZOHO_ONBOARDING_BUILD_TESTS=OFF
cmake --build "$build" --target zoho-onboarding
exec "$build/app/zoho-onboarding" "$@"
