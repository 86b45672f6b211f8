#!/usr/bin/env bash
# Captures, for each bench page, the statements each server sends for one request (log_statement=all between markers),
# into bench/work/study/<server>-<page>.{sql,vars,txt}, reusing ceiling.mjs. Needs the request files of a
# compare-postgraphile.sh run in bench/work/compare.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. bench/lib.sh
export PG_CLUSTER=${PG_CLUSTER:-sqlstudy} PG_PORT=${PG_PORT:-5471} DB_NAME=${DB_NAME:-newsgraph_perf} DB_USER=newsgraph_perf NEWSGRAPH_PORT=${NEWSGRAPH_PORT:-18471}
POSTGRAPHILE_PORT=${POSTGRAPHILE_PORT:-15471}
export NEWSGRAPH_JAVA_OPTS=$(newsgraph_java_opts)
OUT=${OUT:-bench/work/study}
CMP=${CMP:-bench/work/compare}
trap 'stop_server; psql_admin -d postgres -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null' EXIT
json_log_files() {
    local dir
    dir=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { print $6 }')/log
    ls -t "$dir"/*.json | head -n 2 | tac
}
fetch() { curl -fsS -H 'content-type: application/json' -H 'accept: application/json' --data-binary @"$2" -o "$3" "$1"; }
for server in newsgraph-cold postgraphile; do
    if [ $server = postgraphile ]; then start_postgraphile $OUT/$server.log; url=http://127.0.0.1:$POSTGRAPHILE_PORT/graphql
    else BENCH_RESPONSE_CACHE=false start_newsgraph $OUT/$server.log; url=http://127.0.0.1:$NEWSGRAPH_PORT/graphql; fi
    for page in front deep article author; do
        # warm: prepare the statements as under load (pgjdbc prepares server-side after 5 executions)
        for i in 1 2 3 4 5 6; do fetch $url $CMP/$server-$page.request.json /dev/null; done
    done
    psql_admin -d postgres -c "alter system set log_statement = 'all'" -c 'select pg_reload_conf()' >/dev/null
    sleep 1
    for page in front deep article author; do
        m="study-$server-$page-$$"
        psql_app -c "select '$m-start'" >/dev/null
        fetch $url $CMP/$server-$page.request.json $OUT/$server-$page.answer.json
        psql_app -c "select '$m-end'" >/dev/null
    done
    psql_admin -d postgres -c "alter system reset log_statement" -c 'select pg_reload_conf()' >/dev/null
    sleep 1
    mapfile -t logs < <(json_log_files)
    for page in front deep article author; do
        m="study-$server-$page-$$"
        $NODE $PGL/ceiling.mjs $DB_NAME $DB_USER $m-start $m-end $OUT/$server-$page untyped "${logs[@]}"
    done
    stop_server
done
