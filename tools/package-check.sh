#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a scratch root, validates the desktop files and checks that
# the installed binaries run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${1:-dev}
[ "${CI:-}" = "true" ] && preset=ci
build="$root/build/$preset"
cd "$build"
cpack -G DEB >/dev/null
deb=$(ls -t "$build"/wirewatch_*.deb | head -n 1)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch"
for f in usr/bin/wirewatch usr/bin/wirewatch-cli usr/share/applications/org.wirewatch.Wirewatch.desktop \
         usr/share/metainfo/org.wirewatch.Wirewatch.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.wirewatch.Wirewatch.svg; do
    [ -e "$scratch/$f" ] || { echo "package check: $f missing from $(basename "$deb")" >&2; exit 1; }
done
desktop-file-validate "$scratch/usr/share/applications/org.wirewatch.Wirewatch.desktop"
appstreamcli validate --no-net --explain "$scratch/usr/share/metainfo/org.wirewatch.Wirewatch.metainfo.xml" >/dev/null
cli=$("$scratch/usr/bin/wirewatch-cli" --version)
gui=$(QT_QPA_PLATFORM=offscreen "$scratch/usr/bin/wirewatch" --version)
echo "package check: $(basename "$deb") ok: '$cli' / '$gui'"
