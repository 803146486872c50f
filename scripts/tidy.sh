#!/usr/bin/env bash
# Runs clang-tidy (configuration: .clang-tidy) over the project's own C++ sources, with the compile
# commands of the build (build/compile_commands.json; ZOHO_BUILD_DIR to use another). The fuzz
# targets (tests/fuzz/*.cpp) are checked with the compile commands of their own clang build,
# build/tests/fuzz/clang/, which the suite's fuzz_build test makes; the Windows and macOS sources
# with commands written below. Prints every finding and exits non-zero when there is any. CI
# (.ci/run) runs it after the test suite.
#
#   scripts/tidy.sh [FILE...]        (default: every .cpp of app/, ui/ and tests/)
#   ZOHO_TIDY_JOBS=N                 clang-tidy processes at a time (default: nproc)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${ZOHO_BUILD_DIR:-$root/build}"
fuzzbuild="$build/tests/fuzz/clang"
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
havefuzz=false
if [[ -f "$fuzzbuild/compile_commands.json" ]]; then
    havefuzz=true
    cmake --build "$fuzzbuild" >/dev/null
fi

# The sources only Windows or only macOS builds (*_win.cpp, *_mac.cpp) are in no build here; they
# get compile commands of their own, with the headers scripts/check-platform-sources.sh compiles
# them against: Windows ones for a MinGW-w64 target (its windows.h, its libstdc++), macOS ones for
# this machine with tests/platform-stubs/ for what only Qt's macOS build has.
platformdb="$build/tidy-platform"
havewin=false
mingw=$(command -v x86_64-w64-mingw32-g++-posix || command -v x86_64-w64-mingw32-g++ || true)
platform_commands() {
    local qt flags=() winflags=() first=true source
    qt=$(qmake6 -query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)
    for module in "" QtCore QtGui QtWidgets QtNetwork QtNetworkAuth QtSvg QtTest; do
        flags+=(-isystem "$qt/$module")
    done
    local dirs=()
    # The same include folders as scripts/check-platform-sources.sh, from the one list.
    mapfile -t dirs < "$root/scripts/platform-include-dirs"
    for dir in "${dirs[@]}"; do
        flags+=(-I "$root/$dir")
    done
    flags+=(-I "$build/app/generated" -std=c++17 -fPIC)
    if [[ -n "$mingw" ]]; then
        havewin=true
        # MinGW's C++ library (clang finds the rest of MinGW's headers itself for this target).
        winflags=(--target=x86_64-w64-mingw32 -nostdinc++)
        while read -r dir; do winflags+=(-isystem "$dir"); done < <("$mingw" -x c++ -E -v - </dev/null 2>&1 |
            sed -n '/<\.\.\.> search starts/,/End of search/p' | grep '/c++' | sed 's/^ *//')
    fi
    echo "["
    while read -r source; do
        local args=()
        case "$source" in
            *_win.cpp) $havewin || continue; args=(clang++ "${winflags[@]}" "${flags[@]}") ;;
            *_mac.cpp) args=(clang++ -include "$root/tests/platform-stubs/qt65.h" -I "$root/tests/platform-stubs" "${flags[@]}") ;;
        esac
        $first || echo ","
        first=false
        printf '{"directory": "%s", "file": "%s", "arguments": [' "$root" "$root/$source"
        printf '"%s", ' "${args[@]}"
        printf '"-c", "%s"]}\n' "$root/$source"
    done < <(cd "$root" && git ls-files 'app/*_win.cpp' 'ui/*_win.cpp' 'app/*_mac.cpp' 'ui/*_mac.cpp')
    echo "]"
}
mkdir -p "$platformdb"
platform_commands > "$platformdb/compile_commands.json"

# The compile commands a source is checked with: the fuzz targets' clang build for tests/fuzz/,
# the ones above for the other platforms' sources, the main build for everything else.
database_of() {
    case "$1" in
        "$root"/tests/fuzz/*) echo "$fuzzbuild" ;;
        *_win.cpp | *_mac.cpp) echo "$platformdb" ;;
        *) echo "$build" ;;
    esac
}

files=()
if [[ $# -gt 0 ]]; then
    for f in "$@"; do
        files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")")
    done
else
    # The project's sources the main build compiles (not the generated ones in the build folder),
    # the other platforms' ones, and every fuzz target: one not yet registered in
    # tests/fuzz/targets.cmake is not in the fuzz build's commands, so clang-tidy borrows those of
    # its neighbour in tests/fuzz/ (same flags and include folders of app/core/).
    mapfile -t files < <(cd "$root" && git ls-files 'app/*.cpp' 'ui/*.cpp' 'tests/*.cpp' |
        while read -r f; do
            case "$f" in
                tests/fuzz/*) $havefuzz && echo "$root/$f" ;;
                *) grep -qF "\"$root/$f\"" "$build/compile_commands.json" "$platformdb/compile_commands.json" &&
                    echo "$root/$f" ;;
            esac
        done || true)
    if ! $havefuzz; then
        echo "tidy.sh: tests/fuzz/ not checked: no $fuzzbuild/compile_commands.json" \
             "(the suite's fuzz_build test makes it: ctest -R fuzz_build; needs clang)" >&2
    fi
    if ! $havewin; then
        echo "tidy.sh: the *_win.cpp sources not checked: no MinGW-w64 (scripts/install-deps.sh --tests installs it)" >&2
    fi
fi
for f in "${files[@]}"; do
    if [[ ! -f "$(database_of "$f")/compile_commands.json" ]]; then
        echo "tidy.sh: no compile commands for $f: $(database_of "$f")/compile_commands.json is missing" >&2
        exit 2
    fi
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$SECONDS
# The build's -Wpedantic makes clang (not g++) warn on Qt's own logging idiom, qCDebug(category) << …,
# whose macro has an empty variadic part: that is Qt's documented use, not a finding.
for f in "${files[@]}"; do
    database_of "$f"
    echo "$f"
done | xargs -d '\n' -n 2 -P "$jobs" sh -c \
    '"$1" -p "$3" --quiet --extra-arg=-Wno-gnu-zero-variadic-macro-arguments "$4" > "$2.$$" 2>&1; s=$?; cat "$2.$$" >> "$2"; rm -f "$2.$$"; exit $s' \
    _ "$tidy" "$log" && status=0 || status=$?
# One finding per place, however many files include the header it is in.
findings=$(grep -E '^/.*:[0-9]+:[0-9]+: (warning|error):' "$log" | sort -u || true)
count=$(printf '%s' "$findings" | grep -c . || true)
if [[ $count -gt 0 || $status -ne 0 ]]; then
    grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Error while processing' "$log" >&2 || true
    echo >&2
    echo "tidy.sh: $count finding(s) in ${#files[@]} files ($((SECONDS - start)) s). Per file:" >&2
    printf '%s\n' "$findings" | sed -E 's/:[0-9]+:[0-9]+: .*//' | sed "s|^$root/||" | sort | uniq -c | sort -rn >&2
    exit 1
fi
echo "tidy.sh: no findings in ${#files[@]} files ($((SECONDS - start)) s)"
