#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole suite (ctest, offscreen).
# Arguments are passed to ctest (e.g. -R unit_ or --label-regex gui).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

akdesk_install_deps
configure_args=()
# CI builds treat warnings as errors.
if [ -n "${CI:-}" ]; then configure_args+=(-DAKDESK_WERROR=ON); fi
akdesk_build "${configure_args[@]}"

export QT_QPA_PLATFORM=offscreen
cd "$AKDESK_BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout 300 "$@"
