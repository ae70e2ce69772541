#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every benchmark executable (bench_*) of a build and prints one JSON array of their
# results. Benchmarks measure budgets of DESIGN §7; they are not part of `make test`.
#   tests/bench/run-benchmarks.sh [BUILD_DIR] > bench.json
# The sending benchmarks (bench_sending_*) start `herald-cli simulator` from the same build, so
# build herald-cli too; the full set takes several minutes.
set -euo pipefail
build="${1:-build}"
mapfile -t benches < <(find "$build/tests/bench" -type f -executable -name 'bench_*' | sort)
if [ ${#benches[@]} -eq 0 ]; then
    echo "no benchmarks found under $build/tests/bench (build first: cmake --build $build)" >&2
    exit 2
fi
echo "["
first=1
for bench in "${benches[@]}"; do
    echo "running $(basename "$bench")" >&2
    result=$(QT_QPA_PLATFORM=offscreen "$bench")
    [ $first -eq 1 ] || echo ","
    first=0
    printf '%s' "$result"
done
echo
echo "]"
