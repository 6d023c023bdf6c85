#!/usr/bin/env bash
# README command 1: install what is missing, build, and open akdesk on the embedded sandbox.
# Arguments are passed to akdesk (e.g. --seed-stages 5000).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

akdesk_install_deps
akdesk_build

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    akdesk_log "no display found: starting akdesk under xvfb-run"
    exec xvfb-run -a "$AKDESK_BUILD_DIR/app/akdesk" --sandbox "$@"
fi
exec "$AKDESK_BUILD_DIR/app/akdesk" --sandbox "$@"
