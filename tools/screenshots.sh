#!/usr/bin/env bash
# Renders each main view of the GUI on the demo data to docs/screenshots/*.png (for the README, and to look
# at before a GUI change is called done). Runs offscreen: no display needed.
#   tools/screenshots.sh [BUILD_DIR] [OUT_DIR]     (defaults: build/dev, docs/screenshots)
# Extra arguments for the app can be passed in WW_SCREENSHOT_ARGS (e.g. "--lang ar", "--db /tmp/x.sqlite").
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/dev}
out=${2:-$root/docs/screenshots}
bin="$build/app/gui/wirewatch"
if [ ! -x "$bin" ]; then
    echo "screenshots: $bin not found; build first (cmake --build --preset dev)" >&2
    exit 1
fi
if ! fc-list : family | grep -i 'noto' >/dev/null; then
    echo "screenshots: the Noto fonts are missing (apt-get install fonts-noto-core fonts-noto-cjk)" >&2
    exit 1
fi
mkdir -p "$out"
# Offscreen rendering uses fontconfig directly; a fixed DPI keeps the images the same on every machine.
export QT_QPA_PLATFORM=offscreen
export QT_FONT_DPI=96
export QT_QPA_FONTDIR=/usr/share/fonts
export LC_ALL=C.UTF-8
# A private config and data folder: the analyst's own settings and databases are never read or changed.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
# shellcheck disable=SC2086
"$bin" --demo --screenshot "$out" ${WW_SCREENSHOT_ARGS:-}
