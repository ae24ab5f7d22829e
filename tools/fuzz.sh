#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan + UBSan, build/fuzz) and runs each for a while.
#   tools/fuzz.sh [seconds per target] [target...]      default: 60 s, every target
#   WW_FUZZ_JOBS=2 tools/fuzz.sh 600 feedparser          parallel workers for one target
#   WW_FUZZ_SEEDS=small tools/fuzz.sh 25                 CI (.ci/run): a small seed set, 25 s each
#   WW_FUZZ_BUILD=build/fuzz-cold tools/fuzz.sh ...      another build directory (default build/fuzz)
#   WW_FUZZ_TIMEOUT=30 tools/fuzz.sh ...                 seconds one input may take (default 10)
# Seeds come from ../shared/corpora, ../shared/seed, tests/data and fuzz/regressions. The working corpus
# grows in build/fuzz/corpus/<target>; crashes land in build/fuzz/artifacts/<target>/. Keep a crash as a
# regression fixture by copying it to fuzz/regressions/<target>/ (tst_fuzzregressions replays them all).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${WW_SHARED_DIR:-$root/../shared}
build=$(realpath -m "${WW_FUZZ_BUILD:-$root/build/fuzz}")
seconds=${1:-60}
shift || true
all=(feedparser articleextractor htmlsanitizer datetime creditparser textdecoder pagedecoder)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

"$root/tools/install-deps.sh" fuzz
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DWW_FUZZ=ON -DWW_BUILD_TESTS=OFF -DWW_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

# One file per line of a text list (dates, credits), so each is its own seed.
split_lines() { # <list file> <out dir>
    local n=0
    while IFS= read -r line; do
        [ -n "$line" ] && printf '%s' "$line" >"$2/line-$n" && n=$((n + 1))
    done <"$1"
}

seed_dir() { # <target> -> prints the seed directory (made once per run)
    local t=$1 dir=$build/seeds/$1
    rm -rf "$dir" && mkdir -p "$dir"
    local small=${WW_FUZZ_SEEDS:-full}
    case $t in
    feedparser)
        if [ "$small" = small ]; then
            find "$shared/corpora/rss-parser" "$shared/corpora/feed-rs" -type f \( -name '*.xml' -o -name '*.rss' \
                -o -name '*.atom' \) -size -64k | head -40 | xargs -r cp -t "$dir" --backup=numbered
        else
            find "$shared/corpora" -path "$shared/corpora/gazetteer" -prune -o -type f \( -name '*.xml' \
                -o -name '*.rss' -o -name '*.atom' -o -name '*.json' \) -size -256k -print |
                xargs -r cp -t "$dir" --backup=numbered
        fi
        ;;
    articleextractor | htmlsanitizer | pagedecoder)
        find "$root/tests/data/devset" "$root/tests/data/extract" "$shared/seed" -type f -name '*.html' |
            xargs -r cp -t "$dir" --backup=numbered
        if [ "$t" = htmlsanitizer ] && [ "$small" != small ]; then
            find "$shared/corpora/feedparser" -path '*sanitize*' -type f -name '*.xml' |
                xargs -r cp -t "$dir" --backup=numbered
        fi
        ;;
    textdecoder)
        find "$shared/corpora/feedparser" \( -path '*chardet*' -o -path '*encoding*' \) -type f -name '*.xml' |
            head -120 | xargs -r cp -t "$dir" --backup=numbered
        find "$root/tests/data/extract" -maxdepth 1 -type f -name '*.html' | xargs -r cp -t "$dir" --backup=numbered
        ;;
    datetime)
        python3 -c 'import json,sys; [print(v["input"]) for v in json.load(open(sys.argv[1]))["vectors"]]' \
            "$shared/corpora/feedparser/date_vectors.json" >"$build/dates.txt" 2>/dev/null || : >"$build/dates.txt"
        cat "$root/fuzz/seeds/dates.txt" >>"$build/dates.txt"
        split_lines "$build/dates.txt" "$dir"
        ;;
    creditparser)
        split_lines "$root/fuzz/seeds/credits.txt" "$dir"
        ;;
    esac
    cp "$root/fuzz/regressions/$t/"* "$dir/" 2>/dev/null || true
    echo "$dir"
}

status=0
for t in "${targets[@]}"; do
    seeds=$(seed_dir "$t")
    corpus=$build/corpus/$t
    artifacts=$build/artifacts/$t
    mkdir -p "$corpus" "$artifacts"
    echo "== fuzz_$t: ${seconds}s, $(find "$seeds" -type f | wc -l) seeds, corpus $(find "$corpus" -type f | wc -l)"
    # -timeout: one input may not take longer (a hang is a finding; WW_FUZZ_TIMEOUT, default 10 s);
    # -rss_limit_mb: memory is bounded too.
    extra=()
    [ -n "${WW_FUZZ_JOBS:-}" ] && extra=(-fork="$WW_FUZZ_JOBS")
    # Markup tokens (fuzz/dicts) let mutations build feeds and pages instead of noise.
    case $t in
    feedparser) extra+=(-dict="$root/fuzz/dicts/feedparser.dict") ;;
    articleextractor | htmlsanitizer | pagedecoder) extra+=(-dict="$root/fuzz/dicts/html.dict") ;;
    esac
    if ! "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout="${WW_FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -max_len=262144 \
        -print_final_stats=1 "${extra[@]}" -artifact_prefix="$artifacts/" "$corpus" "$seeds" \
        2>"$build/fuzz-$t.log"; then
        echo "!! fuzz_$t found a problem; see $build/fuzz-$t.log and $artifacts/" >&2
        # The report, its stack and the input (libFuzzer prints small inputs in Base64), without progress
        # lines and ASan's shadow map, so a CI log alone is enough to reproduce.
        sed -n '/ERROR\|runtime error\|broken invariant\|qFatal/,$p' "$build/fuzz-$t.log" |
            grep -vE '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse|INITED|DONE)|^(=>|  )0x[0-9a-f]+:|^Shadow byte|^  [A-Z][A-Za-z -]+: |^stat::' |
            head -100 >&2
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^stat::new_units_added|^stat::peak_rss_mb' "$build/fuzz-$t.log" |
        tr '\n' ' ' | sed 's/stat:://g'
    echo
done
exit $status
