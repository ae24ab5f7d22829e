#!/usr/bin/env bash
# Parse throughput of Wirewatch against KDE Syndication and python3-feedparser on the real news feeds in
# ../shared/corpora, measured side by side in one run. Prints MB/s, items/s, peak RSS and the ratios, by wall
# time and by CPU time.
# Usage: bench/run-parse-bench.sh [BUILD_DIR] [ITERATIONS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/dev}
iterations=${2:-20}
corpora="$root/../shared/corpora"
for p in libkf5syndication-dev python3-feedparser time; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ -n "${missing[*]:-}" ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
cmake --build "$build" --target bench_parse >/dev/null
peer_build="$build/peers/syndication"
cmake -S "$root/bench/peers/syndication" -B "$peer_build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$peer_build" >/dev/null

# Real-world news and blog feeds (not the synthetic conformance snippets): files of 4 KB or more.
mapfile -t files < <(find "$corpora/kde-syndication/autotests" "$corpora/rss-parser/test/input" \
    "$corpora/rome" -type f \( -name '*.xml' -o -name '*.rss' -o -name '*.atom' -o -name '*.rdf' \) \
    -size +4k | sort)
echo "corpus: ${#files[@]} files, $(cat "${files[@]}" | wc -c) bytes, $iterations iterations"

run() { # name command...
    local out rss
    out=$(/usr/bin/time -f '%M' -o /tmp/ww-bench-rss "$@")
    rss=$(cat /tmp/ww-bench-rss)
    python3 - "$out" "$rss" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); rss = int(sys.argv[2])
mbs = r["bytes"] / r["seconds"] / 1e6
cpu = r["bytes"] / r["cpu_seconds"] / 1e6
print(f'{r["peer"]:<12} {mbs:9.2f} MB/s {r["items"] / r["seconds"]:12.0f} items/s  peak RSS {rss / 1024:7.1f} MB  ({r["items"]} items, {r["seconds"]:.3f} s)  per CPU second: {cpu:.2f} MB/s')
print("RESULT", r["peer"], mbs, cpu, file=sys.stderr)
PY
}
{
    run "$build/bench/bench_parse" "$iterations" "${files[@]}"
    run "$peer_build/syndication_bench" "$iterations" "${files[@]}"
    run /usr/bin/python3 "$root/bench/peers/feedparser_bench.py" "$(( iterations > 2 ? iterations / 5 : 1 ))" "${files[@]}"
} 2> >(grep RESULT > /tmp/ww-bench-results) 
sleep 0.2
python3 - <<'PY'
# Wall-clock ratios move with the machine's load (the peers run one after the other); the CPU-time ratios
# (process CPU time of each harness's timed loop) are the steadier figure on a shared machine.
r, c = {}, {}
for line in open("/tmp/ww-bench-results"):
    _, peer, mbs, cpu = line.split()
    r[peer], c[peer] = float(mbs), float(cpu)
if "wirewatch" in r:
    for peer in ("syndication", "feedparser"):
        if peer in r:
            print(f"ratio wirewatch / {peer}: {r['wirewatch'] / r[peer]:.1f}x wall, "
                  f"{c['wirewatch'] / c[peer]:.1f}x CPU time")
PY
