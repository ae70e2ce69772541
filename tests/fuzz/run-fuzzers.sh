#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs each libFuzzer target of a fuzz build folder for SECONDS over a copy of its kept corpus
# (tests/fuzz/corpus/<target>), after replaying the reproducers of fixed crashes
# (tests/fuzz/crashes/<target>-*). Exits non-zero on the first crash, leak, sanitizer report or
# broken invariant, leaving the input that caused it in BUILD/fuzz-artifacts/.
#
#   tests/fuzz/run-fuzzers.sh BUILD [SECONDS] [TARGET…]
#
# New interesting inputs stay in BUILD/fuzz-work/<target>; the kept corpus is only ever read
# (tests/fuzz/README.md says how to merge new inputs into it). FUZZ_SEED fixes libFuzzer's
# random seed (CI sets it, so a run there explores the same inputs each time); unset, it is random.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
build="${1:?usage: $0 BUILD [SECONDS] [TARGET…]}"
seconds="${2:-60}"
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_csv_reader fuzz_importer)
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"

for target in "${targets[@]}"; do
    binary="$build/tests/fuzz/$target"
    if [ ! -x "$binary" ]; then
        echo "error: $binary is not built (configure with -DHERALD_FUZZ=ON and CXX=clang++)" >&2
        exit 1
    fi
    started=$(date +%s)
    shopt -s nullglob
    crashes=("$here/crashes/$target"-*)
    shopt -u nullglob
    if [ ${#crashes[@]} -gt 0 ]; then
        echo "== $target: replaying ${#crashes[@]} fixed crash(es)"
        "$binary" -runs=1 "${crashes[@]}" > "$artifacts/$target-replay.log" 2>&1 || {
            tail -n 60 "$artifacts/$target-replay.log"
            echo "error: $target crashes again on a fixed reproducer" >&2
            exit 1
        }
    fi
    work="$build/fuzz-work/$target"
    rm -rf "$work"
    mkdir -p "$work"
    cp "$here/corpus/$target"/* "$work"/
    echo "== $target: $(ls "$work" | wc -l) corpus inputs, fuzzing for $seconds s"
    log="$artifacts/$target.log"
    if ! "$binary" -max_total_time="$seconds" -max_len=4096 -timeout=30 -rss_limit_mb=4096 \
        -seed="${FUZZ_SEED:-0}" -dict="$here/csv.dict" -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        "$work" > "$log" 2>&1; then
        tail -n 80 "$log"
        echo "error: $target failed; the input is in $artifacts (see tests/fuzz/README.md)" >&2
        exit 1
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)' "$log" | tr '\n' ' ' || true
    echo
    echo "== $target: passed in $(( $(date +%s) - started )) s"
done
