#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside everything the tests need, all private to this run and stopped afterwards:
# a runtime folder, a D-Bus session, an Xvfb display (1280x800), a PulseAudio daemon with a virtual
# speaker (vsink) and a virtual microphone (vmic), and speech-dispatcher for read-aloud.
# Usage: packaging/with-test-env.sh <command> [args...]
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 <command> [args...]" >&2
    exit 2
fi

if [[ -z "${HEALTHHUB_TEST_ENV_INNER:-}" ]]; then
    runtime=$(mktemp -d /tmp/healthhub-test-XXXXXX)
    chmod 700 "$runtime"
    cleanup() {
        # PulseAudio and speech-dispatcher were started inside this runtime folder: stop them.
        XDG_RUNTIME_DIR="$runtime" pactl exit >/dev/null 2>&1 || true
        pkill -f "speech-dispatcher.*$runtime" >/dev/null 2>&1 || true
        rm -rf "$runtime"
    }
    trap cleanup EXIT
    export XDG_RUNTIME_DIR="$runtime"
    export HOME_FOR_TESTS="$runtime/home"
    mkdir -p "$HOME_FOR_TESTS"
    export HEALTHHUB_TEST_ENV_INNER=1
    # Root cannot use Chromium's sandbox; only tests and the dev demo ever run this way.
    if [[ $(id -u) -eq 0 ]]; then
        export QTWEBENGINE_DISABLE_SANDBOX=1
    fi
    export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---use-fake-device-for-media-stream --use-fake-ui-for-media-stream --disable-gpu --disable-background-networking --disable-component-update}"
    export LIBGL_ALWAYS_SOFTWARE=1
    # Not exec: this shell must outlive the command so that cleanup stops PulseAudio and removes the folder.
    status=0
    dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$0" "$@" || status=$?
    exit "$status"
fi

# Inside D-Bus and Xvfb now.
pulseaudio -D -n --exit-idle-time=-1 --log-target=stderr --log-level=error \
    --load=module-native-protocol-unix \
    --load="module-null-sink sink_name=vsink sink_properties=device.description=Virtual_speaker" \
    --load="module-virtual-source source_name=vmic master=vsink.monitor source_properties=device.description=Virtual_microphone" \
    || echo "with-test-env: PulseAudio did not start; audio tests will say so" >&2
for _ in $(seq 50); do
    pactl info >/dev/null 2>&1 && break
    sleep 0.1
done
pactl set-default-sink vsink >/dev/null 2>&1 || true
pactl set-default-source vmic >/dev/null 2>&1 || true

exec "$@"
