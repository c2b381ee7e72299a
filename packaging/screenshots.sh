#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the screenshots in docs/screenshots with the real application (--screenshot), on the
# 1280x800 virtual screen of the test environment. Needs a dev build: cmake --preset dev && cmake --build --preset dev
# Usage: packaging/screenshots.sh [build-dir]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
build=${1:-$top/build/dev}
out="$top/docs/screenshots"
mkdir -p "$out"

shot() { # shot <file> <healthhub arguments...>
    local file=$1
    shift
    "$here/with-test-env.sh" "$build/app/healthhub" --demo "$@" --screenshot "$out/$file" 2>/dev/null
    echo "wrote docs/screenshots/$file"
}

shot visitor-home.png --role visitor
shot console-home.png --role console
shot booth-home.png --role booth
shot visitor-display-settings.png --role visitor --show displaySettings
shot visitor-idle-warning.png --role visitor --show idleWarning
shot exit-pin-not-configured.png --role visitor --show exitPin
# The volunteer console on demo data (docs/console.md); the demo signs in as the hub lead first.
for screen in consoleMenu:menu sessionForm:session visitorJourney:journey followUps:followups \
    boothBookings:bookings reports:reports hubAdmin:admin; do
    shot "console-${screen#*:}.png" --role console --show "${screen%%:*}"
done
# The hub lead's PIN screen needs an exit PIN in the configuration: a made-up one, for the picture only.
pinini=$(mktemp)
{
    printf '[terminal]\nrole = visitor\nhub_name = Demo Health Hub\n[kiosk]\n'
    HEALTHHUB_EXIT_PIN=482913 "$build/app/healthhub" admin hash-pin | grep '^exit_pin_hash'
} >"$pinini"
shot exit-pin.png --config "$pinini" --show exitPin
rm -f "$pinini"
