#!/usr/bin/env bash
# Poll end to end: 1,000 feeds on a loopback server started by bench_poll, polled into a temporary SQLite
# database by IngestService, against `newsboat -x reload` on the same server and feed set.
# Usage: bench/run-poll-bench.sh [BUILD_DIR] [FEEDS] [CONCURRENCY] [worker|owner]  (where the writes run)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/dev}
feeds=${2:-1000}
concurrency=${3:-8}
writer=${4:-worker}
newsboat=$(command -v newsboat || true)
if [ -z "$newsboat" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get install -y -qq newsboat >/dev/null
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo apt-get install -y -qq newsboat >/dev/null
    else
        echo "newsboat is not installed and cannot be installed without a password; measuring Wirewatch alone" >&2
    fi
    newsboat=$(command -v newsboat || true)
fi
cmake --build "$build" --target bench_poll >/dev/null
exec "$build/bench/bench_poll" "$newsboat" "$feeds" "$concurrency" "$writer"
