#!/usr/bin/env bash
# jfr.sh <page> <out.jfr> [seconds]: newsgraph (response cache off, shipped JVM options) under 16 connections on one
# bench page; JFR for the measured seconds after a 20 s warm-up; prints autocannon's figures and the
# JVM's CPU during the recording. Execution samples every 2 ms (the JDK's profile.jfc with that period, written to
# bench/work/study/fast.jfc); add -XX:FlightRecorderOptions=stackdepth=256 to JOPTS for deep stacks. Then:
# python3 bench/sql-study/tools/jfrsum.py <out.jfr>
set -euo pipefail
cd "$(dirname "$0")/../../.."
. bench/lib.sh
export PG_CLUSTER=${PG_CLUSTER:-sqlstudy} PG_PORT=${PG_PORT:-5471} DB_NAME=${DB_NAME:-newsgraph_perf} DB_USER=newsgraph_perf NEWSGRAPH_PORT=18471
export NEWSGRAPH_JAVA_OPTS=${JOPTS:-$(newsgraph_java_opts)}
page=$1 out=$2 secs=${3:-30}
AC="$NODE $PGL/node_modules/autocannon/autocannon.js"
trap stop_server EXIT
mkdir -p bench/work/study
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
python3 - "$java_home/lib/jfr/profile.jfc" bench/work/study/fast.jfc <<'PY'
import re, sys
s = open(sys.argv[1]).read()
i = s.index('name="jdk.ExecutionSample"'); j = s.index('</event>', i)
s = s[:i] + re.sub(r'<setting name="period"[^>]*>[^<]*</setting>', '<setting name="period">2 ms</setting>', s[i:j]) + s[j:]
open(sys.argv[2], 'w').write(s)
PY
BENCH_RESPONSE_CACHE=false start_newsgraph bench/work/study/jfr-server.log
url=http://127.0.0.1:$NEWSGRAPH_PORT/graphql
body=${BODY:-bench/work/compare/newsgraph-cold-$page.request.json}
$AC -c 16 -d 20 -m POST -H content-type=application/json -i $body $url >/dev/null 2>&1
jcmd $SERVER_PID JFR.start name=study settings=$PWD/bench/work/study/fast.jfc filename=$PWD/$out duration=${secs}s >/dev/null
c0=$(cut -d' ' -f14-15 /proc/$SERVER_PID/stat | awk '{print $1+$2}')
res=$($AC -c 16 -d $secs -j -m POST -H content-type=application/json -i $body $url 2>/dev/null)
c1=$(cut -d' ' -f14-15 /proc/$SERVER_PID/stat | awk '{print $1+$2}')
sleep 3
node -e 'const r=JSON.parse(process.argv[1]); console.log(`req/s ${r.requests.average} p50 ${r.latency.p50} p99 ${r.latency.p99} errors ${r.errors+r.non2xx} total ${r.requests.total}`)' "$res"
total=$(node -e 'console.log(JSON.parse(process.argv[1]).requests.total)' "$res")
awk -v c=$((c1-c0)) -v n=$total -v s=$secs 'BEGIN{printf "JVM CPU %.0f%% of a core, %.3f ms per request\n", c/s, c*10/n}'
