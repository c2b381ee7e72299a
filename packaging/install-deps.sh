#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Install everything Health Hub Kiosk needs to build, run and test on Debian 12: every package named in
# packaging/debian-packages.txt (the one list; where a line offers "a|b", the first).
# Idempotent: packages already present are left alone. Runs as root or through sudo.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
list="$here/debian-packages.txt"

# Every single package first; then one per "a|b" line, unless one of its choices is already named on its own
# (the tests need pulseaudio, so "pipewire-pulse|pulseaudio" adds nothing here).
packages=()
choices=()
while read -r kind choice _; do
    case "$kind" in
    build | test | run | recommend)
        if [[ $choice == *"|"* ]]; then choices+=("$choice"); else packages+=("$choice"); fi
        ;;
    '' | '#'*) ;;
    *)
        echo "install-deps: $list has a line of unknown kind \"$kind\" (use build, test, run or recommend)" >&2
        exit 2
        ;;
    esac
done <"$list"
for choice in "${choices[@]}"; do
    named=""
    IFS='|' read -r -a options <<<"$choice"
    for option in "${options[@]}"; do
        for pkg in "${packages[@]}"; do
            [[ $pkg == "$option" ]] && named=yes
        done
    done
    [[ -n $named ]] || packages+=("${options[0]}")
done
mapfile -t packages < <(printf '%s\n' "${packages[@]}" | awk '!seen[$0]++')

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi

missing=()
for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages are already installed."
    exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
