#!/usr/bin/env bash
# Extraction throughput of Wirewatch's full pipeline (decode, HTML5 parse, content, metadata, images,
# enrichment) against readability-lxml's Document(html).summary() on the same pages (the labelled dev set
# and the seed article), in one run, with peak RSS and the ratio; then readability-lxml's body F1 on the
# dev set with the metric of tests/quality/tst_devsetquality.cpp.
# Usage: bench/run-extract-bench.sh [BUILD_DIR] [ITERATIONS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/dev}
iterations=${2:-20}
for p in python3-readability time; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ -n "${missing[*]:-}" ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
cmake --build "$build" -j2 --target bench_extract >/dev/null

mapfile -t files < <(ls "$root"/tests/data/devset/*.html; echo "$root/../shared/seed/article.html")
echo "pages: ${#files[@]} files, $(cat "${files[@]}" | wc -c) bytes, $iterations iterations"

results=$(mktemp)
rssfile=$(mktemp)
trap 'rm -f "$results" "$rssfile"' EXIT
run() { # command...
    local out
    out=$(/usr/bin/time -f '%M' -o "$rssfile" "$@")
    python3 - "$out" "$(cat "$rssfile")" "$results" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); rss = int(sys.argv[2])
pps = r["pages"] / r["seconds"]
print(f'{r["peer"]:<12} {pps:9.1f} pages/s {r["bytes"] / r["seconds"] / 1e6:7.2f} MB/s  peak RSS {rss / 1024:7.1f} MB  ({r["pages"]} pages, {r["seconds"]:.3f} s)')
open(sys.argv[3], "a").write(f'{r["peer"]} {pps}\n')
PY
}
run "$build/bench/bench_extract" "$iterations" "${files[@]}"
run /usr/bin/python3 "$root/bench/peers/readability_bench.py" "$(( iterations > 4 ? iterations / 4 : 1 ))" "${files[@]}"
python3 - "$results" <<'PY'
import sys
r = dict((l.split()[0], float(l.split()[1])) for l in open(sys.argv[1]))
if "wirewatch" in r and "readability" in r:
    print(f"ratio wirewatch / readability-lxml: {r['wirewatch'] / r['readability']:.1f}x (target >= 5x)")
PY
echo "readability-lxml body F1 on the dev set:"
/usr/bin/python3 "$root/bench/peers/readability_bench.py" --score "$root/tests/data/devset" 2>/dev/null
