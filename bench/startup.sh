#!/usr/bin/env bash
# Start-up and memory of the packaged newsgraph application (JVM) side by side with PostGraphile 5, on the same
# PostgreSQL database: the time from launch to the first good front-page answer, and the resident memory.
#
# Usage: bench/startup.sh [--quick] [--profile] [-h|--help]
#
#   --quick     to try the script out (CI runs it so): one round, 20 requests after each first answer
#   --profile   then starts newsgraph (and the baseline) once more on the loaded database with Quarkus's start-up
#               timing (quarkus.debug.print-startup-times) and prints where its start-up goes, phase by phase
#
# What it does, from the repository root:
#   1. a PostgreSQL cluster of its own (bench/lib.sh: 15/startup on port 5443, installed with apt if missing, needs
#      root) and a fresh, EMPTY database; builds target/quarkus-app/ if it is missing (an existing one is used as it
#      is, even if the sources changed since); installs PostGraphile 5 on Node 22 (bench/lib.sh, pinned by
#      bench/postgraphile/package-lock.json), and curl and python3 with apt if missing
#   2. newsgraph "cold": the empty database, so Flyway migrates it and the sample content is loaded
#      (NEWSGRAPH_SAMPLE_DATA=true, as every newsgraph run here)
#   3. RUNS rounds on that database, now loaded, each start "warm", the servers taking turns to go first: newsgraph,
#      PostGraphile (the stock Amber preset on the schema Flyway made, bench/postgraphile/) and, with BASELINE_APP_DIR,
#      an older build of newsgraph, so that a change is measured side by side with what it changes
#   4. each start: polls the front-page query of bench/postgraphile/queries/ every ~20 ms until an HTTP 200 answer
#      with articles and no errors; records the milliseconds from launch to that answer, the CPU time the process had
#      used by then (all its threads; unlike the elapsed time, barely changed by other work on a shared machine), the
#      process's VmRSS right after it and again after REQUESTS more front-page requests (HTTP 200 without errors, all of them), then stops it
#      (SIGTERM)
#   5. prints a Markdown table of the runs, the medians and the ratios newsgraph / PostGraphile of the warm medians,
#      and the load average; WARN and ERROR lines of newsgraph's log are shown as they occur
#
# newsgraph runs from its directory with the JVM options the service ships with (bench/lib.sh reads them from
# application.properties), as the JVM image runs it: the options name the start-up archive beside the jar.
#
# Settings (environment; a value set here wins over --quick's): RUNS=5 REQUESTS=200 TIMEOUT=180 (seconds to the
# first answer), NEWSGRAPH_JAVA_OPTS (default: the shipped options; empty for none), BENCH_JAVA=java (the JVM),
# BENCH_APP_DIR=target/quarkus-app, BASELINE_APP_DIR (a copy of target/quarkus-app/ of an older build, run by
# BASELINE_JAVA with BASELINE_JAVA_OPTS, by default the same JVM and options),
# PG_CLUSTER=startup PG_PORT=5443 DB_NAME=newsgraph_startup NEWSGRAPH_PORT=18383 POSTGRAPHILE_PORT=15679,
# KEEP_CLUSTER=1 leaves the cluster running at the end (it is stopped if this script started it).
# Files: bench/work/startup/ (git-ignored): each start's log and first answer, results.tsv, profile-*.{log,md}.
set -euo pipefail
cd "$(dirname "$0")/.."

PROFILE=0
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) RUNS=${RUNS:-1}; REQUESTS=${REQUESTS:-20} ;;
        --profile) PROFILE=1 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1 (see $0 --help)" >&2; exit 64 ;;
    esac
    shift
done

export PG_CLUSTER=${PG_CLUSTER:-startup}
export PG_PORT=${PG_PORT:-5443}
export DB_NAME=${DB_NAME:-newsgraph_startup}
export DB_USER=${DB_USER:-newsgraph_startup}
export NEWSGRAPH_PORT=${NEWSGRAPH_PORT:-18383}
export POSTGRAPHILE_PORT=${POSTGRAPHILE_PORT:-15679}
. bench/lib.sh
NEWSGRAPH_JAVA_OPTS=${NEWSGRAPH_JAVA_OPTS-$(newsgraph_java_opts)}
RUNS=${RUNS:-5}
REQUESTS=${REQUESTS:-200}
TIMEOUT=${TIMEOUT:-180}
WORK=bench/work/startup
RESULTS=$WORK/results.tsv
BASELINE_APP_DIR=${BASELINE_APP_DIR:-}
BASELINE_JAVA_OPTS=${BASELINE_JAVA_OPTS-$NEWSGRAPH_JAVA_OPTS}
BASELINE_JAVA=${BASELINE_JAVA:-$BENCH_JAVA}
SERVERS=(newsgraph postgraphile)
[ -z "$BASELINE_APP_DIR" ] || SERVERS+=(baseline)

log() { bench_log "$@"; }
die() { bench_die "$@"; }
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die 64 "RUNS must be a positive integer, got '$RUNS'"
command -v npm >/dev/null || die 3 "npm is required"
apt_install_if_missing curl=curl python3=python3

cleanup() {
    stop_server
    pg_cluster_stop_if_started
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$WORK"
rm -f "$WORK"/*.log "$WORK"/*.json "$RESULTS"
for server in newsgraph postgraphile; do
    python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' \
        "bench/postgraphile/queries/$server-front.graphql" >"$WORK/$server-front.request.json"
done

now_ns() { date +%s%N; }
rss_mib() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
# user + system CPU seconds of a process so far, from /proc/<pid>/stat (after the command name, which may hold spaces)
cpu_s() { sed 's/^.*) //' "/proc/$1/stat" | awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($12 + $13) / hz }'; }
url() { if [ "$1" = postgraphile ]; then echo "http://127.0.0.1:$POSTGRAPHILE_PORT/graphql"; else echo "http://127.0.0.1:$NEWSGRAPH_PORT/graphql"; fi; }
query_of() { if [ "$1" = postgraphile ]; then echo postgraphile; else echo newsgraph; fi; }

# An answer with at least one article and no errors; prints what is wrong otherwise.
good_answer() { # <server> <answer file>
    python3 - "$1" "$2" <<'PY'
import json, sys
server, path = sys.argv[1], sys.argv[2]
try:
    answer = json.load(open(path))
except Exception as e:
    print(f"not JSON: {e}"); sys.exit(1)
if answer.get("errors"):
    print("errors: " + json.dumps(answer["errors"])[:300]); sys.exit(1)
data = answer.get("data") or {}
articles = (data.get("allArticles") or {}).get("nodes") if server == "postgraphile" else (data.get("articles") or {}).get("edges")
if not articles:
    print("no articles"); sys.exit(1)
PY
}

front_page() { # <server> <out>: prints the HTTP status
    curl -s -o "$2" -w '%{http_code}' --max-time 10 -H 'content-type: application/json' -H 'accept: application/json' \
        --data-binary "@$WORK/$(query_of "$1")-front.request.json" "$(url "$1")" || true
}

# One start: launch, poll until the first good answer, RSS, REQUESTS more requests, RSS, stop.
measure() { # <run> <server> <kind>
    local run=$1 server=$2 kind=$3 logfile="$WORK/$2-run$1.log" answer="$WORK/$2-run$1-answer.json"
    local t0 t1 code deadline failed=0
    t0=$(now_ns)
    case $server in
        newsgraph) launch_newsgraph "$logfile" true ;;
        baseline) BENCH_APP_DIR=$BASELINE_APP_DIR BENCH_JAVA=$BASELINE_JAVA NEWSGRAPH_JAVA_OPTS=$BASELINE_JAVA_OPTS \
            launch_newsgraph "$logfile" true ;;
        postgraphile) launch_postgraphile "$logfile" ;;
    esac
    deadline=$((t0 + TIMEOUT * 1000000000))
    while :; do
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$logfile" >&2; die 3 "$server (run $run) exited before answering"; }
        code=$(front_page "$server" "$answer")
        if [ "$code" = 200 ] && good_answer "$server" "$answer" >/dev/null; then
            t1=$(now_ns)
            break
        fi
        [ "$(now_ns)" -lt "$deadline" ] || { tail -n 30 "$logfile" >&2; die 3 "$server (run $run): no good answer in ${TIMEOUT}s"; }
        sleep 0.02
    done
    local rss1 rss2 cpu ms=$(((t1 - t0) / 1000000))
    cpu=$(cpu_s "$SERVER_PID")
    rss1=$(rss_mib "$SERVER_PID")
    for _ in $(seq "$REQUESTS"); do
        code=$(front_page "$server" "$WORK/last-answer.json")
        if [ "$code" != 200 ] || grep -q '"errors"' "$WORK/last-answer.json"; then failed=$((failed + 1)); fi
    done
    rss2=$(rss_mib "$SERVER_PID")
    [ "$failed" = 0 ] || die 3 "$server (run $run): $failed of $REQUESTS front-page requests failed (log: $logfile)"
    stop_server
    local started
    started=$(sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' "$logfile" | head -n 1)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$server" "$kind" "$ms" "$rss1" "$rss2" "${started:--}" "$cpu" \
        >>"$RESULTS"
    log "run $run $server ($kind): ${ms} ms to the first answer (${cpu} s of CPU), RSS ${rss1} MiB, ${rss2} MiB after $REQUESTS requests"
    if [ "$server" != postgraphile ] && grep -E -q '(ERROR|WARN)' "$logfile"; then
        log "run $run: $server's log has warnings or errors:"
        grep -E '(ERROR|WARN)' "$logfile" | head -n 10 >&2
    fi
}

# Where a warm start goes: Quarkus's own timing of each start-up step, and the log's timestamps from launch.
profile() { # <app dir> <java> <java options> <name>
    local logfile="$WORK/profile-$4.log" t0 t1
    t0=$(now_ns)
    BENCH_APP_DIR=$1 BENCH_JAVA=$2 NEWSGRAPH_JAVA_OPTS="$3 -Dquarkus.debug.print-startup-times=true -Dquarkus.log.console.json.enabled=false" \
        launch_newsgraph "$logfile" true
    until [ "$(front_page newsgraph "$WORK/profile-answer.json")" = 200 ] \
        && good_answer newsgraph "$WORK/profile-answer.json" >/dev/null; do
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$logfile" >&2; die 3 "the profiled start failed"; }
        sleep 0.02
    done
    t1=$(now_ns)
    stop_server
    python3 - "$logfile" "$t0" "$t1" <<'PY'
import re, sys
from datetime import datetime
path, t0, t1 = sys.argv[1], int(sys.argv[2]) / 1e9, int(sys.argv[3]) / 1e9
steps, marks = [], []
for line in open(path, errors="replace"):
    m = re.search(r"Build step (\S+) completed in: (\d+)ms", line)
    if m:
        steps.append((int(m.group(2)), m.group(1).rsplit(".", 1)[-1]))
        continue
    m = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) +(\w+) +\[([^\]]+)\] \([^)]*\) (.*)", line)
    if m:
        at = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
        if at > t1:
            break
        marks.append((at - t0, m.group(3), m.group(4).strip()[:110]))
print("| step (quarkus.debug.print-startup-times) | ms |")
print("|---|---:|")
for ms, name in sorted(steps, reverse=True)[:15]:
    print(f"| {name} | {ms} |")
print(f"| all {len(steps)} steps | {sum(ms for ms, _ in steps)} |")
print()
print("| s after launch | logger | message |")
print("|---:|---|---|")
for at, logger, message in marks:
    print(f"| {at:.3f} | {logger} | {message.replace('|', '/')} |")
print(f"| {t1 - t0:.3f} | bench | first good front-page answer |")
PY
}

pg_cluster_setup
pg_create_database
build_jar_if_missing
install_postgraphile "$WORK/npm.log"
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)

measure 0 newsgraph cold
for round in $(seq "$RUNS"); do
    first=$(((round - 1) % ${#SERVERS[@]}))
    for i in $(seq 0 $((${#SERVERS[@]} - 1))); do
        measure "$round" "${SERVERS[$(((first + i) % ${#SERVERS[@]}))]}" warm
    done
done
load_after=$(cut -d ' ' -f 1-3 /proc/loadavg)

python3 - "$RESULTS" "$REQUESTS" <<'PY'
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
print(f"| run | server | kind | ms to first answer | CPU s to first answer | RSS after first answer (MiB) | RSS after {sys.argv[2]} req (MiB) | Quarkus 'started in' (s) |")
print("|---:|---|---|---:|---:|---:|---:|---:|")
for run, server, kind, ms, rss1, rss2, started, cpu in rows:
    print(f"| {run} | {server} | {kind} | {ms} | {cpu} | {rss1} | {rss2} | {started} |")
def median(server, column):
    return statistics.median(float(r[column]) for r in rows if r[1] == server and r[2] == "warm")
servers = [s for s in ("newsgraph", "baseline", "postgraphile") if any(r[1] == s for r in rows)]
for server in servers:
    n = sum(1 for r in rows if r[1] == server and r[2] == "warm")
    print(f"| median | {server} | warm ({n}) | {median(server, 3):.0f} | {median(server, 7):.2f} | {median(server, 4):.1f} | "
          f"{median(server, 5):.1f} | |")
for server in (s for s in servers if s != "postgraphile"):
    ratios = " | ".join(f"{median(server, c) / median('postgraphile', c):.2f}" for c in (3, 7, 4, 5))
    print(f"| ratio | {server} / postgraphile | warm | {ratios} | |")
PY
echo
# shellcheck disable=SC2086  # NEWSGRAPH_JAVA_OPTS holds several options
[ -z "$BASELINE_APP_DIR" ] || echo "baseline: $BASELINE_APP_DIR on $("$BASELINE_JAVA" -version 2>&1 | head -n 1), options: ${BASELINE_JAVA_OPTS:-none}"
echo "newsgraph $(git rev-parse --short HEAD 2>/dev/null || echo '?') ($BENCH_APP_DIR) on $("$BENCH_JAVA" -version 2>&1 | head -n 1), options: ${NEWSGRAPH_JAVA_OPTS:-none};" \
    "PostGraphile $("$NODE" -p "require('./$PGL/node_modules/postgraphile/package.json').version") on Node $("$NODE" --version);" \
    "PostgreSQL $(psql_admin -d postgres -At -c 'show server_version' | cut -d ' ' -f 1)"
echo "$(nproc) cores; load average (1/5/15 min) before: $load_before, after: $load_after"

if [ "$PROFILE" = 1 ]; then
    echo
    echo "Start-up profile of newsgraph ($BENCH_APP_DIR):"
    profile "$BENCH_APP_DIR" "$BENCH_JAVA" "$NEWSGRAPH_JAVA_OPTS" newsgraph | tee "$WORK/profile-newsgraph.md"
    if [ -n "$BASELINE_APP_DIR" ]; then
        echo
        echo "Start-up profile of the baseline ($BASELINE_APP_DIR):"
        profile "$BASELINE_APP_DIR" "$BASELINE_JAVA" "$BASELINE_JAVA_OPTS" baseline | tee "$WORK/profile-baseline.md"
    fi
fi
