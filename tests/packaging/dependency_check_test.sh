#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The dependency check must catch a package that is used but not listed: take libsystemd-dev (the kiosk's
# watchdog header; the package a fresh machine once lacked) out of a copy of the list and expect the check to
# fail, naming the header, the package and the line to add.
# Usage: tests/packaging/dependency_check_test.sh <build-dir> <source-dir>
set -euo pipefail
build=${1:?build folder}
source=${2:?source folder}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

grep -v '^build libsystemd-dev$' "$source/packaging/debian-packages.txt" >"$work/list.txt"
if cmp -s "$work/list.txt" "$source/packaging/debian-packages.txt"; then
    echo "FAIL - the list has no 'build libsystemd-dev' line to take out" >&2
    exit 1
fi
status=0
python3 "$source/tests/packaging/dependency_check.py" "$build" "$source" --list "$work/list.txt" >"$work/out" || status=$?
cat "$work/out"
if [[ $status -ne 1 ]]; then
    echo "FAIL - the check ended with $status without libsystemd-dev in the list; expected 1" >&2
    exit 1
fi
if ! grep -q 'header /usr/include/systemd/.*comes from the package libsystemd-dev.*add the line: build libsystemd-dev' "$work/out"; then
    echo "FAIL - the check did not name the systemd header, its package and the line to add" >&2
    exit 1
fi
echo "ok   - without libsystemd-dev in the list the check fails and says which line to add"
