#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# deb-smoke-test.sh BUILD_DIR SCRATCH_DIR APP_ID VERSION
# Builds the .deb from BUILD_DIR with CPack, unpacks it into SCRATCH_DIR/root, checks what it
# installs and declares, validates the desktop entry and the AppStream metainfo, and starts the
# installed herald-cli and herald (offscreen, on a throw-away workspace). Every step is bounded.
set -euo pipefail

build=$1
scratch=$2
app_id=$3
version=$4

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

rm -rf "$scratch"
mkdir -p "$scratch/out" "$scratch/root" "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"

echo "== cpack -G DEB"
started=$(date +%s)
timeout 240 cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || {
    cat "$scratch/cpack.log" >&2
    echo "FAIL: cpack did not build the package" >&2
    exit 1
}
debs=("$scratch"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "FAIL: expected one .deb in $scratch/out" >&2; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb") in $(( $(date +%s) - started )) s: $(du -h "$deb" | cut -f1)"

echo "== dpkg-deb -I"
dpkg-deb -I "$deb" | tee "$scratch/control.txt"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = herald ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
# The package names in Depends, one a line, without versions.
depends=$(field Depends | tr ',|' '\n\n' | sed -e 's/^ *//' -e 's/[ (].*//' | sort -u)
# From dpkg-shlibdeps (the linked libraries) and from the explicit list (plugins, data).
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6network6 \
    libqt6httpserver6 libqt6keychain1 libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n; do
    grep -qxF "$package" <<<"$depends" || fail "Depends lacks $package"
done
grep -Eq '^libphonenumber[0-9]' <<<"$depends" || fail "Depends lacks libphonenumber"
grep -Eq '^libicu[0-9]' <<<"$depends" || fail "Depends lacks libicu"

echo "== dpkg-deb -x"
dpkg-deb -x "$deb" "$scratch/root"
root=$scratch/root
expected=(
    usr/bin/herald
    usr/bin/herald-cli
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/doc/herald/copyright
)
for size in 16 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    [ -f "$root/$path" ] || fail "missing /$path"
done
for binary in herald herald-cli; do
    [ -x "$root/usr/bin/$binary" ] || fail "/usr/bin/$binary is not executable"
done
# Each PNG is the size its folder says (width and height from the IHDR chunk).
for size in 16 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || continue
    read -r width height < <(od -An -tu1 -j16 -N8 "$png" | awk '{ print $3 * 256 + $4, $7 * 256 + $8 }')
    [ "$width" = "$size" ] && [ "$height" = "$size" ] || fail "$app_id.png in ${size}x${size} is ${width}x${height}"
done
# Nothing outside /usr, nothing from the build tree or the tests.
unexpected=$(cd "$root" && find . -type f | grep -Ev '^\./usr/(bin|share/(applications|metainfo|icons|doc/herald))/' || true)
[ -z "$unexpected" ] || fail "unexpected files: $unexpected"

echo "== desktop entry and metainfo"
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
cat "$desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -qx "Icon=$app_id" "$desktop" || fail "desktop entry Icon= is not $app_id"
exec_binary=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$root/usr/bin/$exec_binary" ] || fail "desktop entry Exec=$exec_binary is not installed"
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate"
grep -q "<id>$app_id</id>" "$metainfo" || fail "metainfo id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" || fail "metainfo launchable"
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo has no release $version"

echo "== installed herald-cli"
out=$(timeout 20 "$root/usr/bin/herald-cli" version) || fail "herald-cli version exited with $?"
echo "$out"
grep -qF "$version" <<<"$out" || fail "herald-cli version does not print $version"
workspace="$scratch/cli.herald"
timeout 60 "$root/usr/bin/herald-cli" --db "$workspace" init --demo --count 25 >/dev/null || fail "herald-cli init --demo"
count=$(timeout 20 "$root/usr/bin/herald-cli" --db "$workspace" contacts count) || fail "herald-cli contacts count"
[ "$count" = 25 ] || fail "herald-cli contacts count printed '$count', expected 25"

echo "== installed herald --smoke-test"
out=$(QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/herald" --smoke-test 2>"$scratch/herald.stderr") || {
    cat "$scratch/herald.stderr" >&2
    fail "herald --smoke-test exited with $?"
}
echo "$out"
grep -q '^smoke-test: ok' <<<"$out" || fail "herald --smoke-test did not report ok"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "deb smoke test passed: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
