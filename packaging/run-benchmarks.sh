#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the release preset and runs every benchmark (tests/benchmarks/*_bench) inside the test environment.
# Usage: packaging/run-benchmarks.sh [name-filter]     e.g. packaging/run-benchmarks.sh startup
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/.."
filter=${1:-}
cmake --preset release >/dev/null
cmake --build --preset release
for bench in build/release/tests/benchmarks/*_bench; do
    [[ -x "$bench" ]] || continue
    [[ -z "$filter" || "$(basename "$bench")" == *"$filter"* ]] || continue
    echo "== $(basename "$bench")"
    "$here/with-test-env.sh" "$bench"
    if [[ "$(basename "$bench")" == soak_bench ]]; then
        # The mode above is one process with no restart (Qt WebEngine's own growth); this one is the product,
        # restarting after [kiosk] restart_after_sessions visitors as a kiosk does (docs/lockdown.md).
        echo "== soak_bench product"
        "$here/with-test-env.sh" "$bench" product
    fi
done
