#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (the "fuzz" preset: clang, ASan, UBSan) and runs each for SECONDS (default 60) over
# its committed seed corpus, then prints the executions per target. Any crash, leak or sanitizer report fails.
# New interesting inputs go to build/fuzz/corpus/<target> (not committed); a finding's input is written to
# build/fuzz/findings/ - add it to tests/fuzz/corpus/<target>/ with the fix, as a regression.
# Usage: packaging/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
cd "$top"
seconds=${1:-60}
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(settings hubmessages identity manifest guide)
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
export TMPDIR=${TMPDIR:-/dev/shm} # the settings and guide readers go through files
mkdir -p build/fuzz/findings
status=0
for target in "${targets[@]}"; do
    work="build/fuzz/corpus/$target"
    mkdir -p "$work"
    log="build/fuzz/$target.log"
    if "build/fuzz/tests/fuzz/${target}_fuzz" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="build/fuzz/findings/$target-" "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
        runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
        echo "fuzz: $target: ${runs:-?} executions in ${seconds} s, no finding"
    else
        echo "fuzz: $target FAILED; see $log and build/fuzz/findings/" >&2
        tail -n 30 "$log" >&2
        status=1
    fi
done
exit "$status"
