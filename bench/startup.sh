#!/usr/bin/env bash
# Start-up and memory benchmark of the packaged newsgraph application (JVM mode) on an external PostgreSQL.
#
# Usage (from anywhere; the script works from the repository root):
#
#   bench/startup.sh                        # 5 runs against the local PostgreSQL 15 cluster (installed if needed)
#   RUNS=9 bench/startup.sh                 # more runs
#   BENCH_JDBC_URL=jdbc:postgresql://db.example.org:5432/newsgraph_bench \
#   BENCH_DB_USER=bench BENCH_DB_PASSWORD=secret bench/startup.sh   # an existing PostgreSQL server instead
#
# What it does:
#   1. Local mode (no BENCH_JDBC_URL; run as root: apt, runuser -u postgres): installs PostgreSQL 15 with apt if it
#      is missing, starts the 15/main cluster if it is down (and leaves it running), and creates or updates the role
#      BENCH_DB_USER (password BENCH_DB_PASSWORD).
#      External mode (BENCH_JDBC_URL set): installs nothing; needs psql and a user allowed to create databases.
#   2. Drops and re-creates the database (BENCH_DB_NAME, or the one named in BENCH_JDBC_URL): it starts EMPTY.
#      WARNING: in external mode the database named in BENCH_JDBC_URL is dropped.
#   3. Builds target/quarkus-app/quarkus-run.jar with ./mvnw if it is missing (or if BENCH_REBUILD=1); an existing
#      jar is used as it is, even if the sources changed since.
#   4. RUNS times: starts `java -jar target/quarkus-app/quarkus-run.jar` with NEWSGRAPH_SAMPLE_DATA=true.
#      Run 1 is "cold" (empty database: Flyway migration + sample data load), the others are "warm" (the database
#      already has content). It polls the front-page query every ~20 ms until it gets HTTP 200 with
#      data.articles.edges non-empty and no "errors", and records the milliseconds from process launch to that
#      answer; reads VmRSS from /proc/<pid>/status right after it and again after 200 more front-page requests;
#      then stops the application with SIGTERM. The cold answer must carry nested author, source, tags and
#      comments, or the script fails.
#   5. Prints a table and the medians.
#
# Environment (all optional):
#   RUNS=5                  number of application starts (the first is cold)
#   BENCH_PORT=18080        HTTP port of the application (must be free)
#   BENCH_REQUESTS=200      front-page requests between the two RSS readings
#   BENCH_TIMEOUT=180       seconds to wait for the first good answer before failing
#   BENCH_DB_NAME=newsgraph_bench, BENCH_DB_USER=newsgraph_bench, BENCH_DB_PASSWORD=newsgraph_bench (local mode)
#   BENCH_JDBC_URL, BENCH_DB_USER, BENCH_DB_PASSWORD   external PostgreSQL (skips the apt install)
#   BENCH_ADMIN_DB=postgres maintenance database used to drop/create the database in external mode
#   BENCH_REBUILD=0         1 = rebuild the jar even when it exists
#   JAVA=java               JVM binary
#   JAVA_OPTS               JVM options; default: those the service ships with (application.properties, see
#                           bench/lib.sh); set it empty (JAVA_OPTS=) for the JVM's own heap sizing
#
# Output: the table on stdout (Markdown); progress on stderr; under bench/work/ (git-ignored): run-N.log (application
# stdout), run-N-answer.json (first good answer), results.tsv (also has first_request_ms: how long the answering
# request itself took).

set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh
WORK="$ROOT/bench/work"
mkdir -p "$WORK"

RUNS=${RUNS:-5}
PORT=${BENCH_PORT:-18080}
REQUESTS=${BENCH_REQUESTS:-200}
TIMEOUT=${BENCH_TIMEOUT:-180}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS-$(newsgraph_java_opts)}
JAR=target/quarkus-app/quarkus-run.jar
URL="http://127.0.0.1:$PORT/graphql"

QUERY='{ articles(first: 20) { edges { node { title lede publishedAt readingTimeMinutes image { url alt } author { name } source { name url } tags { name slug } commentCount comments(first: 10) { edges { node { authorName body } } } } } pageInfo { hasNextPage endCursor } } }'
PAYLOAD="$WORK/front-page.json"
python3 -c 'import json, sys; print(json.dumps({"query": sys.argv[1]}))' "$QUERY" > "$PAYLOAD"

die() { echo "startup.sh: ERROR: $*" >&2; exit 1; }
log() { echo "startup.sh: $*" >&2; }
now_ns() { date +%s%N; }

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$RUNS'"
command -v curl >/dev/null || die "curl is required"
command -v python3 >/dev/null || die "python3 is required"
command -v "$JAVA" >/dev/null || die "java is required ($JAVA not found)"

# --- PostgreSQL -------------------------------------------------------------------------------------
if [[ -n "${BENCH_JDBC_URL:-}" ]]; then
    MODE=external
    JDBC_URL=$BENCH_JDBC_URL
    DB_USER=${BENCH_DB_USER:?BENCH_DB_USER is required with BENCH_JDBC_URL}
    DB_PASSWORD=${BENCH_DB_PASSWORD:?BENCH_DB_PASSWORD is required with BENCH_JDBC_URL}
    [[ "$JDBC_URL" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]] \
        || die "BENCH_JDBC_URL must look like jdbc:postgresql://host[:port]/database, got '$JDBC_URL'"
    DB_HOST=${BASH_REMATCH[1]}
    DB_PORT=${BASH_REMATCH[3]:-5432}
    DB_NAME=${BASH_REMATCH[4]}
    command -v psql >/dev/null || die "psql is required to drop and create $DB_NAME (apt-get install postgresql-client)"
    admin_sql() {
        PGPASSWORD=$DB_PASSWORD PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 \
            "host=$DB_HOST port=$DB_PORT user=$DB_USER dbname=${BENCH_ADMIN_DB:-postgres}" -c "$1"
    }
else
    MODE=local
    DB_NAME=${BENCH_DB_NAME:-newsgraph_bench}
    DB_USER=${BENCH_DB_USER:-newsgraph_bench}
    DB_PASSWORD=${BENCH_DB_PASSWORD:-newsgraph_bench}
    if ! command -v pg_ctlcluster >/dev/null || ! dpkg -s postgresql-15 >/dev/null 2>&1; then
        [[ $(id -u) -eq 0 ]] || die "PostgreSQL 15 is missing and installing it needs root"
        log "installing PostgreSQL 15 with apt"
        DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-15 postgresql-client-15 >&2
    fi
    if ! pg_lsclusters -h | awk '$1 == "15" && $2 == "main" { found = 1 } END { exit !found }'; then
        log "creating the PostgreSQL 15 cluster 15/main"
        pg_createcluster 15 main >&2
    fi
    if ! pg_lsclusters -h | awk '$1 == "15" && $2 == "main" && $4 == "online" { up = 1 } END { exit !up }'; then
        log "starting the PostgreSQL 15 cluster 15/main"
        pg_ctlcluster 15 main start
    fi
    DB_HOST=127.0.0.1
    DB_PORT=$(pg_lsclusters -h | awk '$1 == "15" && $2 == "main" { print $3 }')
    JDBC_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME"
    admin_sql() { PGOPTIONS='-c client_min_messages=warning' runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$DB_PORT" -d postgres -c "$1"; }
    for _ in $(seq 1 50); do
        runuser -u postgres -- pg_isready -q -p "$DB_PORT" && break
        sleep 0.2
    done
    runuser -u postgres -- pg_isready -q -p "$DB_PORT" || die "PostgreSQL 15/main does not accept connections"
    admin_sql "DO \$\$ BEGIN
                 IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
                   CREATE ROLE \"$DB_USER\" LOGIN PASSWORD '$DB_PASSWORD';
                 ELSE
                   ALTER ROLE \"$DB_USER\" LOGIN PASSWORD '$DB_PASSWORD';
                 END IF;
               END \$\$;"
fi

log "fresh empty database $DB_NAME ($MODE PostgreSQL at $DB_HOST:$DB_PORT)"
admin_sql "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE);"
if [[ $MODE == local ]]; then
    admin_sql "CREATE DATABASE \"$DB_NAME\" OWNER \"$DB_USER\";"
else
    admin_sql "CREATE DATABASE \"$DB_NAME\";"
fi

# --- Build ------------------------------------------------------------------------------------------
if [[ ! -f "$JAR" || "${BENCH_REBUILD:-0}" == 1 ]]; then
    log "building $JAR (./mvnw -B -q package -DskipTests)"
    ./mvnw -B -q package -DskipTests >&2
fi
[[ -f "$JAR" ]] || die "$JAR is missing after the build"

# --- Runs -------------------------------------------------------------------------------------------
APP_PID=
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
trap stop_app EXIT

rss_mib() {
    awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

# Checks an answer: prints nothing and exits 0 if good; CHECK=deep also requires the nested fields.
check_answer() {
    CHECK=$2 python3 - "$1" <<'PY'
import json, os, sys
try:
    with open(sys.argv[1]) as f:
        answer = json.load(f)
except Exception as e:
    print(f"not JSON: {e}"); sys.exit(1)
if answer.get("errors"):
    print("errors: " + json.dumps(answer["errors"])[:500]); sys.exit(1)
edges = (((answer.get("data") or {}).get("articles") or {}).get("edges")) or []
if not edges:
    print("data.articles.edges is empty"); sys.exit(1)
if os.environ.get("CHECK") != "deep":
    sys.exit(0)
nodes = [e["node"] for e in edges]
problems = []
if not all((n.get("author") or {}).get("name") for n in nodes):
    problems.append("an article without author.name")
if not any((n.get("source") or {}).get("name") for n in nodes):
    problems.append("no article with source.name")
if not any(n.get("tags") for n in nodes) or not all(t.get("name") and t.get("slug") for n in nodes for t in n.get("tags") or []):
    problems.append("no article with tags (name, slug)")
commented = [n for n in nodes if (n.get("comments") or {}).get("edges")]
if not commented:
    problems.append("no article with comments")
if not all(c["node"].get("authorName") and c["node"].get("body") for n in commented for c in n["comments"]["edges"]):
    problems.append("a comment without authorName/body")
if any(len((n.get("comments") or {}).get("edges") or []) > (n.get("commentCount") or 0) for n in nodes):
    problems.append("more comment edges than commentCount")
if problems:
    print("; ".join(problems)); sys.exit(1)
print(f"{len(nodes)} articles, {sum(1 for n in nodes if n.get('source'))} with a source, "
      f"{sum(len(n['tags']) for n in nodes)} tags, {len(commented)} with comments "
      f"({sum(len(n['comments']['edges']) for n in commented)} comment edges)")
PY
}

RESULTS="$WORK/results.tsv"
LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)
printf 'run\tkind\tms_to_first_answer\trss_first_mib\trss_after_mib\tquarkus_started_s\tfirst_request_ms\n' > "$RESULTS"

for run in $(seq 1 "$RUNS"); do
    if [[ $run -eq 1 ]]; then kind=cold; else kind=warm; fi
    port_in_use && die "port $PORT is already in use: set BENCH_PORT to a free port"
    APP_LOG="$WORK/run-$run.log"
    ANSWER="$WORK/run-$run-answer.json"
    rm -f "$ANSWER"

    t0=$(now_ns)
    # shellcheck disable=SC2086 # JAVA_OPTS is split on purpose
    NEWSGRAPH_SAMPLE_DATA=true \
    QUARKUS_HTTP_PORT=$PORT \
    QUARKUS_DATASOURCE_JDBC_URL=$JDBC_URL \
    QUARKUS_DATASOURCE_USERNAME=$DB_USER \
    QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD \
        "$JAVA" $JAVA_OPTS -jar "$JAR" > "$APP_LOG" 2>&1 &
    APP_PID=$!

    deadline=$(( t0 + TIMEOUT * 1000000000 ))
    answered=
    while :; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -n 40 "$APP_LOG" >&2
            die "run $run: the application exited before answering (log: $APP_LOG)"
        fi
        reply=$(curl -s -o "$ANSWER" -w '%{http_code} %{time_total}' --max-time 5 \
                    -H 'Content-Type: application/json' --data-binary "@$PAYLOAD" "$URL" || true)
        code=${reply%% *}
        if [[ "$code" == 200 ]] && check_answer "$ANSWER" shallow >/dev/null; then
            t1=$(now_ns)
            answered=1
            break
        fi
        (( $(now_ns) < deadline )) || break
        sleep 0.02
    done
    if [[ -z "$answered" ]]; then
        tail -n 40 "$APP_LOG" >&2
        die "run $run: no good front-page answer within ${TIMEOUT}s (last HTTP code '$code', answer: $(head -c 500 "$ANSWER" 2>/dev/null))"
    fi
    ms=$(( (t1 - t0) / 1000000 ))
    # The RSS must be the JVM's: make sure $! is the java process itself, not a shell around it.
    exe=$(readlink "/proc/$APP_PID/exe" || true)
    [[ "$(basename "$exe")" == java ]] || die "run $run: pid $APP_PID is '$exe', not java: cannot read the JVM's RSS"
    first_request_ms=$(awk -v t="${reply#* }" 'BEGIN { printf "%.0f", t * 1000 }')
    rss1=$(rss_mib "$APP_PID")

    if [[ $kind == cold ]]; then
        if ! detail=$(check_answer "$ANSWER" deep); then
            die "run $run (cold): the front page lacks nested data: $detail (answer: $ANSWER)"
        fi
        log "run $run (cold): front page OK with nested data: $detail"
    fi

    failed=0
    for _ in $(seq 1 "$REQUESTS"); do
        code=$(curl -s -o "$WORK/last-answer.json" -w '%{http_code}' --max-time 10 \
                   -H 'Content-Type: application/json' --data-binary "@$PAYLOAD" "$URL" || true)
        if [[ "$code" != 200 ]] || grep -q '"errors"' "$WORK/last-answer.json"; then
            failed=$((failed + 1))
        fi
    done
    rss2=$(rss_mib "$APP_PID")
    (( failed == 0 )) || die "run $run: $failed of $REQUESTS front-page requests failed (not HTTP 200 or with errors; log: $APP_LOG)"

    stop_app
    started=$(sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' "$APP_LOG" | head -n 1)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$kind" "$ms" "$rss1" "$rss2" "${started:--}" "$first_request_ms" >> "$RESULTS"
    log "run $run ($kind): ${ms} ms to first answer (Quarkus 'started in' ${started:-?}s; the answering request took ${first_request_ms} ms)," \
        "RSS ${rss1} MiB, ${rss2} MiB after $REQUESTS requests"

    if grep -E -q ' (ERROR|WARN) ' "$APP_LOG"; then
        log "run $run: the application log has warnings or errors:"
        grep -E ' (ERROR|WARN) ' "$APP_LOG" | head -n 20 >&2
    fi
done

# --- Report -----------------------------------------------------------------------------------------
python3 - "$RESULTS" "$REQUESTS" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
after = f"RSS after {sys.argv[2]} req (MiB)"
header = ["run", "kind", "ms to first answer", "RSS after first answer (MiB)", after, "Quarkus 'started in' (s)"]
print("| " + " | ".join(header) + " |")
print("|" + "|".join("---:" if i != 1 else "---" for i in range(len(header))) + "|")
for r in rows:
    print(f"| {r['run']} | {r['kind']} | {r['ms_to_first_answer']} | {r['rss_first_mib']} | {r['rss_after_mib']} | {r['quarkus_started_s']} |")
def med(kind, key):
    values = [float(r[key]) for r in rows if kind in (None, r["kind"])]
    return statistics.median(values) if values else None
def runs(n):
    return f"{n} run" + ("s" if n != 1 else "")
for kind, label in (("cold", "cold (1 run)"), ("warm", "warm (" + runs(sum(r["kind"] == "warm" for r in rows)) + ")"),
                    (None, "all (" + runs(len(rows)) + ")")):
    ms = med(kind, "ms_to_first_answer")
    if ms is None:
        continue
    print(f"| median | {label} | {ms:.0f} | {med(kind, 'rss_first_mib'):.1f} | {med(kind, 'rss_after_mib'):.1f} | |")
PY
echo "$(nproc) cores; load average (1/5/15 min) before: $LOAD_BEFORE, after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
log "logs and answers in $WORK"
