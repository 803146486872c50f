#!/usr/bin/env bash
# Runs one command on a real X server (Xvfb) with the desktop's accessibility bus (AT-SPI) running
# and Qt's bridge to it switched on, as when a screen reader is in use. Run it inside a D-Bus
# session (keyring-session.sh): the accessibility bus registers there.
#
#   screen-reader-session.sh COMMAND [ARGS...]
set -euo pipefail

pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

# A free display number, chosen by Xvfb itself.
displayfd=$(mktemp "${TMPDIR:-/tmp}/zoho-xvfb.XXXXXX")
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$displayfd" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
    [[ -s "$displayfd" ]] && break
    sleep 0.05
done
export DISPLAY=":$(head -n1 "$displayfd")"
rm -f "$displayfd"

launcher=""
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [[ -x "$candidate" ]] && launcher=$candidate && break
done
[[ -n "$launcher" ]] || { echo "at-spi-bus-launcher not found (package at-spi2-core)" >&2; exit 1; }
"$launcher" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
           org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q "boolean true"; then
        break
    fi
    sleep 0.1
done

export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
status=0
"$@" || status=$?
exit $status
