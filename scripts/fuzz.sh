#!/usr/bin/env bash
# Fuzzes the parsers of server answers and typed text with libFuzzer (clang 14, ASan + UBSan) in
# build-fuzz/: builds only the tests/fuzz targets, runs each for a while on a copy of its
# checked-in corpus (tests/fuzz/corpus/<name>) and prints executions, coverage and crashes.
# Exits non-zero when any target found a crash, leak, UB, timeout or out-of-memory.
#
#   scripts/fuzz.sh              # 60 s per target
#   scripts/fuzz.sh 300          # 300 s per target
#   scripts/fuzz.sh 60 schema    # only fuzz_schema
#
# Findings land in build-fuzz/artifacts/<name>/, logs in build-fuzz/logs/<name>.log. Reproduce
# one with build-fuzz/tests/fuzz/fuzz_<name> <file>.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds="${1:-60}"
[ $# -gt 0 ] && shift
case "$seconds" in
    ''|*[!0-9]*) akdesk_log "usage: $0 [seconds per target] [target...]"; exit 2 ;;
esac
targets=("$@")
# Every target has its corpus folder (tests/fuzz/CMakeLists.txt lists the same names).
if [ ${#targets[@]} -eq 0 ]; then
    for dir in "$AKDESK_ROOT"/tests/fuzz/corpus/*/; do targets+=("$(basename "$dir")"); done
fi

FUZZ_BUILD_DIR="${AKDESK_FUZZ_BUILD_DIR:-$AKDESK_ROOT/build-fuzz}"
FUZZ_SOURCE_DIR="$AKDESK_ROOT/tests/fuzz"

# Longest input per target: 64 KiB is more than any real error body or schema excerpt. Diagrams
# stop at 32 KiB (a real one is 1-10 KiB): the parser's node lookup and the layout are quadratic,
# a crafted 64 KiB diagram takes ~7 s under ASan, which would only slow the search down.
# A drafts row or a merge is a few KiB; the SQLite target writes each input, so it stays small.
declare -A max_len=([records]=65536 [apierror]=65536 [flowgraph]=32768 [duration]=4096 [schema]=65536
                    [rowsplitter]=65536 [pagination]=8192 [merge]=16384 [localstore]=8192 [usedby]=65536)

akdesk_install_deps clang-14 libfuzzer-14-dev

# Everything (akdesk_models included) gets coverage and sanitizers; the targets link libFuzzer's
# main(). Debug keeps Qt's Q_ASSERTs (out-of-range at(), first() on empty lists) on.
sanitize="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
akdesk_log "configuring $FUZZ_BUILD_DIR"
cmake -S "$AKDESK_ROOT" -B "$FUZZ_BUILD_DIR" -G Ninja \
    -DAKDESK_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS=-O1 -fno-omit-frame-pointer $sanitize" >/dev/null
akdesk_log "building the fuzz targets"
cmake --build "$FUZZ_BUILD_DIR" --target "${targets[@]/#/fuzz_}" --parallel "$(nproc)"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

summary=()
failed=0
for name in "${targets[@]}"; do
    binary="$FUZZ_BUILD_DIR/tests/fuzz/fuzz_$name"
    corpus="$FUZZ_BUILD_DIR/corpus/$name"
    artifacts="$FUZZ_BUILD_DIR/artifacts/$name"
    log="$FUZZ_BUILD_DIR/logs/$name.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    # A copy, so the checked-in corpus only grows by hand (regression seeds); what earlier runs
    # found stays in the copy.
    cp -r "$FUZZ_SOURCE_DIR/corpus/$name/." "$corpus/"
    options=(-max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
             -max_len="${max_len[$name]:-65536}" -artifact_prefix="$artifacts/")
    [ -f "$FUZZ_SOURCE_DIR/dict/$name.dict" ] && options+=(-dict="$FUZZ_SOURCE_DIR/dict/$name.dict")
    akdesk_log "fuzzing $name for ${seconds}s (log: $log)"
    before=$(find "$artifacts" -type f | wc -l)
    rc=0
    "$binary" "${options[@]}" "$corpus" >"$log" 2>&1 || rc=$?
    after=$(find "$artifacts" -type f | wc -l)

    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -n 1 || true)
    corpus_size=$(find "$corpus" -type f | wc -l)
    if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
        found=$(grep -m 1 -o -E 'ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer)[^(]*|runtime error: .*|deadly signal|Test unit written to .*' "$log" | head -n 1 || true)
        result="CRASHED (exit $rc): ${found:-see log}"
        failed=1
    else
        result="ok"
    fi
    summary+=("$(printf '%-10s executions %-10s %-22s corpus %-5s %s' "$name" "${executions:-?}" "${coverage:-cov: ?}" "$corpus_size" "$result")")
done

printf '\n'
printf '%s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then
    akdesk_log "crashes found: inputs in $FUZZ_BUILD_DIR/artifacts/, details in $FUZZ_BUILD_DIR/logs/"
    exit 1
fi
