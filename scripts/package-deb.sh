#!/usr/bin/env bash
# Builds the Linux package and proves it: `cpack -G DEB`, lintian (no errors, no warnings), the
# AppStream metainfo and the desktop entry validated, the icons checked, then the package installed
# on this machine with `apt-get install ./….deb`, the installed program run (--version, values, the
# wizard's first page drawn on the offscreen platform) and the package removed again.
# With makensis installed it also compiles the Windows installer's NSIS script (of this Linux
# build: it only proves the script and its includes compile).
#
#   scripts/package-deb.sh [--build-dir DIR] [--keep]     (default DIR: build/)
#
# CI runs it through ctest (test packaging_deb). Exit status 77 (ctest: skipped) when a tool is
# missing or installing is impossible (not root, no sudo); scripts/install-deps.sh --tests
# installs the tools. --keep leaves the package in DIR/packages/ instead of a temporary folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
keep=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --build-dir) build=$(cd "$2" && pwd); shift 2 ;;
        --keep) keep=1; shift ;;
        *) echo "usage: $0 [--build-dir DIR] [--keep]" >&2; exit 2 ;;
    esac
done

skip() { echo "SKIPPED: $*" >&2; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

for tool in cpack lintian appstreamcli desktop-file-validate dpkg-shlibdeps dpkg-deb apt-get file flock objdump; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (scripts/install-deps.sh --tests installs it)"
done
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo -n true 2>/dev/null || skip "installing the package needs root or password-less sudo"
    sudo=(sudo -n)
fi
[[ -f "$build/CPackConfig.cmake" ]] || fail "$build is not a configured build folder (run cmake first)"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$build/CMakeCache.txt")
[[ -n "$version" ]] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"
app_id=com.optiply.ZohoOnboarding

work=$(mktemp -d)
installed=0
cleanup() {
    if [[ $installed -eq 1 ]]; then
        step "removing the package"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=120 zoho-onboarding >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "building (nothing happens when the build is current)"
cmake --build "$build" --target zoho-onboarding zoho-linux-package-files >/dev/null

step "cpack -G DEB"
out="$work/packages"
[[ $keep -eq 1 ]] && out="$build/packages"
(cd "$build" && cpack -G DEB -B "$out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
deb="$out/zoho-onboarding_${version}_amd64.deb"
[[ -f "$deb" ]] || fail "cpack made no $deb"
echo "$deb ($(stat -c %s "$deb") bytes)"

step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Version)" == "$version" ]] || fail "package version $(field Version), CMake says $version"
depends=$(field Depends)
echo "Depends: $depends"
# dpkg-shlibdeps found the libraries, with the versions the build needs.
for library in libqt6core6 libqt6widgets6 libqt6networkauth6 libqt6svg6 libqt6keychain1 libc6; do
    [[ "$depends" == *"$library ("* ]] || fail "Depends lacks $library with a version (dpkg-shlibdeps)"
done

step "lintian"
lintian --fail-on error,warning "$deb" || fail "lintian"

step "contents: desktop entry, AppStream metainfo, icons"
tree="$work/tree"
dpkg-deb -x "$deb" "$tree"
desktop-file-validate "$tree/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$tree/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
appstreamcli validate-tree --no-net "$tree" || fail "appstreamcli validate-tree"
grep -q "<release version=\"$version\"" "$tree/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo's release is not $version"
zcat "$tree/usr/share/doc/zoho-onboarding/changelog.gz" | head -1 | grep -q "^zoho-onboarding ($version) " \
    || fail "the changelog's first entry is not $version"
for size in 16 24 32 48 64 128 256 512; do
    png="$tree/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    file -b "$png" | grep -q "^PNG image data, $size x $size," || fail "$png is not a $size px PNG"
done
[[ -f "$tree/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ]] || fail "no scalable icon"
# The other systems' icons, rendered by the same build step.
file -b "$build/packaging/zoho-onboarding.ico" | grep -q "^MS Windows icon resource - 8 icons" || fail "the .ico"
file -b "$build/packaging/zoho-onboarding.icns" | grep -q "^Mac OS X icon" || fail "the .icns"

if command -v makensis >/dev/null; then
    step "cpack -G NSIS (the Windows installer's script compiles)"
    (cd "$build" && cpack -G NSIS -B "$work/nsis" >"$work/nsis.log" 2>&1) || { cat "$work/nsis.log"; fail "cpack -G NSIS"; }
    # A 64-bit NSIS installer is a PE32+ program that `file` no longer names; its data carries NSIS's
    # own signature, "NullsoftInst".
    installer="$work/nsis/zoho-onboarding-$version-Linux.exe"
    file -b "$installer" | grep -q "^PE32" && grep -q -a "NullsoftInst" "$installer" || fail "no NSIS installer"
else
    echo "(makensis not installed: the NSIS script is compiled by the workflow only)"
fi

step "apt-get install ./$(basename "$deb")"
# One package check at a time on this machine (parallel builds share dpkg and /usr/bin).
exec 9>/tmp/zoho-onboarding-package-check.lock
flock -w 600 9 || fail "another package check holds /tmp/zoho-onboarding-package-check.lock"
installed=1
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=120 "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
dpkg-query -W -f='${Status} ${Version}\n' zoho-onboarding | grep -q "install ok installed $version" \
    || fail "dpkg does not list zoho-onboarding $version as installed"

step "the installed program"
program=/usr/bin/zoho-onboarding
home="$work/home"
mkdir -p "$home/runtime"
chmod 700 "$home/runtime"
run() { env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$home/runtime" LANG=C.UTF-8 "$@"; }
ldd "$program" | grep -q "not found" && fail "libraries missing: $(ldd "$program" | grep 'not found')"
# What a clean machine would lack: every library the program links directly comes from a package
# that Depends names.
while read -r library; do
    path=$(ldd "$program" | awk -v lib="$library" '$1 == lib { print $3 }')
    owner=$(dpkg-query -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1) \
        || owner=$(dpkg-query -S "$path" | head -1 | cut -d: -f1)
    [[ ", $depends," == *", $owner ("* || ", $depends," == *", $owner,"* ]] \
        || fail "$library comes from $owner, which Depends does not name"
done < <(objdump -p "$program" | awk '$1 == "NEEDED" { print $2 }')
[[ "$(run "$program" --version)" == "zoho-onboarding $version" ]] || fail "--version printed '$(run "$program" --version)'"
values=$(run "$program" values --json) || fail "values exited with $?"
for expected in '"redirect_uris"' 'https://hotglue.xyz/callback' 'http://127.0.0.1:47813/zoho-onboarding/callback'; do
    [[ "$values" == *"$expected"* ]] || fail "values --json lacks $expected: $values"
done
first_page="$work/first-page.png"
run QT_QPA_PLATFORM=offscreen ZOHO_ONBOARDING_SNAPSHOT="$first_page" timeout 60 "$program" \
    || fail "the wizard did not draw its first page (exit status $?)"
description=$(file -b "$first_page")
echo "first page: $description, $(stat -c %s "$first_page") bytes"
[[ "$description" =~ ^PNG\ image\ data,\ ([0-9]+)\ x\ ([0-9]+) ]] || fail "no picture of the first page"
(( BASH_REMATCH[1] >= 500 && BASH_REMATCH[2] >= 400 )) || fail "the first page is only ${BASH_REMATCH[1]} x ${BASH_REMATCH[2]}"
# An empty window compresses to a few kilobytes; the page with its illustration and text to ~50.
(( $(stat -c %s "$first_page") > 20000 )) || fail "the first page looks empty"
mkdir -p "$build/screenshots"
cp "$first_page" "$build/screenshots/installed-package-first-page.png"

step "apt-get purge zoho-onboarding"
installed=0
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=120 zoho-onboarding \
    >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get purge"; }
[[ ! -e "$program" && ! -e /usr/share/applications/$app_id.desktop ]] || fail "files left after removal"

echo "PASSED: $(basename "$deb") built, checked, installed, run and removed"
