#!/usr/bin/env bash
# Installs, from Debian 12's own archive, whatever this machine lacks to build zoho-onboarding
# (with --tests, to run its test suite; with --windows, to cross-build the Windows program and its
# installer and test them under Wine: scripts/test-windows.sh). Installs nothing that is already there.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libgl-dev
    # run: the window system plugins, the SVG renderer and a Secret Service client
    qt6-qpa-plugins libqt6svg6 libsecret-1-0 fonts-dejavu-core
    # Qt's own texts (standard buttons, dialogs) in the customer's language
    qt6-translations-l10n
)
for option in "$@"; do
  case "$option" in
  --tests)
    packages+=(
        # a private, real Secret Service for the keychain tests
        dbus-daemon dbus-bin gnome-keyring libsecret-tools procps
        # the fuzz targets (clang with libFuzzer) and static analysis (scripts/tidy.sh)
        clang libclang-rt-14-dev clang-tidy
        # a real X server and the accessibility bus, for the screen-reader test
        xvfb at-spi2-core
        # the Linux package check (scripts/package-deb.sh): build, lint, validate, install
        dpkg-dev lintian appstream desktop-file-utils file util-linux nsis
        # the Windows-only sources compiled syntax-only (scripts/check-platform-sources.sh; python3
        # reads the build's compile database)
        g++-mingw-w64-x86-64 binutils-mingw-w64-x86-64 python3
        # certificates made at test time for the TLS tests
        openssl
        # rebuilds from a compiler cache (CMakeLists.txt uses it when present)
        ccache
    )
    ;;
  --windows)
    packages+=(
        # the MinGW-w64 cross compiler with posix threads (Qt needs std::thread), the installer
        # compiler, Wine to run both, a private X server for the windows, and the host's Qt
        # tools (moc, rcc, uic, lrelease) and the emulator's build, which run here
        g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 nsis wine wine64 xvfb xauth
        xz-utils
        # the TLS tests' certificates, made here for the Windows tests
        openssl
        # the script's JSON reading, and the person typing at a console (scripts/type-at-terminal.py)
        python3
    )
    ;;
  *)
    echo "usage: $0 [--tests] [--windows]" >&2
    exit 2
    ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[[ $(id -u) -ne 0 ]] && sudo=(sudo)
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
