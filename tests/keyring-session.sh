#!/usr/bin/env bash
# Runs one command inside a private D-Bus session with its own, freshly created and unlocked
# GNOME Keyring (a real Secret Service), so tests never touch a developer's keychain and need no
# desktop. With --no-keyring, the session has no Secret Service at all.
#
# With --no-bus, there is no session bus at all (a plain SSH or tmux login).
#
#   keyring-session.sh [--no-keyring | --no-bus] COMMAND [ARGS...]
set -euo pipefail

start_keyring=1
no_bus=0
if [[ "${1:-}" == "--no-keyring" ]]; then
    start_keyring=0
    shift
elif [[ "${1:-}" == "--no-bus" ]]; then
    start_keyring=0
    no_bus=1
    shift
fi

if [[ -z "${ZOHO_KEYRING_INNER:-}" ]]; then
    sandbox=$(mktemp -d "${TMPDIR:-/tmp}/zoho-keyring.XXXXXX")
    trap 'rm -rf "$sandbox"' EXIT
    export HOME="$sandbox/home" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" \
           XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/run"
    mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    # So the test can search the whole sandbox for leaked secrets afterwards.
    export ZOHO_TEST_SANDBOX="$sandbox"
    if [[ $no_bus == 1 ]]; then
        unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
        "$@"
    elif [[ $start_keyring == 0 ]]; then
        # For the tests' KeychainRefusal (tests/support): this session has no Secret Service.
        export ZOHO_TEST_NO_SECRET_SERVICE=1
        # A bus without service activation, or D-Bus would start gnome-keyring on first use.
        ZOHO_KEYRING_INNER=1 dbus-run-session --config-file="$(dirname "$0")/dbus-session-no-services.conf" \
            -- "$0" --no-keyring "$@"
    else
        ZOHO_KEYRING_INNER=1 dbus-run-session -- "$0" "$@"
    fi
    exit $?
fi

if [[ $start_keyring == 1 ]]; then
    # --unlock reads the login keyring's password from stdin and creates that keyring unlocked.
    eval "$(printf 'zoho-test-password' | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    # Wait until the daemon owns the Secret Service's name (asking the name itself would make
    # D-Bus start a second daemon).
    for _ in $(seq 1 50); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
               org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
            break
        fi
        sleep 0.1
    done
fi

status=0
"$@" || status=$?
if [[ $start_keyring == 1 ]]; then
    # Stop this session's daemon only: other test sessions may run beside this one.
    for pid in $(pgrep -u "$(id -u)" gnome-keyring-d || true); do
        if tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qxF "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR"; then
            kill "$pid" 2>/dev/null || true
        fi
    done
fi
exit $status
