#!/usr/bin/env bash
# rate.sh <server: newsgraph-cold|postgraphile> <page> <rate...>: starts the server (newsgraph with its response cache
# off unless CACHE=true), warms it up 15 s with 16 connections, then for each rate (0 = as fast as 16 connections go;
# else autocannon -R) runs 20 s and prints req/s, p50, p99, errors, the statements and their mean/min/stddev execution
# time (pg_stat_statements), the server process's CPU ms and context switches per request and PostgreSQL's CPU ms
# per request (the cluster's processes). Request files from a compare-postgraphile.sh run (CMP, bench/work/compare).
# RENICE=n renices the server's threads; PIN=1 pins the server and autocannon to CPU 0 (pin PostgreSQL to CPU 1
# yourself, with taskset on the postmaster and its children); JOPTS replaces the JVM options; DB_NAME.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. bench/lib.sh
export PG_CLUSTER=${PG_CLUSTER:-sqlstudy} PG_PORT=${PG_PORT:-5471} DB_NAME=${DB_NAME:-newsgraph_perf} DB_USER=newsgraph_perf NEWSGRAPH_PORT=18471
POSTGRAPHILE_PORT=15471
export NEWSGRAPH_JAVA_OPTS=${JOPTS:-$(newsgraph_java_opts)}
server=$1 page=$2; shift 2
OUT=bench/work/study; CMP=${CMP:-bench/work/compare}
AC="${PIN:+taskset -c 0} $NODE $PGL/node_modules/autocannon/autocannon.js"
trap stop_server EXIT
pm=$(head -1 /var/lib/postgresql/15/sqlstudy/postmaster.pid)
ticks() {
    local total pid f
    f=($(cut -d' ' -f14-17 /proc/$pm/stat)); total=$(( f[2] + f[3] ))
    for pid in $(ps -o pid= --ppid $pm); do
        f=($(cut -d')' -f2- /proc/$pid/stat 2>/dev/null)) || continue
        [ ${#f[@]} -gt 14 ] && total=$(( total + f[11] + f[12] ))
    done
    echo $total
}
jvm() { # CPU ticks and context switches of the server process, all threads
    local cpu cs=0 t
    cpu=$(cut -d' ' -f14-15 /proc/$SERVER_PID/stat | awk '{print $1+$2}')
    for t in /proc/$SERVER_PID/task/*; do cs=$((cs + $(awk '/ctxt_switches/ {s+=$2} END {print s}' $t/status 2>/dev/null || echo 0))); done
    echo "$cpu $cs"
}
if [ $server = postgraphile ]; then start_postgraphile $OUT/rate-$server.log; url=http://127.0.0.1:$POSTGRAPHILE_PORT/graphql
else BENCH_RESPONSE_CACHE=${CACHE:-false} start_newsgraph $OUT/rate-$server.log; url=http://127.0.0.1:$NEWSGRAPH_PORT/graphql; fi
body=$CMP/$server-$page.request.json
[ -n "${RENICE:-}" ] && for t in /proc/$SERVER_PID/task/*; do renice -n $RENICE -p ${t##*/} >/dev/null; done
[ -n "${PIN:-}" ] && taskset -a -p -c 0 $SERVER_PID >/dev/null
$AC -c 16 -d 15 -m POST -H content-type=application/json -i $body $url >/dev/null 2>&1
for rate in "$@"; do
    r=(); [ "$rate" != 0 ] && r=(-R $rate)
    psql_admin -d postgres -c 'select pg_stat_statements_reset()' >/dev/null
    t0=$(ticks); j0=$(jvm)
    res=$($AC -c 16 -d 20 "${r[@]}" -j -m POST -H content-type=application/json -i $body $url 2>/dev/null)
    t1=$(ticks); j1=$(jvm)
    read -r calls exec min sd < <(psql_admin -d postgres -At -F ' ' -c "select sum(calls), round((sum(total_exec_time)/sum(calls))::numeric,3)||' min='||round(min(min_exec_time)::numeric,3)||' sd='||round(max(stddev_exec_time)::numeric,3) from pg_stat_statements where dbid=(select oid from pg_database where datname='$DB_NAME') and query not like '%pg_stat_statements%' and query <> 'select 1' and calls > 50")
    rps=$(node -e 'const r=JSON.parse(process.argv[1]); console.log(r.requests.average, r.latency.p50, r.latency.p99, r.non2xx+r.errors)' "$res")
    echo "$server $page rate=$rate rps/p50/p99/err=$rps statements=$calls exec_ms=$exec $min $sd server_cpu_ms_per_req=$(awk -v a="$j0" -v b="$j1" -v c=$calls 'BEGIN{split(a,x," "); split(b,y," "); printf "%.3f cswitch_per_req=%.1f", (y[1]-x[1])*10/c, (y[2]-x[2])/c}') pg_cpu_ms_per_req=$(awk -v d=$((t1-t0)) -v c=$calls 'BEGIN{printf "%.3f", d*10/c}')"
done
