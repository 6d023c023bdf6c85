#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole suite (ctest, offscreen).
# Arguments are passed to ctest (e.g. -R unit_ or --label-regex gui).
#   scripts/test.sh --sanitize   builds in build-sanitize/ with AddressSanitizer and
#                                UndefinedBehaviorSanitizer and runs the whole suite under them.
set -euo pipefail
sanitize=0
if [ "${1:-}" = "--sanitize" ]; then
    sanitize=1
    shift
    export AKDESK_BUILD_DIR="${AKDESK_BUILD_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-sanitize}"
fi
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

akdesk_install_deps
configure_args=()
if [ "$sanitize" = 1 ]; then
    configure_args+=(-DAKDESK_SANITIZE=ON)
    # Leaks are checked; Qt's and its plugins' one-time allocations (not built with ASan, not ours
    # to fix) are listed in scripts/lsan.supp.
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
    export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lsan.supp:print_suppressions=0}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
fi
# CI builds treat warnings as errors.
if [ -n "${CI:-}" ]; then configure_args+=(-DAKDESK_WERROR=ON); fi
akdesk_build "${configure_args[@]}"

export QT_QPA_PLATFORM=offscreen
cd "$AKDESK_BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout 300 "$@"
