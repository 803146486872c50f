#!/usr/bin/env bash
# Signs the macOS app with a Developer ID and notarizes the DMG. The identities are inputs, never
# stored here:
#   ZOHO_MACOS_SIGN_IDENTITY   the signing identity, e.g. "Developer ID Application: Optiply B.V. (TEAMID)",
#                              in a keychain this session can use
#   and for notarization either
#   ZOHO_NOTARY_PROFILE        a notarytool keychain profile (xcrun notarytool store-credentials), or
#   ZOHO_NOTARY_KEY_FILE, ZOHO_NOTARY_KEY_ID, ZOHO_NOTARY_ISSUER   an App Store Connect API key.
#
#   scripts/macos-sign-and-notarize.sh sign-app  PATH/Connect Zoho to Optiply.app
#   scripts/macos-sign-and-notarize.sh notarize  PATH/zoho-onboarding-VERSION-macos.dmg
#
# sign-app runs inside `cpack -G DragNDrop` (packaging/macos/sign-app.cmake, when
# ZOHO_MACOS_SIGN_IDENTITY is set), so the DMG holds the signed app; notarize runs on the DMG after.
# Keep the identity and the bundle identifier (com.optiply.ZohoOnboarding) the same from release to
# release: the keychain's "Always Allow" for the stored credentials survives an update only then.
set -euo pipefail

die() { echo "macos-sign-and-notarize: $*" >&2; exit 1; }
[[ $# -eq 2 ]] || die "usage: $0 sign-app APP | notarize DMG"
[[ -n "${ZOHO_MACOS_SIGN_IDENTITY:-}" ]] || die "set ZOHO_MACOS_SIGN_IDENTITY to the Developer ID Application identity"
identity=$ZOHO_MACOS_SIGN_IDENTITY
target=$2

sign() {
    # Hardened runtime (required for notarization) and a secure timestamp.
    codesign --force --timestamp --options runtime --sign "$identity" "$@"
}

case "$1" in
sign-app)
    [[ -d "$target/Contents/MacOS" ]] || die "$target is not an app bundle"
    # Inside out: first every library and plugin macdeployqt put there, then the frameworks, then the
    # app (Apple advises against --deep for signing).
    while IFS= read -r -d '' file; do
        if file -b "$file" | grep -q "Mach-O"; then
            sign "$file"
        fi
    done < <(find "$target/Contents/Frameworks" "$target/Contents/PlugIns" -type f -print0 2>/dev/null)
    while IFS= read -r -d '' framework; do
        sign "$framework"
    done < <(find "$target/Contents/Frameworks" -maxdepth 1 -name '*.framework' -print0 2>/dev/null)
    sign "$target"
    codesign --verify --deep --strict --verbose=2 "$target"
    ;;
notarize)
    [[ -f "$target" ]] || die "$target does not exist"
    sign "$target"
    if [[ -n "${ZOHO_NOTARY_PROFILE:-}" ]]; then
        credentials=(--keychain-profile "$ZOHO_NOTARY_PROFILE")
    elif [[ -n "${ZOHO_NOTARY_KEY_FILE:-}" && -n "${ZOHO_NOTARY_KEY_ID:-}" && -n "${ZOHO_NOTARY_ISSUER:-}" ]]; then
        credentials=(--key "$ZOHO_NOTARY_KEY_FILE" --key-id "$ZOHO_NOTARY_KEY_ID" --issuer "$ZOHO_NOTARY_ISSUER")
    else
        die "set ZOHO_NOTARY_PROFILE, or ZOHO_NOTARY_KEY_FILE, ZOHO_NOTARY_KEY_ID and ZOHO_NOTARY_ISSUER"
    fi
    xcrun notarytool submit "$target" "${credentials[@]}" --wait --timeout 30m
    xcrun stapler staple "$target"
    xcrun stapler validate "$target"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$target"
    ;;
*)
    die "unknown step $1 (sign-app or notarize)"
    ;;
esac
