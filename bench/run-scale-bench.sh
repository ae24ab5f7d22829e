#!/bin/sh
# The scale benchmarks of issues 5 and 7, end to end: generate an N-article archive in SQLite and in a
# throw-away PostgreSQL cluster (initdb on 127.0.0.1, an ephemeral port, stopped on exit, as the store
# tests do it), run bench_desk_scale against both, then bench_pg_ingest (the same 100,000 articles through
# the real ingest path into SQLite and PostgreSQL).
#
#   bench/run-scale-bench.sh BUILD_DIR [ARTICLES=1000000] [WORK_DIR]
#
# INGEST_ARTICLES (default 100000) sizes the ingest comparison. WORK_DIR keeps the archives (several GB at 1,000,000 articles) so a second run skips generation; the
# default is a new folder under /tmp that is removed at the end.
set -eu

build=${1:?usage: run-scale-bench.sh BUILD_DIR [ARTICLES] [WORK_DIR]}
articles=${2:-1000000}
work=${3:-}
cleanup_work=no
if [ -z "$work" ]; then
    work=$(mktemp -d /tmp/ww-scale-XXXXXX)
    cleanup_work=yes
fi
mkdir -p "$work"
gen="$build/bench/ww-gen-archive"
desk="$build/bench/bench_desk_scale"
ingest="$build/bench/bench_pg_ingest"

pgbin=${WW_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
runas=""
if [ "$(id -u)" = 0 ]; then
    runas="runuser -u postgres --" # initdb refuses root
fi
pgdata="$work/pg/data"
port=""

stop_pg() {
    if [ -n "$port" ] && [ -f "$pgdata/postmaster.pid" ]; then
        $runas "$pgbin/pg_ctl" -D "$pgdata" -m fast stop >/dev/null 2>&1 || true
    fi
    if [ "$cleanup_work" = yes ]; then
        rm -rf "$work"
    fi
}
trap stop_pg EXIT INT TERM

start_pg() {
    mkdir -p "$work/pg"
    if [ -n "$runas" ]; then
        chmod 755 "$work" # mktemp -d is private; the server's user must reach its data folder
        chown postgres "$work/pg"
    fi
    if [ ! -f "$pgdata/PG_VERSION" ]; then
        $runas "$pgbin/initdb" -D "$pgdata" -U wwbench -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # A modest team server: 1 GB of shared buffers, fsync on (commits are durable, as in production).
    $runas "$pgbin/pg_ctl" -D "$pgdata" -l "$work/pg/server.log" -w -t 120 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $work/pg -c shared_buffers=1GB -c max_wal_size=8GB" \
        start >/dev/null
    for db in archive ingest; do
        "$pgbin/psql" -h 127.0.0.1 -p "$port" -U wwbench -d postgres -qtAc \
            "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 ||
            "$pgbin/psql" -h 127.0.0.1 -p "$port" -U wwbench -d postgres -qc "CREATE DATABASE $db"
    done
}

sqlite="$work/archive-$articles.sqlite"
if [ ! -f "$sqlite" ]; then
    echo "== generating $articles articles into SQLite"
    "$gen" --db "$sqlite" --articles "$articles"
fi
echo "== desk against SQLite"
"$desk" --db "$sqlite" --label "SQLite"

start_pg
pg="postgresql://wwbench@127.0.0.1:$port/archive"
count=0
if [ "$("$pgbin/psql" -h 127.0.0.1 -p "$port" -U wwbench -d archive -qtAc \
    "SELECT to_regclass('articles') IS NOT NULL")" = t ]; then
    count=$("$pgbin/psql" -h 127.0.0.1 -p "$port" -U wwbench -d archive -qtAc "SELECT COUNT(*) FROM articles")
fi
if [ "$count" = 0 ]; then
    echo "== generating $articles articles into PostgreSQL"
    "$gen" --db "$pg" --articles "$articles"
fi
echo "== desk against PostgreSQL"
"$desk" --db "$pg" --label "PostgreSQL"

echo "== ingest: SQLite vs PostgreSQL"
"$pgbin/psql" -h 127.0.0.1 -p "$port" -U wwbench -d postgres -qc "DROP DATABASE IF EXISTS ingest" \
    -c "CREATE DATABASE ingest"
rm -f "$work/ingest.sqlite" "$work/ingest.sqlite-wal" "$work/ingest.sqlite-shm"
"$ingest" --sqlite "$work/ingest.sqlite" --pg "postgresql://wwbench@127.0.0.1:$port/ingest" \
    --articles "${INGEST_ARTICLES:-100000}"
