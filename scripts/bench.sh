#!/usr/bin/env bash
# Performance at scale (issue 9): builds the benchmarks in build-bench/ (optimised, with symbols
# for perf) and runs each one, printing one line per figure: value, target, ratio, PASS/MISS.
#   scripts/bench.sh                 every benchmark
#   scripts/bench.sh fetch ui        only bench_fetch and bench_ui
# Not part of the test suite: the figures depend on the machine. curl is the baseline of
# bench_fetch; perf and hyperfine are installed for profiling by hand (see README, Performance).
set -euo pipefail
export AKDESK_BUILD_DIR="${AKDESK_BUILD_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-bench}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

extra=(curl hyperfine)
# perf comes as linux-perf on Debian 12.
command -v perf >/dev/null 2>&1 || extra+=(linux-perf)
akdesk_install_deps "${extra[@]}"

configure=(-DAKDESK_WERROR=ON -DAKDESK_BENCHMARKS=ON)
command -v ccache >/dev/null 2>&1 && configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$AKDESK_BUILD_DIR/build.ninja" ]; then
    akdesk_log "configuring in $AKDESK_BUILD_DIR"
    cmake -S "$AKDESK_ROOT" -B "$AKDESK_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${configure[@]}"
fi

benchmarks=("$@")
[ ${#benchmarks[@]} -eq 0 ] && benchmarks=(sandbox fetch ui coldstart)
targets=()
for name in "${benchmarks[@]}"; do targets+=("bench_$name"); done
akdesk_log "building ${targets[*]}"
cmake --build "$AKDESK_BUILD_DIR" --parallel "$(nproc)" --target "${targets[@]}"

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-qt.qpa.*=false}"
status=0
for name in "${benchmarks[@]}"; do
    printf '\n== bench_%s ==\n' "$name"
    "$AKDESK_BUILD_DIR/tests/benchmarks/bench_$name" || status=$?
done
exit "$status"
