#!/usr/bin/env bash
# Installs the Debian 12 packages Wirewatch needs that are not there yet (as root, or through sudo).
set -euo pipefail
what=${1:-test}
packages=(
    build-essential cmake ninja-build pkg-config ccache git
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl1-mesa-dev
    libgumbo-dev libicu-dev libcld2-dev libsqlite3-dev
    fonts-noto-core fonts-noto-cjk
    xvfb xauth
)
if [ "$what" = "fuzz" ]; then
    # tools/fuzz.sh: clang with the libFuzzer, ASan and UBSan runtimes.
    packages+=(clang libclang-rt-dev)
fi
if [ "$what" = "test" ]; then
    packages+=(poppler-utils clang-format postgresql desktop-file-utils appstream dpkg-dev file)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing missing packages: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
