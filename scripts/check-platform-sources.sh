#!/usr/bin/env bash
# Compiles, syntax only, the code that only Windows or only macOS builds, so that a typo there shows
# up here and not first on a customer's computer:
#  - Windows: every source with a branch for one system (Q_OS_WIN, _WIN32, Q_OS_UNIX, Q_OS_LINUX) and
#    every *_win.cpp, with Debian's MinGW-w64
#    cross compiler against Debian's Qt headers (Qt's headers pick their Windows branches from the
#    compiler; Qt's own Windows-only headers are not needed by these files); the version resource
#    (.rc, generated from the CMake version, with the rendered .ico) with MinGW's windres.
#  - macOS: every *_mac.cpp with the host compiler, against Qt's headers plus, for what only Qt's
#    macOS build has, tests/platform-stubs/ (the documented QUtiMimeConverter declaration). The Apple
#    SDK is not available here; the workflow compiles these for real.
#   scripts/check-platform-sources.sh [BUILD_DIR]     exit status 77 (ctest: skipped) without MinGW
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
cd "$root"

mingw=$(command -v x86_64-w64-mingw32-g++-posix || command -v x86_64-w64-mingw32-g++ || true)
windres=$(command -v x86_64-w64-mingw32-windres || true)
if [[ -z "$mingw" || -z "$windres" ]]; then
    echo "SKIPPED: MinGW-w64 is not installed (scripts/install-deps.sh --tests installs g++-mingw-w64-x86-64)" >&2
    exit 77
fi
qt=$(qmake6 -query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)
[[ -d "$qt/QtCore" ]] || { echo "FAILED: no Qt headers at $qt" >&2; exit 1; }

includes=()
for module in "" QtCore QtGui QtWidgets QtNetwork QtNetworkAuth QtSvg QtTest; do
    includes+=(-isystem "$qt/$module")
done
# The project's include folders, listed once for this script and scripts/tidy.sh.
mapfile -t dirs < scripts/platform-include-dirs
for dir in "${dirs[@]}"; do
    includes+=(-I "$dir")
done
includes+=(-I "$build/app/generated")
# QtKeychain's headers alone (not the rest of /usr/include, which is Linux's), through a folder of its own.
keychain_headers=$(mktemp -d)
trap 'rm -rf "$keychain_headers"' EXIT
for candidate in /usr/include/qt6keychain /usr/local/include/qt6keychain; do
    [[ -d "$candidate" ]] && ln -s "$candidate" "$keychain_headers/qt6keychain" && break
done
includes+=(-isystem "$keychain_headers")
flags=(-std=c++17 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -fPIC)

failed=0
check() {
    local label=$1; shift
    if "$@"; then echo "ok       $label"; else echo "FAILED   $label" >&2; failed=1; fi
}

mapfile -t windows_sources < <( { grep -rl -E --include='*.cpp' 'Q_OS_WIN|_WIN32|Q_OS_UNIX|Q_OS_LINUX' app ui tests ;
                                  find app ui -name '*_win.cpp' ; } | sort -u)
for source in "${windows_sources[@]}"; do
    # A test includes its own moc output (name.moc), which the build's moc wrote for it.
    # The build's own definitions for it (QT_WIDGETS_LIB for QtTest's widget helpers, the test's
    # paths), from the compile database.
    extra=()
    if [[ $source == tests/* ]]; then
        name=$(basename "$source" .cpp)
        extra=(-I "$build/tests/${name}_autogen/include")
    fi
    mapfile -t defines < <(/usr/bin/python3 - "$build/compile_commands.json" "$root/$source" <<'PY'
import json, shlex, sys
for entry in json.load(open(sys.argv[1])):
    if entry["file"] == sys.argv[2]:
        for arg in shlex.split(entry["command"]):
            if arg.startswith("-D"):
                print(arg)
        break
PY
)
    extra+=("${defines[@]}")
    check "windows  $source" "$mingw" "${flags[@]}" "${includes[@]}" "${extra[@]}" "$source"
done
rc="$build/packaging/zoho-onboarding.rc"
if [[ -f "$rc" ]]; then
    check "windows  $(basename "$rc") (version resource, icon)" "$windres" -I /usr/share/mingw-w64/include "$rc" -O coff -o /dev/null
else
    echo "FAILED   $rc is missing (build the zoho-linux-package-files target)" >&2
    failed=1
fi

mapfile -t mac_sources < <(find app ui -name '*_mac.cpp' -o -name '*_mac.mm' | sort)
for source in "${mac_sources[@]}"; do
    check "macOS    $source" "${CXX:-g++}" "${flags[@]}" -include tests/platform-stubs/qt65.h \
        -I tests/platform-stubs "${includes[@]}" "$source"
done

[[ ${#windows_sources[@]} -gt 0 && ${#mac_sources[@]} -gt 0 ]] || { echo "FAILED: no platform sources found" >&2; exit 1; }
exit $failed
