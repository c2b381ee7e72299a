#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The two README commands.
#   packaging/dev.sh run    install what is missing, build, and start the safe windowed demo
#   packaging/dev.sh test   install what is missing, build with CI settings, and run every test
# Extra arguments after "run" go to healthhub, e.g. packaging/dev.sh run --role console
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
cd "$top"

command=${1:-}
shift || true

bash "$here/install-deps.sh"

case "$command" in
run)
    cmake --preset dev
    cmake --build --preset dev --target healthhub
    binary="$top/build/dev/app/healthhub"
    if [[ $(id -u) -eq 0 ]]; then
        export QTWEBENGINE_DISABLE_SANDBOX=1 # root cannot use Chromium's sandbox; never run a real kiosk as root
    fi
    if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
        export XDG_RUNTIME_DIR=$(mktemp -d /tmp/healthhub-run-XXXXXX)
        chmod 700 "$XDG_RUNTIME_DIR"
    fi
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
        exec "$binary" --demo "$@"
    fi
    # No desktop here: run the demo on a virtual screen and save what it shows.
    echo "dev.sh: no display found, so the demo runs on a virtual screen; its picture goes to build/demo.png"
    exec "$here/with-test-env.sh" "$binary" --demo --screenshot "$top/build/demo.png" "$@"
    ;;
test)
    cmake --preset ci
    cmake --build --preset ci
    exec "$here/with-test-env.sh" ctest --preset ci "$@"
    ;;
*)
    echo "usage: packaging/dev.sh run|test [arguments]" >&2
    exit 2
    ;;
esac
