#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what Herald needs to build, test and run, if it is missing.
# Debian/Ubuntu: apt, non-interactive. Elsewhere: prints the equivalent and stops.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6
    qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libphonenumber-dev libprotobuf-dev libicu-dev libgl-dev
    sqlite3 xvfb xauth dbus-x11 fonts-noto-core fonts-noto-cjk
    appstream desktop-file-utils
)

# --fuzz: also what the libFuzzer targets in tests/fuzz need (Clang and its sanitizer and fuzzer
# runtimes); .ci/run asks for it, `make run` and `make test` do not.
for arg in "$@"; do
    case "$arg" in
        --fuzz) packages+=(clang libclang-rt-dev) ;;
        *) echo "usage: $0 [--fuzz]" >&2; exit 2 ;;
    esac
done

if [ -r /etc/os-release ] && grep -qiE '^(ID|ID_LIKE)=.*(debian|ubuntu)' /etc/os-release; then
    missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        exit 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "error: need root (or sudo) to install: ${missing[*]}" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    exit 0
fi

cat >&2 <<'TXT'
This set-up script installs packages on Debian and Ubuntu only. Install these yourself:
  macOS (Homebrew):  brew install cmake ninja qt@6 qtkeychain libphonenumber icu4c
  Windows (vcpkg):   vcpkg install qtbase qtcharts qthttpserver qttools qtkeychain-qt6 libphonenumber icu
                     (or the Qt online installer for Qt 6.4+ with Charts, HTTP Server and Tools)
then configure with:  cmake --preset release && cmake --build --preset release
TXT
exit 1
