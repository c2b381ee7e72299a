#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Install everything Health Hub Kiosk needs to build, run and test on Debian 12.
# Idempotent: packages already present are left alone. Runs as root or through sudo.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config git clang-format clang-tidy ccache
    # Qt 6
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev qt6-multimedia-dev libqt6multimedia6
    qt6-speech-dev qt6-speech-flite-plugin qt6-speech-speechd-plugin qt6-charts-dev qt6-svg-dev
    qt6-declarative-dev qt6-virtualkeyboard-dev qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard
    # the QML modules the on-screen keyboard's panel loads (Debian's package does not depend on them)
    qml6-module-qtqml-workerscript qml6-module-qtquick qml6-module-qtquick-layouts qml6-module-qtquick-window
    qml6-module-qt-labs-folderlistmodel
    qt6-qpa-plugins qt6-wayland
    # storage, crypto, network
    libsqlcipher-dev sqlcipher libsodium-dev libcurl4-openssl-dev
    # media back end for Qt Multimedia
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-libav
    gstreamer1.0-pulseaudio
    # fonts for every script we ship
    fonts-noto-core fonts-noto-ui-core fonts-noto-cjk
    # speech
    speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
    # test and screenshot harness
    xvfb xauth dbus dbus-x11 pulseaudio pulseaudio-utils imagemagick openssl at-spi2-core python3-pyatspi
    # packaging checks
    lintian appstream desktop-file-utils dpkg-dev file systemd cage xwayland
)

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
