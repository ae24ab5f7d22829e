#!/usr/bin/env bash
# RSS Guard (Debian's rssguard 4.0.4) on the same archive as bench_desk_scale, for the "Desk at scale"
# comparison of issue 5. Measured side by side in one run, under Xvfb:
#   - RSS Guard: launch -> main window mapped; launch -> accounts loaded (feed tree with unread counts;
#     its log line "Showing tray icon." follows loadActivatedServiceAccounts on the GUI thread);
#     click on the account root ("all feeds") -> message list repopulated (its log line "Repopulated
#     model"); peak memory (VmHWM).
#   - Wirewatch: bench_desk_scale --start-only (open, sources pane, first page of All articles, peak RSS).
#
#   bench/run-rssguard-bench.sh ARCHIVE.sqlite [WORK_DIR=/work/scale-data/rssguard] [RUNS=3]
#
# WORK_DIR/data is RSS Guard's user-data folder (-d); built once (several GB) and reused. The archive is
# only read. WW_DESK=path/to/bench_desk_scale and WW_DB=path (a writable copy of the archive: the bench
# opens read-write and upgrades the schema) add our side; without WW_DB our side is skipped.
# RSSG_LIMIT=N copies only the first N articles (to try the script). RSSG_LABELS=1 builds the database with the archive's tags as labels (RSS Guard then counts each of the
# 40 labels with a scan of Messages at start). RSSG_DISPLAY (default :98) is the Xvfb display, started here if nothing answers on it.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
archive=${1:?usage: run-rssguard-bench.sh ARCHIVE.sqlite [WORK_DIR] [RUNS]}
work=${2:-/work/scale-data/rssguard}
runs=${3:-3}
display=${RSSG_DISPLAY:-:98}
desk=${WW_DESK:-}
wwdb=${WW_DB:-}

missing=()
for p in rssguard xdotool xvfb x11-utils sqlite3 time; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export DISPLAY=$display
xvfb_pid=""
rssg_pid=""
cleanup() {
    [ -n "$rssg_pid" ] && kill "$rssg_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
if ! xdpyinfo >/dev/null 2>&1; then
    Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
fi
# RSS Guard keeps its settings under -d; HOME and the runtime dir only catch what Qt and WebEngine write.
mkdir -p "$work/home" "$work/run"
chmod 700 "$work/run"
export HOME=$work/home XDG_RUNTIME_DIR=$work/run
# As root, QtWebEngine's zygote refuses to start with its sandbox (and takes the app down).
export QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox

now() { date +%s.%N; }
ms_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.0f", (b - a) * 1000 }'; }
wait_log() { # file pattern timeout_s [from_line] -> 0 when the pattern shows up at or after from_line
    local deadline=$(($(date +%s) + $3))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        tail -n +"${4:-1}" "$1" 2>/dev/null | grep -q "$2" && return 0
        sleep 0.05
    done
    return 1
}
log_time() { # file pattern [from_line] -> RSS Guard's own timestamp (s since its start) of the first match
    tail -n +"${3:-1}" "$1" | grep -m1 "$2" | sed -n 's/^time="[[:space:]]*\([0-9.]*\)".*/\1/p'
}

db="$work/data/database/database.db"
if [ ! -s "$db" ]; then
    # RSS Guard creates its own schema on a first start into an empty data folder; then it is stopped and
    # the tables are filled from the archive.
    init="$work/init"
    rm -rf "$init"
    rssguard -d "$init" -s >"$work/init.log" 2>&1 &
    rssg_pid=$!
    wait_log "$work/init.log" "Showing tray icon." 120 || { echo "RSS Guard did not start" >&2; exit 1; }
    kill "$rssg_pid"; wait "$rssg_pid" 2>/dev/null || true; rssg_pid=""
    mkdir -p "$work/data/database" "$work/data/config"
    cp "$init/config/config.ini" "$work/data/config/"
    labels=()
    [ "${RSSG_LABELS:-0}" = 1 ] && labels=(--labels)
    [ -n "${RSSG_LIMIT:-}" ] && labels+=(--limit "$RSSG_LIMIT") # a quick check of the script
    python3 "$root/bench/peers/rssguard-archive.py" "$archive" "$init/database/database.db" "$db" "${labels[@]}"
fi
echo "RSS Guard database: $db, $(du -BM "$db" | cut -f1) ($(sqlite3 -readonly "$db" 'SELECT count(*) FROM Messages') messages)"
echo "rssguard $(dpkg-query -W -f='${Version}' rssguard), Xvfb $display"

rssguard_run() { # n
    local log="$work/run-$1.log" start t_map t_loaded_wall t_msgs_wall win hwm
    rm -f "$log"
    sync
    start=$(now)
    rssguard -d "$work/data" -s >"$log" 2>&1 &
    rssg_pid=$!
    win=""
    while [ -z "$win" ]; do
        win=$(xdotool search --onlyvisible --pid "$rssg_pid" --name "RSS Guard" 2>/dev/null | head -n1 || true)
        [ -z "$win" ] && sleep 0.05
        kill -0 "$rssg_pid" 2>/dev/null || { echo "RSS Guard exited" >&2; return 1; }
    done
    t_map=$(ms_since "$start")
    wait_log "$log" "Showing tray icon." 600 || { echo "no accounts loaded after 600 s" >&2; return 1; }
    t_loaded_wall=$(ms_since "$start")
    sleep 2
    # The account root is the first row of the feed tree (same window geometry every run, from the
    # config RSS Guard saved on its first start): selecting it lists the messages of all feeds.
    # The message model logs "Repopulated model" once at start (an empty query): only a line after the
    # click counts.
    local click from
    from=$(($(wc -l <"$log") + 1))
    click=$(now)
    xdotool mousemove --window "$win" 60 110 click 1
    wait_log "$log" "Displaying messages from account" 30 "$from" || { echo "the click missed the account" >&2; return 1; }
    if wait_log "$log" "Repopulated model" 900 "$from"; then t_msgs_wall=$(ms_since "$click"); else t_msgs_wall="timeout"; fi
    sleep 1
    hwm=$(awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$rssg_pid/status")
    local cpu # user + system seconds of the whole process so far (fields 14 and 15 of stat)
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / hz }' "/proc/$rssg_pid/stat")
    local l_show l_loaded l_disp l_repop
    l_show=$(log_time "$log" "Showing the main window")
    l_loaded=$(log_time "$log" "Showing tray icon.")
    l_disp=$(log_time "$log" "Displaying messages from account" "$from")
    l_repop=$(log_time "$log" "Repopulated model" "$from")
    kill "$rssg_pid"; wait "$rssg_pid" 2>/dev/null || true; rssg_pid=""
    echo "rssguard run $1 | load $(cut -d' ' -f1-3 /proc/loadavg) | window mapped ${t_map} ms | feed tree + counts ${t_loaded_wall} ms (log: window shown ${l_show} s, accounts loaded ${l_loaded} s) | all feeds' messages ${t_msgs_wall} ms after the click (log: ${l_disp} -> ${l_repop} s) | VmHWM ${hwm} MiB | CPU ${cpu} s"
}

wirewatch_run() { # n
    [ -n "$desk" ] && [ -n "$wwdb" ] || return 0
    local out
    # --start-only prints no peak RSS: GNU time's maximum resident set size stands in for it.
    out=$(/usr/bin/time -f "  peak RSS (GNU time) %M KiB, whole process %e s wall, %U s user + %S s system" \
        "$desk" --db "$wwdb" --label "Wirewatch $1" --start-only 2>&1)
    echo "wirewatch run $1 | load $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "$out" | grep -E "open|sources pane|first page|start to first|quick_check|peak RSS" | grep -v '^|'
}

echo "uptime: $(uptime)"
for n in $(seq "$runs"); do
    rssguard_run "$n"
    wirewatch_run "$n"
done
echo "uptime: $(uptime)"
