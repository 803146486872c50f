#!/usr/bin/env bash
# Runs clang-tidy (configuration: .clang-tidy) over the project's own C++ sources, with the compile
# commands of the build (build/compile_commands.json; ZOHO_BUILD_DIR to use another). Prints every
# finding and exits non-zero when there is any. CI runs it after the test suite.
#
#   scripts/tidy.sh [FILE...]        (default: every .cpp of app/, ui/ and tests/ the build compiles)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${ZOHO_BUILD_DIR:-$root/build}"
jobs="${ZOHO_TIDY_JOBS:-$(nproc)}"

tidy=$(command -v clang-tidy || command -v clang-tidy-14 || true)
if [[ -z "$tidy" ]]; then
    echo "tidy.sh: clang-tidy is missing (Debian: apt-get install clang-tidy)" >&2
    exit 2
fi
if [[ ! -f "$build/compile_commands.json" ]]; then
    echo "tidy.sh: no $build/compile_commands.json: build the project first (scripts/test.sh or the default preset)" >&2
    exit 2
fi
# The generated sources (moc, resources) must exist for the project's sources to compile.
cmake --build "$build" >/dev/null

if [[ $# -gt 0 ]]; then
    files=("$@")
else
    # Exactly the project's sources the build compiles: not the generated ones in the build folder,
    # and not tests/fuzz/ (compiled by clang in a configuration of its own).
    mapfile -t files < <(cd "$root" && git ls-files 'app/*.cpp' 'ui/*.cpp' 'tests/*.cpp' | grep -v '^tests/fuzz/' |
        while read -r f; do grep -qF "\"$root/$f\"" "$build/compile_commands.json" && echo "$root/$f"; done)
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$SECONDS
# The build's -Wpedantic makes clang (not g++) warn on Qt's own logging idiom, qCDebug(category) << …,
# whose macro has an empty variadic part: that is Qt's documented use, not a finding.
printf '%s\n' "${files[@]}" | xargs -P "$jobs" -I{} sh -c \
    '"$1" -p "$2" --quiet --extra-arg=-Wno-gnu-zero-variadic-macro-arguments "$3" > "$4.$$" 2>&1; s=$?; cat "$4.$$" >> "$4"; rm -f "$4.$$"; exit $s' \
    _ "$tidy" "$build" {} "$log" && status=0 || status=$?
# One finding per place, however many files include the header it is in.
findings=$(grep -E '^/.*:[0-9]+:[0-9]+: (warning|error):' "$log" | sort -u || true)
count=$(printf '%s' "$findings" | grep -c . || true)
if [[ $count -gt 0 || $status -ne 0 ]]; then
    cat "$log" | grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Error while processing' >&2 || true
    echo >&2
    echo "tidy.sh: $count finding(s) in ${#files[@]} files ($((SECONDS - start)) s). Per file:" >&2
    printf '%s\n' "$findings" | sed -E 's/:[0-9]+:[0-9]+: .*//' | sed "s|^$root/||" | sort | uniq -c | sort -rn >&2
    exit 1
fi
echo "tidy.sh: no findings in ${#files[@]} files ($((SECONDS - start)) s)"
