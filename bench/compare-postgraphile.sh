#!/usr/bin/env bash
# Compares newsgraph with PostGraphile on the same PostgreSQL database and the generated dataset, with the same four
# read queries, and measures the ceiling: PostgreSQL alone running newsgraph's own front-page statements. newsgraph
# runs as two copies, measured apart in the same run: "cold", its response cache off, so that every request is planned
# and its statement run (the path PostGraphile is compared with, and the ceiling's); and "cached", its response cache
# on as it ships, so that every request after the first is answered from the cache (the load repeats one request).
#
# Usage: bench/compare-postgraphile.sh [--quick] [-h|--help]
#
#   --quick   to try the script out (CI runs it so): the --quick dataset of bench/dataset/generate.sh (2,000 articles),
#             the deep page after the 1,000th article, one round, 1 s warm-up and 2 s measured; the figures mean
#             nothing
#
# What it does, from the repository root:
#   1. a PostgreSQL cluster of its own (Debian's pg_createcluster: 15/perf on port 5442, trust on loopback,
#      pg_stat_statements, JSON logs), installed with apt if missing (needs root); the default dataset
#      generated into a fresh database by bench/dataset/generate.sh (20,000 articles, 200,000 comments: see there),
#      which builds the jar if target/quarkus-app/quarkus-run.jar is missing and creates the schema through Flyway
#   2. installs PostGraphile 5 on Node 22 and autocannon, pinned by bench/postgraphile/package-lock.json, into
#      bench/work/pgl (git-ignored); PostGraphile runs the stock Amber preset, see bench/postgraphile/graphile.config.mjs
#   3. the queries of bench/postgraphile/queries/, each written for both servers:
#        front    front page: 20 articles, each with author, source, tags, commentCount and 10 comments
#        deep     the same page after the DEEP_AFTER-th article (10,000), with the cursor each server gave for that
#                 article while the script paged through its list (cursor.mjs), never a cursor built by the script
#        article  article page by slug: body, author with bio and social links, source, tags, 50 comments with
#                 up to 10 replies each (the newest published article with at least 50 approved comments that start
#                 a conversation, unless ARTICLE_SLUG is set)
#        author   author page by slug: the author with social links and 20 articles (the author of the newest
#                 article among those with more than 20, unless AUTHOR_SLUG is set)
#        counted  front page with its count: 20 articles with their cursors, author, source, tags and commentCount,
#                 totalCount of the published articles and pageInfo (a paged list that shows "N results")
#      checks that each copy of newsgraph answers each with the same data as PostGraphile (check.mjs) and with the
#      same bytes as the other copy, and while the cold copy runs, records the statements of one front-page request
#      with their parameters (log_statement = 'all' for that request only, read back from the JSON log; ceiling.mjs);
#      the statements that do the work become a pgbench script
#   4. runs each server alone, in the order newsgraph cold, newsgraph cached, PostGraphile, then the other way round
#      (ROUNDS=2), each query warmed up then measured with autocannon; every response must be byte-identical to the
#      checked one, otherwise it counts as an error; pg_stat_statements counts the statements reaching PostgreSQL per
#      request (about none for the cached copy)
#   5. the ceiling, with no server running: pgbench -M prepared -c 4 -j 2 on the front-page statements captured from
#      the cold copy, with the session settings of the service's connections, WARMUP then DURATION seconds, reported
#      as newsgraph/ceiling with the cold copy's front-page req/s divided by it
#   6. prints a markdown table of medians, a row per server and copy and the ratios of each copy to PostGraphile side
#      by side, the deep page / first page latency of each and the ceiling (also in bench/work/compare/results.md);
#      exits 1 if a server answered with an error, 2 if the servers disagree on the data, other codes on set-up
#      failures
#
# newsgraph runs with the JVM options the service ships with (see bench/lib.sh and application.properties); each copy
# sets its own NEWSGRAPH_RESPONSE_CACHE_ENABLED, whatever the environment says.
#
# Settings (environment; a value set here wins over --quick's): WARMUP=20 DURATION=30 (seconds per query and run),
# CONNECTIONS=16, ROUNDS=2 (each round runs every server once; odd rounds in the order of NEWSGRAPH_COPIES then
# PostGraphile, even ones the other way round), NEWSGRAPH_COPIES="cold cached" (either alone measures that copy only;
# the ceiling needs the cold one), QUERIES="front deep article author counted", DEEP_AFTER=10000, ARTICLE_SLUG, AUTHOR_SLUG,
# CEILING=1 (0 skips it) CEILING_CLIENTS=4 CEILING_THREADS=2,
# REUSE_DATASET=0 (1 keeps the database if it holds the very dataset asked for: generate.sh --reuse),
# ARTICLES AUTHORS SOURCES TAGS COMMENTS (the dataset's sizes, passed to bench/dataset/generate.sh),
# PG_CLUSTER=perf PG_PORT=5442 DB_NAME=newsgraph_perf NEWSGRAPH_PORT=18282 POSTGRAPHILE_PORT=15678,
# NEWSGRAPH_JAVA_OPTS (default: the shipped options; set it empty for the JVM's own heap sizing),
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
    DURATION=${DURATION:-2}
    ROUNDS=${ROUNDS:-1}
    DEEP_AFTER=${DEEP_AFTER:-1000}
fi

WARMUP=${WARMUP:-20}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-16}
ROUNDS=${ROUNDS:-2}
NEWSGRAPH_COPIES=${NEWSGRAPH_COPIES:-cold cached}
QUERIES=${QUERIES:-front deep article author counted}
DEEP_AFTER=${DEEP_AFTER:-10000}
CEILING=${CEILING:-1}
CEILING_CLIENTS=${CEILING_CLIENTS:-4}
CEILING_THREADS=${CEILING_THREADS:-2}
REUSE_DATASET=${REUSE_DATASET:-0}
export PG_CLUSTER=${PG_CLUSTER:-perf}
export PG_PORT=${PG_PORT:-5442}
export DB_NAME=${DB_NAME:-newsgraph_perf}
export DB_USER=${DB_USER:-newsgraph_perf}
export NEWSGRAPH_PORT=${NEWSGRAPH_PORT:-18282}
export NEWSGRAPH_JAVA_OPTS=${NEWSGRAPH_JAVA_OPTS-$(newsgraph_java_opts)}
ARTICLE_SLUG=${ARTICLE_SLUG:-}
AUTHOR_SLUG=${AUTHOR_SLUG:-}

HELPERS=bench/postgraphile
WORK=bench/work/compare
NEWSGRAPH_URL=http://127.0.0.1:$NEWSGRAPH_PORT/graphql
POSTGRAPHILE_URL=http://127.0.0.1:$POSTGRAPHILE_PORT/graphql

mkdir -p "$WORK"
rm -f "$WORK"/*.json "$WORK"/*.jsonl "$WORK"/*.log "$WORK"/results.md "$WORK"/ceiling.*

log() { bench_log "$@"; }
die() { bench_die "$@"; }

LOGGING_STATEMENTS=0
cleanup() {
    stop_server
    if [ "$LOGGING_STATEMENTS" = 1 ]; then
        psql_admin -d postgres -c 'alter system reset log_statement' -c 'select pg_reload_conf()' >/dev/null || true
    fi
    pg_cluster_stop_if_started
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- servers ---------------------------------------------------------------------------------------
# newsgraph-cold, newsgraph-cached (the copies of NEWSGRAPH_COPIES), then postgraphile
SERVERS=()
for copy in $NEWSGRAPH_COPIES; do SERVERS+=("newsgraph-$copy"); done
SERVERS+=(postgraphile)

start_server() { # <server> <log>
    case $1 in
        newsgraph-cold) BENCH_RESPONSE_CACHE=false start_newsgraph "$2" ;;
        newsgraph-cached) BENCH_RESPONSE_CACHE=true start_newsgraph "$2" ;;
        postgraphile) start_postgraphile "$2" ;;
    esac
}

api() { echo "${1%%-*}"; } # <server>: the API it serves, newsgraph or postgraphile, which names its query files

server_url() { if [ "$(api "$1")" = newsgraph ]; then echo "$NEWSGRAPH_URL"; else echo "$POSTGRAPHILE_URL"; fi; }

# --- PostgreSQL ------------------------------------------------------------------------------------
# pg_stat_statements lives in the postgres database, so that PostGraphile (which exposes the benchmark database's
# public schema) does not see it; its view covers every database of the cluster
db_counters() { # prints "<statements> <exec-ms>" of the benchmark database since the last reset
    psql_admin -d postgres -At -F ' ' -c "select coalesce(sum(calls), 0), coalesce(round(sum(total_exec_time)::numeric, 3), 0)
        from pg_stat_statements where dbid = (select oid from pg_database where datname = '$DB_NAME')
        and query not like '%pg_stat_statements%'"
}

json_log_files() { # the cluster's JSON log files, oldest first
    local dir
    dir=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { print $6 }')/log
    # shellcheck disable=SC2012  # the file names are PostgreSQL's own, postgresql-<date>_<time>.json
    ls -t "$dir"/*.json | head -n 2 | tac
}

# The statements of one front-page request, with their parameters, into $WORK/ceiling.{sql,vars,txt}: logged for
# that request only (log_statement = 'all', reset right after), between two markers sent from psql.
capture_front_page_statements() {
    local marker="ceiling-capture-$$-$RANDOM"
    LOGGING_STATEMENTS=1
    psql_admin -d postgres -c "alter system set log_statement = 'all'" -c 'select pg_reload_conf()' >/dev/null
    sleep 1
    psql_app -c "select '$marker-start'" >/dev/null
    fetch "$NEWSGRAPH_URL" "$WORK/newsgraph-cold-front.request.json" "$WORK/ceiling-answer.json" \
        || die 2 "newsgraph failed to answer the front page"
    psql_app -c "select '$marker-end'" >/dev/null
    psql_admin -d postgres -c 'alter system reset log_statement' -c 'select pg_reload_conf()' >/dev/null
    LOGGING_STATEMENTS=0
    sleep 1
    local logs=()
    mapfile -t logs < <(json_log_files)
    "$NODE" "$PGL/ceiling.mjs" "$DB_NAME" "$DB_USER" "$marker-start" "$marker-end" "$WORK/ceiling" untyped "${logs[@]}" \
        >"$WORK/ceiling-capture.json"
    # pgbench binds parameters without types; if PostgreSQL cannot infer one, cast each to a type guessed from its value
    if ! run_pgbench -t 1 -c 1 -j 1 >"$WORK/ceiling-trial.log" 2>&1; then
        "$NODE" "$PGL/ceiling.mjs" "$DB_NAME" "$DB_USER" "$marker-start" "$marker-end" "$WORK/ceiling" typed "${logs[@]}" \
            >"$WORK/ceiling-capture.json"
        run_pgbench -t 1 -c 1 -j 1 >"$WORK/ceiling-trial.log" 2>&1 \
            || { cat "$WORK/ceiling-trial.log" >&2; die 3 "pgbench cannot run the captured statements ($WORK/ceiling.sql)"; }
    fi
    log "  captured $(sed 's/[{}"]//g; s/,/, /g; s/:/ /g' "$WORK/ceiling-capture.json") of one front-page request: $WORK/ceiling.txt"
}

# The settings each of the service's connections starts with (quarkus.datasource.jdbc.new-connection-sql), as
# PGOPTIONS: PostgreSQL plans the captured statement for pgbench as it does for the service (a generic plan, SSD costs).
service_session_options() {
    sed -n 's/^quarkus\.datasource\.jdbc\.new-connection-sql=//p' src/main/resources/application.properties | tr ';' '\n' \
        | sed -n "s/^ *set \([a-z_]*\) *= *'\{0,1\}\([^']*\)'\{0,1\} *$/-c \1=\2/p" | tr '\n' ' '
}

run_pgbench() { # [pgbench options]: the captured script against the benchmark database, prepared
    local defines=()
    mapfile -d '' defines <"$WORK/ceiling.vars"
    PGOPTIONS=$(service_session_options) pgbench -n -M prepared -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -f "$WORK/ceiling.sql" "${defines[@]}" "$@" "$DB_NAME"
}

# --- PostGraphile and autocannon -------------------------------------------------------------------
request_body() { # <graphql-file> <variables-json> <out>
    "$NODE" -e 'const fs = require("fs");
        fs.writeFileSync(process.argv[3], JSON.stringify({ query: fs.readFileSync(process.argv[1], "utf8"), variables: JSON.parse(process.argv[2]) }));' \
        "$1" "$2" "$3"
}

fetch() { # <url> <body> <out>
    curl -fsS -H 'content-type: application/json' -H 'accept: application/json' --data-binary @"$2" -o "$3" "$1"
}

document() { # <server> <query>: the GraphQL document of a query (the deep page is the front page with a cursor)
    local q=$2
    [ "$q" = deep ] && q=front
    echo "$HELPERS/queries/$(api "$1")-$q.graphql"
}

# --- main ------------------------------------------------------------------------------------------
command -v java >/dev/null || die 3 "java is missing"
command -v npm >/dev/null || die 3 "npm is missing"
apt_install_if_missing curl=curl
for q in $QUERIES; do
    case $q in front|deep|article|author|counted) ;; *) die 64 "unknown query '$q' in QUERIES" ;; esac
done
for copy in $NEWSGRAPH_COPIES; do
    case $copy in cold|cached) ;; *) die 64 "unknown copy '$copy' in NEWSGRAPH_COPIES" ;; esac
done
[ "$CEILING" != 1 ] || [[ " $NEWSGRAPH_COPIES " == *" cold "* ]] \
    || die 64 "the ceiling is captured from the cold copy: CEILING=1 needs cold in NEWSGRAPH_COPIES"
[ -z "${NEWSGRAPH_RESPONSE_CACHE_ENABLED:-}" ] \
    || log "NEWSGRAPH_RESPONSE_CACHE_ENABLED=$NEWSGRAPH_RESPONSE_CACHE_ENABLED is not used: each copy sets its own ($NEWSGRAPH_COPIES)"
pg_cluster_setup
reuse=()
[ "$REUSE_DATASET" = 1 ] && reuse=(--reuse)
bench/dataset/generate.sh "${QUICK[@]}" "${reuse[@]}" | sed 's/^/  /' >&2
psql_admin -d postgres -c 'set client_min_messages = warning' -c 'create extension if not exists pg_stat_statements' >/dev/null
install_postgraphile "$WORK/npm.log"

if [ -z "$ARTICLE_SLUG" ]; then
    ARTICLE_SLUG=$(psql_app -At -c "select a.slug from article a join comment c on c.article_id = a.id
        and c.parent_id is null and c.status = 'APPROVED' where a.status = 'PUBLISHED'
        group by a.id having count(*) >= 50 order by a.published_at desc, a.id desc limit 1")
    [ -n "$ARTICLE_SLUG" ] || die 3 "no published article has 50 approved comments that start a conversation: set ARTICLE_SLUG"
fi
if [ -z "$AUTHOR_SLUG" ]; then
    AUTHOR_SLUG=$(psql_app -At -c "select au.slug from author au join article a on a.author_id = au.id
        and a.status = 'PUBLISHED' group by au.id having count(*) > 20 order by max(a.published_at) desc, au.id limit 1")
    [ -n "$AUTHOR_SLUG" ] || die 3 "no author has more than 20 published articles: set AUTHOR_SLUG"
fi
log "article page: $ARTICLE_SLUG; author page: $AUTHOR_SLUG; deep page: after the ${DEEP_AFTER}th article"

log "checking that the servers return the same data"
for server in "${SERVERS[@]}"; do
    for q in $QUERIES; do
        case $q in
            front|counted) vars='{}' ;;
            article) vars="{\"slug\":\"$ARTICLE_SLUG\"}" ;;
            author) vars="{\"slug\":\"$AUTHOR_SLUG\"}" ;;
            deep) continue ;;
        esac
        request_body "$(document "$server" "$q")" "$vars" "$WORK/$server-$q.request.json"
    done
    start_server "$server" "$WORK/$server-check.log"
    url=$(server_url "$server")
    if [[ " $QUERIES " == *" deep "* ]]; then
        cursor=$("$NODE" "$PGL/cursor.mjs" "$url" "$HELPERS/queries/$(api "$server")-cursor.graphql" "$DEEP_AFTER") \
            || die 2 "$server: no cursor for the ${DEEP_AFTER}th article"
        request_body "$(document "$server" deep)" "{\"after\":\"$cursor\"}" "$WORK/$server-deep.request.json"
    fi
    for q in $QUERIES; do
        fetch "$url" "$WORK/$server-$q.request.json" "$WORK/$server-$q.expected.json" \
            || die 2 "$server failed to answer the $q query"
    done
    # from the cold copy: with the cache on, the front page may come from the cache, with no statement to capture
    if [ "$server" = newsgraph-cold ] && [ "$CEILING" = 1 ]; then
        [[ " $QUERIES " == *" front "* ]] || request_body "$(document "$server" front)" '{}' "$WORK/$server-front.request.json"
        capture_front_page_statements
    fi
    stop_server
done
for server in "${SERVERS[@]}"; do
    [ "$server" != postgraphile ] || continue
    log "$server and PostGraphile:"
    for q in $QUERIES; do
        "$NODE" "$PGL/check.mjs" "$q" "$WORK/$server-$q.expected.json" "$WORK/postgraphile-$q.expected.json" >&2 \
            || die 2 "$server and PostGraphile disagree on the $q query"
        # the rows of the two copies measure the very same answer
        [ "$server" = "${SERVERS[0]}" ] || cmp -s "$WORK/${SERVERS[0]}-$q.expected.json" "$WORK/$server-$q.expected.json" \
            || die 2 "${SERVERS[0]} and $server answer the $q query with different bytes"
    done
    if [[ " $QUERIES " == *" front "* && " $QUERIES " == *" deep "* ]] \
        && cmp -s "$WORK/$server-front.expected.json" "$WORK/$server-deep.expected.json"; then
        die 2 "$server: the deep page is the front page: the cursor was ignored"
    fi
done

order=()
for round in $(seq "$ROUNDS"); do
    if [ $((round % 2)) = 1 ]; then
        order+=("${SERVERS[@]}")
    else
        for ((i = ${#SERVERS[@]} - 1; i >= 0; i--)); do order+=("${SERVERS[i]}"); done
    fi
done
log "load: ${order[*]}; $CONNECTIONS connections, ${WARMUP}s warm-up and ${DURATION}s measured per query"
run=0
for server in "${order[@]}"; do
    run=$((run + 1))
    start_server "$server" "$WORK/$server-run$run.log"
    url=$(server_url "$server")
    for q in $QUERIES; do
        args=("$url" "$WORK/$server-$q.request.json" "$WORK/$server-$q.expected.json" "$SERVER_PID" "$CONNECTIONS")
        "$NODE" "$PGL/load.mjs" "${args[@]}" "$WARMUP" >"$WORK/$server-$q-run$run.warmup.json"
        psql_admin -d postgres -c 'select pg_stat_statements_reset()' >/dev/null
        result=$("$NODE" "$PGL/load.mjs" "${args[@]}" "$DURATION")
        read -r statements exec_ms < <(db_counters)
        echo "{\"run\":$run,\"server\":\"$server\",\"query\":\"$q\",\"statements\":$statements,\"dbExecMs\":$exec_ms,\"result\":$result}" >>"$WORK/runs.jsonl"
        log "  run $run $server $q: $("$NODE" -e 'const r = JSON.parse(process.argv[1]);
            console.log(`${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors + r.timeouts + r.non2xx + r.mismatches}, RSS ${r.rssMiB.toFixed(0)} MiB`)' "$result")"
    done
    stop_server
done

ceiling_args=()
if [ "$CEILING" = 1 ]; then
    log "ceiling: pgbench -M prepared -c $CEILING_CLIENTS -j $CEILING_THREADS on the cold copy's front-page statements, ${WARMUP}s + ${DURATION}s"
    run_pgbench -c "$CEILING_CLIENTS" -j "$CEILING_THREADS" -T "$WARMUP" >"$WORK/ceiling-warmup.log" 2>&1 \
        || { cat "$WORK/ceiling-warmup.log" >&2; die 3 "pgbench failed"; }
    run_pgbench -c "$CEILING_CLIENTS" -j "$CEILING_THREADS" -T "$DURATION" >"$WORK/ceiling-run.log" 2>&1 \
        || { cat "$WORK/ceiling-run.log" >&2; die 3 "pgbench failed"; }
    tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)$/\1/p' "$WORK/ceiling-run.log")
    [ -n "$tps" ] || die 3 "no tps in $WORK/ceiling-run.log"
    log "  $tps tps"
    "$NODE" -e 'const fs = require("fs"); const c = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
        fs.writeFileSync(process.argv[2], JSON.stringify({ ...c, tps: Number(process.argv[3]), clients: Number(process.argv[4]),
            threads: Number(process.argv[5]), seconds: Number(process.argv[6]) }));' \
        "$WORK/ceiling-capture.json" "$WORK/ceiling.json" "$tps" "$CEILING_CLIENTS" "$CEILING_THREADS" "$DURATION"
    ceiling_args=("$WORK/ceiling.json")
fi

# shellcheck disable=SC2086  # NEWSGRAPH_JAVA_OPTS holds several options
heap=$(java $NEWSGRAPH_JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" {printf "%.0f MiB", $4 / 1048576}')
dataset=$(psql_admin -d postgres -At -c "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB_NAME'" | sed 's/^newsgraph bench dataset //')
versions="newsgraph $(git rev-parse --short HEAD 2>/dev/null || echo '?') on $(java -version 2>&1 | head -n 1 | sed 's/ version//; s/"//g'), java ${NEWSGRAPH_JAVA_OPTS:-without options} (max heap $heap); PostGraphile $("$NODE" -p 'require("./'"$PGL"'/node_modules/postgraphile/package.json").version') on Node $("$NODE" --version); autocannon $("$NODE" -p 'require("./'"$PGL"'/node_modules/autocannon/package.json").version'); $(psql_admin -d postgres -At -c 'show server_version' | cut -d' ' -f1 | sed 's/^/PostgreSQL /'); dataset $dataset"
set +e
DEEP_AFTER=$DEEP_AFTER "$NODE" "$PGL/summarize.mjs" "$WORK/runs.jsonl" "$versions" "$CONNECTIONS" "$WARMUP" "$DURATION" "${ceiling_args[@]}" | tee "$WORK/results.md"
status=${PIPESTATUS[0]}
set -e
[ "$status" = 0 ] || log "a server answered with errors: see $WORK/runs.jsonl and the server logs in $WORK"
exit "$status"
