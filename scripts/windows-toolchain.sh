#!/usr/bin/env bash
# Builds what the Windows cross build of zoho-onboarding links against: Qt 6.4.2 (qtbase, Qt SVG,
# Qt NetworkAuth) and QtKeychain 0.13.2 with its Credential Manager backend, compiled with
# MinGW-w64 (posix threads) into one prefix in a cache outside the clone:
#   ${XDG_CACHE_HOME:-$HOME/.cache}/zoho-onboarding/windows-<key>/prefix
# The key hashes everything that changes the result (versions, the archives' checksums, the
# configure options, the toolchain file, the compiler's version), so a change builds a new prefix
# and an unchanged recipe reuses the old one. Each stage leaves a stamp, so a rerun after a failure
# resumes at the stage that failed.
#
#   scripts/windows-toolchain.sh                 build what is missing, then print the prefix
#   scripts/windows-toolchain.sh --print-prefix  print the prefix only (built or not)
#
# Sources: qtbase comes from Debian's archive (apt-get source, through a private apt configuration
# that leaves the system's untouched); Qt SVG, Qt NetworkAuth and QtKeychain, which Debian's archive
# does not serve, are looked for in $ZOHO_ONBOARDING_WINDOWS_SOURCES, the cache's sources folder and
# ../shared/third-party next to the clone. Every archive is checked against the checksums below.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

qt_version=6.4.2
qtbase_debian_version=6.4.2+dfsg-10
keychain_version=0.13.2
# name  sha256
archives=(
    "qt6-base_6.4.2+dfsg.orig.tar.xz 4f14b89a9463a540fd84a6718b8519a2297119b454ef547721015a9e9019ae9e"
    "qtsvg-everywhere-src-6.4.2.tar.xz b7f5c33044bc14926e9d7f3de46591e84ea943bb937592a5258fdfbd7f392cc6"
    "qtnetworkauth-everywhere-src-6.4.2.tar.xz 5bc7a4c7099b09d40bcc2e510078266c7f09f5aa89f22a62bcd7e139584e0f4c"
    "qtkeychain-0.13.2.tar.xz 01c3ced983957aae8bfcad8fc2ca38cf4111c40f028bc29957a1f6eda657be63"
)

# Only what the program uses. Two options are forced: Debian's tarball drops src/3rdparty/wintab
# (so no tablet events), and Qt 6.4.2's Windows platform plugin does not compile without OpenGL.
qtbase_options=(
    -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake
    -DQT_QMAKE_TARGET_MKSPEC=win32-g++
    -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_printsupport=OFF -DFEATURE_concurrent=OFF
    -DFEATURE_openssl=OFF -DFEATURE_schannel=ON
    -DFEATURE_tabletevent=OFF -DFEATURE_opengl=ON -DFEATURE_opengl_desktop=ON
    -DFEATURE_testlib=ON
)
module_options=(-DCMAKE_BUILD_TYPE=Release)
keychain_options=(-DCMAKE_BUILD_TYPE=Release -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF
    -DBUILD_TEST_APPLICATION=OFF -DUSE_CREDENTIAL_STORE=ON)

toolchain_file_text='set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 "${ZOHO_WINDOWS_PREFIX}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
'

cache="${XDG_CACHE_HOME:-$HOME/.cache}/zoho-onboarding"
sources="$cache/sources"

compiler_version() {
    if command -v x86_64-w64-mingw32-g++-posix >/dev/null; then
        x86_64-w64-mingw32-g++-posix --version | head -n1
    else
        echo none
    fi
}

key=$( {
    echo "qt $qt_version qtbase $qtbase_debian_version keychain $keychain_version"
    printf '%s\n' "${archives[@]}" "${qtbase_options[@]}" "${module_options[@]}" "${keychain_options[@]}"
    echo "$toolchain_file_text"
    compiler_version
    dpkg-query -W -f='${Version}\n' qt6-base-dev 2>/dev/null || echo "host qt unknown"
} | sha256sum | cut -c1-16)
work="$cache/windows-$key"
prefix="$work/prefix"

if [[ "${1:-}" == "--print-prefix" ]]; then
    echo "$prefix"
    exit 0
fi

fail() { echo "windows-toolchain: $*" >&2; exit 1; }

host_translations=/usr/share/qt6/translations
# Qt's own texts (qtbase_*.qm), which qttranslations would build: the host's catalogs of the same
# Qt version (Debian: qt6-translations-l10n; a .qm is the same file on every system) go into the
# prefix's translations folder, where a Windows program built against it finds them
# (QLibraryInfo::TranslationsPath) and the deployment takes them from. A stage of its own, so a
# prefix built before it gets it too.
install_translations() {
    compgen -G "$host_translations/qtbase_*.qm" >/dev/null ||
        fail "no Qt translations in $host_translations; run scripts/install-deps.sh"
    mkdir -p "$prefix/translations"
    cp "$host_translations"/qtbase_*.qm "$prefix/translations/"
    touch "$work/translations.done"
}
if [[ -f "$work/complete" && -f "$work/translations.done" ]]; then
    echo "$prefix"
    exit 0
fi

for tool in x86_64-w64-mingw32-g++-posix x86_64-w64-mingw32-windres cmake ninja xz sha256sum; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing; run scripts/install-deps.sh --windows"
done
[[ -x /usr/lib/qt6/libexec/moc ]] || fail "the host's Qt tools are missing; run scripts/install-deps.sh"

mkdir -p "$sources" "$work"
# One build at a time per cache: two CI jobs on one machine share the result instead of racing.
exec 9>"$cache/windows.lock"
flock 9
if [[ -f "$work/complete" ]]; then
    [[ -f "$work/translations.done" ]] || install_translations
    echo "$prefix"
    exit 0
fi

checksum_of() {
    local name=$1 entry
    for entry in "${archives[@]}"; do
        [[ "${entry%% *}" == "$name" ]] && { echo "${entry##* }"; return; }
    done
    fail "no checksum pinned for $name"
}

# Fills $sources/<name> from wherever it can be had and checks it; says what is missing otherwise.
fetch_archive() {
    local name=$1 expected dir
    expected=$(checksum_of "$name")
    if [[ ! -f "$sources/$name" ]]; then
        for dir in "${ZOHO_ONBOARDING_WINDOWS_SOURCES:-}" "$root/../shared/third-party" \
                   "$root/../../shared/third-party"; do
            if [[ -n "$dir" && -f "$dir/$name" ]]; then
                cp "$dir/$name" "$sources/$name.part" && mv "$sources/$name.part" "$sources/$name"
                break
            fi
        done
    fi
    if [[ ! -f "$sources/$name" && "$name" == qt6-base_* ]]; then
        fetch_qtbase_from_debian
    fi
    if [[ ! -f "$sources/$name" ]]; then
        fail "missing source archive '$name' (sha256 $expected).
  Put it in \$ZOHO_ONBOARDING_WINDOWS_SOURCES, in $sources/ or in ../shared/third-party/ next to the clone.
  Qt's modules are Qt's release archives (https://download.qt.io/archive/qt/6.4/$qt_version/submodules/),
  QtKeychain is the v$keychain_version tag of https://github.com/frankosterfeld/qtkeychain packed as
  qtkeychain-$keychain_version.tar.xz."
    fi
    local actual
    actual=$(sha256sum "$sources/$name" | cut -d' ' -f1)
    if [[ "$actual" != "$expected" ]]; then
        mv "$sources/$name" "$sources/$name.bad"
        fail "'$name' has sha256 $actual, expected $expected; moved aside to $sources/$name.bad"
    fi
}

# apt-get source with a private configuration: a deb-src entry of its own, its own lists and
# cache, nothing written under /etc or /var. apt checks the archive against Debian's signed index.
fetch_qtbase_from_debian() {
    local apt="$cache/apt"
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/download"
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main" \
        >"$apt/sources.list"
    local options=(-o Dir::Etc::SourceList="$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
                   -o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt/cache"
                   -o Debug::NoLocking=1 -o APT::Sandbox::User="$(id -un)")
    echo "windows-toolchain: fetching qt6-base $qtbase_debian_version's source from Debian's archive" >&2
    if apt-get "${options[@]}" -qq update >&2 &&
       (cd "$apt/download" && apt-get "${options[@]}" -qq source --download-only \
            "qt6-base=$qtbase_debian_version" >&2); then
        mv "$apt/download/qt6-base_${qt_version}+dfsg.orig.tar.xz" "$sources/"
    else
        echo "windows-toolchain: apt-get could not fetch qt6-base $qtbase_debian_version's source" >&2
    fi
}

unpack() {
    local name=$1 into=$2
    rm -rf "$into" && mkdir -p "$into"
    tar -xJf "$sources/$name" -C "$into" --strip-components=1
}

build="$work/build"
export ZOHO_WINDOWS_PREFIX="$prefix"
toolchain="$work/mingw-w64.cmake"
# Rewritten only when it changed: a newer file makes an interrupted build configure again.
printf '%s' "$toolchain_file_text" | cmp -s - "$toolchain" || printf '%s' "$toolchain_file_text" >"$toolchain"
# ZOHO_WINDOWS_JOBS: parallel compile jobs (default: one per core).
jobs=${ZOHO_WINDOWS_JOBS:-$(nproc)}
started=$SECONDS

if [[ ! -f "$work/qtbase.done" ]]; then
    echo "windows-toolchain: building qtbase $qt_version for Windows (about 20 minutes on 2 idle cores)" >&2
    # An interrupted build (same key, so same sources and options) goes on where it stopped.
    if [[ ! -f "$build/qtbase/build.ninja" ]]; then
        fetch_archive "qt6-base_${qt_version}+dfsg.orig.tar.xz"
        unpack "qt6-base_${qt_version}+dfsg.orig.tar.xz" "$build/qtbase-src"
        cmake -S "$build/qtbase-src" -B "$build/qtbase" -G Ninja -Wno-dev \
            -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_INSTALL_PREFIX="$prefix" \
            "${qtbase_options[@]}" >"$build/qtbase-configure.log" 2>&1 ||
            { tail -n 40 "$build/qtbase-configure.log" >&2; rm -rf "$build/qtbase";
              fail "qtbase's configure failed; see $build/qtbase-configure.log"; }
    fi
    cmake --build "$build/qtbase" --parallel "$jobs" >"$build/qtbase-build.log" 2>&1 ||
        { tail -n 40 "$build/qtbase-build.log" >&2; fail "qtbase's build failed; see $build/qtbase-build.log"; }
    cmake --install "$build/qtbase" >/dev/null
    rm -rf "$build/qtbase" "$build/qtbase-src"
    touch "$work/qtbase.done"
fi

for module in qtsvg qtnetworkauth; do
    [[ -f "$work/$module.done" ]] && continue
    name="$module-everywhere-src-$qt_version.tar.xz"
    fetch_archive "$name"
    echo "windows-toolchain: building $module $qt_version for Windows" >&2
    unpack "$name" "$build/$module-src"
    "$prefix/bin/qt-cmake" -S "$build/$module-src" -B "$build/$module" -G Ninja -Wno-dev \
        "${module_options[@]}" >"$build/$module.log" 2>&1 &&
    cmake --build "$build/$module" --parallel "$jobs" >>"$build/$module.log" 2>&1 &&
    cmake --install "$build/$module" >>"$build/$module.log" 2>&1 ||
        { tail -n 40 "$build/$module.log" >&2; fail "$module's build failed; see $build/$module.log"; }
    rm -rf "$build/$module" "$build/$module-src"
    touch "$work/$module.done"
done

if [[ ! -f "$work/qtkeychain.done" ]]; then
    name="qtkeychain-$keychain_version.tar.xz"
    fetch_archive "$name"
    echo "windows-toolchain: building QtKeychain $keychain_version (Credential Manager) for Windows" >&2
    unpack "$name" "$build/qtkeychain-src"
    cmake -S "$build/qtkeychain-src" -B "$build/qtkeychain" -G Ninja -Wno-dev \
        -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DCMAKE_PREFIX_PATH="$prefix" "${keychain_options[@]}" >"$build/qtkeychain.log" 2>&1 &&
    cmake --build "$build/qtkeychain" --parallel "$jobs" >>"$build/qtkeychain.log" 2>&1 &&
    cmake --install "$build/qtkeychain" >>"$build/qtkeychain.log" 2>&1 ||
        { tail -n 40 "$build/qtkeychain.log" >&2; fail "QtKeychain's build failed; see $build/qtkeychain.log"; }
    rm -rf "$build/qtkeychain" "$build/qtkeychain-src"
    touch "$work/qtkeychain.done"
fi

[[ -f "$work/translations.done" ]] || install_translations

rm -rf "$build"
touch "$work/complete"
echo "windows-toolchain: built in $((SECONDS - started)) s into $prefix" >&2
echo "$prefix"
