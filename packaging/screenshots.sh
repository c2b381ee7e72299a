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
# Accessibility (docs/accessibility.md): each screen issue 15 fixed, at 100 % and 200 %, in English and in Arabic
# (mirrored). The language comes from a made-up configuration, as a terminal's default language would.
for lang in en ar; do
    langini=$(mktemp)
    printf '[terminal]\nrole = visitor\nhub_name = Demo Health Hub\n[visitor]\nlanguages = en, ar\ndefault_language = %s\n' \
        "$lang" >"$langini"
    for scale in 1:100 2:200; do
        for screen in visitorHome:home languagePicker:languages guide:repeat-prescription:3:guide \
            displaySettings:display idleWarning:idle search:pills:search; do
            shot "a11y-${screen##*:}-$lang-${scale#*:}.png" --config "$langini" --show "${screen%:*}" \
                --text-scale "${scale%%:*}"
        done
    done
    rm -f "$langini"
done
for scale in 1:100 2:200; do
    shot "a11y-booth-join-en-${scale#*:}.png" --role booth --show boothJoin --text-scale "${scale%%:*}"
    shot "a11y-console-session-en-${scale#*:}.png" --role console --show sessionForm --text-scale "${scale%%:*}"
done
# The hub lead's PIN screen needs an exit PIN in the configuration: a made-up one, for the picture only.
pinini=$(mktemp)
{
    printf '[terminal]\nrole = visitor\nhub_name = Demo Health Hub\n[kiosk]\n'
    HEALTHHUB_EXIT_PIN=482913 "$build/app/healthhub" admin hash-pin | grep '^exit_pin_hash'
} >"$pinini"
shot exit-pin.png --config "$pinini" --show exitPin
rm -f "$pinini"
