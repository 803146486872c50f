#!/usr/bin/env bash
# Installs, from Debian 12's own archive, whatever this machine lacks to build zoho-onboarding
# (and, with --tests, to run its test suite). Installs nothing that is already there.
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
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(
        # a private, real Secret Service for the keychain tests
        dbus-daemon dbus-bin gnome-keyring libsecret-tools procps
        # the fuzz targets (clang with libFuzzer) and static analysis (scripts/tidy.sh)
        clang libclang-rt-14-dev clang-tidy
        # a real X server and the accessibility bus, for the screen-reader test
        xvfb at-spi2-core
        # the Linux package check (scripts/package-deb.sh): build, lint, validate, install
        dpkg-dev lintian appstream desktop-file-utils file util-linux nsis
        # the Windows-only sources compiled syntax-only (scripts/check-platform-sources.sh)
        g++-mingw-w64-x86-64 binutils-mingw-w64-x86-64
        # certificates made at test time for the TLS tests
        openssl
    )
fi

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
