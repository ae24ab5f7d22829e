#!/usr/bin/env bash
# Builds the .deb with CPack, installs it into a scratch root and checks the binaries run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
echo "package check: not wired yet"
