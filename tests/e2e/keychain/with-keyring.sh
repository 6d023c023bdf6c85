#!/usr/bin/env bash
# Runs a test program inside its own D-Bus session with a fresh, unlocked GNOME keyring (a real
# Secret Service, as on a desktop), in a fresh HOME. Usage: with-keyring.sh PROGRAM [ARGS...]
set -euo pipefail
if [ -z "${AKDESK_IN_KEYRING_SESSION:-}" ]; then
    export AKDESK_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
HOME="$(mktemp -d)"
export HOME XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$HOME/.run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
# --unlock reads the new login keyring's password from stdin and prints the variables to export.
# In the foreground (as our child), so that it ends with us and holds none of ctest's pipes.
printf 'akdesk-e2e' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$HOME/keyring.env" 2>/dev/null &
keyring=$!
trap 'kill "$keyring" 2>/dev/null || true; rm -rf "$HOME"' EXIT
# Ready once it owns the Secret Service's name on the bus.
for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break
    sleep 0.1
done
"$@"
