#!/usr/bin/env bash
# Regenerates akdesk's screenshots (main window, each seed kind's editor, dialogs) on a fresh
# sandbox under Xvfb into the folder given (default: screenshots/ at the top of the checkout), in
# English and, in its de/ subfolder, in German; dark/ and de-dark/ hold both in the dark look.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

out="${1:-$AKDESK_ROOT/screenshots}"
akdesk_install_deps
akdesk_build
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1400x900x24" "$AKDESK_BUILD_DIR/tests/akdesk-screenshots" "$out"
# The same windows in German, to check the translation's fit, and both languages in the dark look.
mkdir -p "$out/de" "$out/dark" "$out/de-dark"
xvfb-run -a -s "-screen 0 1400x900x24" "$AKDESK_BUILD_DIR/tests/akdesk-screenshots" "$out/de" de
xvfb-run -a -s "-screen 0 1400x900x24" "$AKDESK_BUILD_DIR/tests/akdesk-screenshots" "$out/dark" en dark
xvfb-run -a -s "-screen 0 1400x900x24" "$AKDESK_BUILD_DIR/tests/akdesk-screenshots" "$out/de-dark" de dark
