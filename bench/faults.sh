#!/usr/bin/env bash
# bench/faults.sh: stops and restarts a real PostgreSQL under load and checks how newsgraph behaves.
#
# Usage: bench/faults.sh [--quick] [-h]    (run from the repository root; it cds there itself from anywhere)
#
#   --quick   to try the script out (CI runs it so): 3 s of healthy traffic, 4 s of outage, 2 s after; the same checks
#
# What it does:
#   1. Sets up its own PostgreSQL 15 cluster "faults" (apt-get installs postgresql-15 when missing;
#      creates the cluster once, reuses it after), a fresh database, builds the jar when
#      target/quarkus-app/quarkus-run.jar is missing, starts the app with sample data and its response cache on
#      (as it ships, whatever NEWSGRAPH_RESPONSE_CACHE_ENABLED the environment has), waits until ready.
#   2. Runs a background load of GraphQL reads (LOAD_WORKERS curl loops) and records for every request
#      its start/end time, HTTP status, latency and outcome (data, or error code and message). Beside it,
#      WRITE_WORKERS loops write: comments (anonymous) and tags (as an editor, with a token signed by a key
#      pair made for the run), each write sent with an idempotency key and sent again with the same key after
#      any failure until it succeeds.
#   3. After HEALTHY_SECS of healthy traffic stops PostgreSQL (pg_ctlcluster stop -m fast) and checks that
#      requests fail fast (every failure under FAIL_LATENCY_LIMIT s, none hangs), that each failure is a
#      GraphQL error with extensions.code and a clean message (no exception, SQL, stack trace, HTTP 5xx),
#      that /q/health/ready turns DOWN (503) within READY_DOWN_LIMIT s and /q/health/live stays UP.
#   4. After OUTAGE_SECS starts PostgreSQL again and measures the time until readiness is UP and GraphQL
#      requests succeed again, without restarting the app (limit RECOVERY_LIMIT s), then watches AFTER_SECS
#      more of traffic.
#   5. Stops the load; checks in the database that every write that answered success is there exactly once and
#      that no write is there twice, and that every failed write got a clear error; prints a PASS/FAIL summary
#      with the figures, exits 1 on FAIL (2 on a setup error).
#      The app is stopped on exit and the cluster is left stopped. Files: bench/work/faults/ (git-ignored).
#
# Needs root (or sudo) for apt-get and pg_ctlcluster, Java 17, curl, jq and openssl (installed with apt when missing).
# Sends traffic to 127.0.0.1 only; every loop is bounded in time and count.
#
# Settings (environment variables, defaults in brackets; a value set here wins over --quick's):
#   PG_CLUSTER [faults]  PG_PORT [5441, or the port of an existing cluster of that name]
#   APP_PORT [18181]  LOAD_WORKERS [4]  WRITE_WORKERS [2]  LOAD_PAUSE [0.05 s between a worker's requests]
#   HEALTHY_SECS [5]  OUTAGE_SECS [10]  AFTER_SECS [5]
#   FAIL_LATENCY_LIMIT [5 s]  READY_DOWN_LIMIT [5 s]  RECOVERY_LIMIT [30 s]  CURL_MAX_TIME [15 s]
#   NEWSGRAPH_JAVA_OPTS [the JVM options the service ships with, see bench/lib.sh; empty for none]
set -euo pipefail
export LC_ALL=C

while [[ $# -gt 0 ]]; do
    case $1 in
        --quick) HEALTHY_SECS=${HEALTHY_SECS:-3} OUTAGE_SECS=${OUTAGE_SECS:-4} AFTER_SECS=${AFTER_SECS:-2} ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1 (see $0 -h)" >&2; exit 2 ;;
    esac
    shift
done

cd "$(dirname "$0")/.."
. bench/lib.sh
NEWSGRAPH_JAVA_OPTS=${NEWSGRAPH_JAVA_OPTS-$(newsgraph_java_opts)}

PG_VERSION=15
PG_CLUSTER=${PG_CLUSTER:-faults}
PG_PORT=${PG_PORT:-5441}
DB_NAME=newsgraph_faults
DB_USER=newsgraph_faults
DB_PASSWORD=newsgraph_faults
APP_PORT=${APP_PORT:-18181}
LOAD_WORKERS=${LOAD_WORKERS:-4}
WRITE_WORKERS=${WRITE_WORKERS:-2}
LOAD_PAUSE=${LOAD_PAUSE:-0.05}
HEALTHY_SECS=${HEALTHY_SECS:-5}
OUTAGE_SECS=${OUTAGE_SECS:-10}
AFTER_SECS=${AFTER_SECS:-5}
FAIL_LATENCY_LIMIT=${FAIL_LATENCY_LIMIT:-5}
READY_DOWN_LIMIT=${READY_DOWN_LIMIT:-5}
RECOVERY_LIMIT=${RECOVERY_LIMIT:-30}
CURL_MAX_TIME=${CURL_MAX_TIME:-15}
APP_START_LIMIT=120
JAR=target/quarkus-app/quarkus-run.jar
URL=http://127.0.0.1:$APP_PORT
WORK=bench/work/faults
STOP_FILE=$WORK/stop-load
LOAD_QUERY='{ articles(first: 5) { edges { node { title author { name } tags { name } } } } }'
SNAPSHOT_QUERY='{ articles(first: 50) { totalCount edges { node { id title author { name } tags { name } } } } }'
# Words that must never reach a client: exception names, SQL, driver and pool names, stack frames, addresses.
LEAK_PATTERN='exception|sql|jdbc|postgres|hibernate|agroal|caused by|stack ?trace|refused|(^|[[:space:]])at [a-z_$][a-z0-9_$]*\.[a-z0-9_$.]+\(|\.java:[0-9]+|[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+'

log() { printf '[faults %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "SETUP ERROR: $*" >&2; exit 2; }
now() { printf '%s' "$EPOCHREALTIME"; }
# seconds between two EPOCHREALTIME values, 2 decimals
since() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@"; }
psql_db() { as_postgres psql -X -q -At -v ON_ERROR_STOP=1 -p "$PG_PORT" -d "$DB_NAME" "$@"; }
cluster_status() { pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { print $4 }'; }
graphql_json() { jq -cn --arg q "$1" '{query: $q}'; }

APP_PID=""
WORKER_PIDS=()
cleanup() {
    local rc=$?
    set +e
    touch "$STOP_FILE" 2>/dev/null
    for pid in "${WORKER_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${WORKER_PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the app (pid $APP_PID)"
        kill "$APP_PID"
        for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$APP_PID" 2>/dev/null && { log "app did not stop in 30 s: killing it"; kill -9 "$APP_PID"; }
        wait "$APP_PID" 2>/dev/null
    fi
    if [[ $(cluster_status) == online ]]; then
        log "stopping PostgreSQL cluster $PG_VERSION/$PG_CLUSTER"
        as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop -m fast
    fi
    log "files of this run: $WORK/ (app log: $WORK/app.log)"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. Set-up --------------------------------------------------------------------------------
rm -rf "$WORK"
mkdir -p "$WORK"

missing=()
command -v curl >/dev/null || missing+=(curl)
command -v jq >/dev/null || missing+=(jq)
command -v openssl >/dev/null || missing+=(openssl)
if ! command -v pg_createcluster >/dev/null || [[ ! -x /usr/lib/postgresql/$PG_VERSION/bin/postgres ]]; then
    missing+=("postgresql-$PG_VERSION")
fi
if [[ ${#missing[@]} -gt 0 ]]; then
    log "installing ${missing[*]} with apt-get"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v java >/dev/null || die "java (17) is not on the PATH"

if [[ -z $(cluster_status) ]]; then
    log "creating PostgreSQL cluster $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
    as_root pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -p "$PG_PORT" -- --auth-local=trust --auth-host=trust >/dev/null
else
    existing_port=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { print $3 }')
    if [[ $existing_port != "$PG_PORT" ]]; then
        log "cluster $PG_VERSION/$PG_CLUSTER exists on port $existing_port: using that port"
        PG_PORT=$existing_port
    fi
fi
if [[ $(cluster_status) != online ]]; then
    as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start || die "cannot start cluster $PG_VERSION/$PG_CLUSTER (port $PG_PORT taken?)"
fi
for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 0.5; done
pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || die "PostgreSQL on port $PG_PORT does not accept connections"

log "fresh database $DB_NAME on port $PG_PORT"
psql_admin <<SQL
set client_min_messages = warning;
drop database if exists $DB_NAME with (force);
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$DB_USER') then
    create role $DB_USER login password '$DB_PASSWORD';
  end if;
end \$\$;
create database $DB_NAME owner $DB_USER;
SQL

if [[ ! -f $JAR ]]; then
    log "building $JAR (./mvnw -B -q package -DskipTests)"
    ./mvnw -B -q package -DskipTests || die "build failed"
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT") 2>/dev/null; then
    die "port $APP_PORT is already in use: set APP_PORT"
fi

# the packaged application refuses the development key: a key pair of the run's own, as an identity provider's
mkdir -p "$WORK/jwt"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt/private-key.pem" 2>/dev/null \
    || die "openssl cannot make a key pair"
openssl pkey -in "$WORK/jwt/private-key.pem" -pubout -out "$WORK/jwt/public-key.pem"
JWT_ISSUER=newsgraph-faults
EDITOR_TOKEN=$(JWT_KEY="$WORK/jwt/private-key.pem" JWT_ISSUER=$JWT_ISSUER dev/tokens.sh --raw editor)
# one run's writes are told apart from any other's
RUN_ID=$(date +%s)$RANDOM

log "starting the app on port $APP_PORT with sample data"
# shellcheck disable=SC2086  # NEWSGRAPH_JAVA_OPTS holds several options
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME" \
QUARKUS_DATASOURCE_USERNAME=$DB_USER \
QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD \
QUARKUS_HTTP_PORT=$APP_PORT \
NEWSGRAPH_SAMPLE_DATA=true \
NEWSGRAPH_RESPONSE_CACHE_ENABLED=true \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt/public-key.pem" \
MP_JWT_VERIFY_ISSUER=$JWT_ISSUER \
NEWSGRAPH_RATE_LIMIT_REQUESTS=1000000 \
    java $NEWSGRAPH_JAVA_OPTS -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!

t_launch=$(now)
ready=""
for _ in $(seq $((APP_START_LIMIT * 2))); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 20 "$WORK/app.log" >&2; die "the app exited during start-up"; }
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$URL/q/health/ready" || true)
    [[ $code == 200 ]] && { ready=yes; break; }
    sleep 0.5
done
[[ -n $ready ]] || { tail -n 20 "$WORK/app.log" >&2; die "the app was not ready within $APP_START_LIMIT s"; }
log "app ready after $(since "$t_launch" "$(now)") s (pid $APP_PID)"

curl -sS --max-time "$CURL_MAX_TIME" -H 'content-type: application/json' \
    --data "$(graphql_json "$SNAPSHOT_QUERY")" "$URL/graphql" >"$WORK/snapshot-before.json"
jq -e '.data.articles.totalCount > 0 and (.errors == null)' "$WORK/snapshot-before.json" >/dev/null \
    || die "no sample data before the outage: $(head -c 300 "$WORK/snapshot-before.json")"

# --- 2. Background load -----------------------------------------------------------------------
# One line per request in load-N.tsv:
#   start end worker http_status latency_s outcome n_errors all_have_code code message leak
# outcome: OK (data, no errors) | ERROR (errors, no data) | PARTIAL (data and errors) | NODATA | NONJSON | CURL<rc>
CLASSIFY='
  def leak: test($pattern; "i");
  [ (if ((.errors // []) | length) == 0
       then (if (.data.articles | type) == "object" then "OK" else "NODATA" end)
     elif (.data.articles | type) == "object" then "PARTIAL" else "ERROR" end),
    ((.errors // []) | length),
    ((.errors // []) | all(.extensions.code | type == "string")),
    (.errors[0].extensions.code // "-"),
    (.errors[0].message // "-" | gsub("[\t\r\n]"; " ")),
    ((.errors // []) | ([.. | strings] + [.. | objects | keys[]]) | join(" ") | leak)
  ] | @tsv'
LOAD_BODY=$(graphql_json "$LOAD_QUERY")

worker() {
    local id=$1 deadline=$2 n=0 max=100000
    local out="$WORK/load-$id.tsv" body="$WORK/body-$id.json"
    local start end w rc cls leak
    while [[ ! -e $STOP_FILE ]] && ((n < max)); do
        start=$EPOCHREALTIME
        ((${start%.*} < deadline)) || break
        rc=0
        w=$(curl -s -o "$body" -w '%{http_code}\t%{time_total}' --max-time "$CURL_MAX_TIME" \
            -H 'content-type: application/json' --data "$LOAD_BODY" "$URL/graphql") || rc=$?
        end=$EPOCHREALTIME
        [[ -n $w ]] || w=$'000\t0'
        if [[ $rc -ne 0 ]]; then
            cls=$'CURL'"$rc"$'\t0\tfalse\t-\tcurl exit '"$rc"$'\tfalse'
        elif ! cls=$(jq -r --arg pattern "$LEAK_PATTERN" "$CLASSIFY" "$body" 2>/dev/null) || [[ -z $cls ]]; then
            leak=false
            grep -qiE "$LEAK_PATTERN" "$body" && leak=true
            cls=$'NONJSON\t0\tfalse\t-\t'"$(head -c 120 "$body" | tr '\t\r\n' '   ')"$'\t'"$leak"
        fi
        printf '%s\t%s\t%s\t%s\t%s\n' "$start" "$end" "$id" "$w" "$cls" >>"$out"
        if [[ $cls != OK* ]]; then
            { printf '=== %s worker %s http/latency %s\n' "$start" "$id" "$w"; cat "$body" 2>/dev/null; echo; } >>"$WORK/failed-bodies.txt"
        fi
        n=$((n + 1))
        sleep "$LOAD_PAUSE"
    done
}

# --- Writes -----------------------------------------------------------------------------------
# One line per attempt in writes-N.tsv:
#   start end worker write attempt kind http_status latency_s outcome code message leak saved_id
# A write is a comment (odd numbers) or a tag (even numbers) whose text is its marker "faults wW nN RUN_ID";
# every attempt at one write carries the same idempotency key.
ARTICLE_ID=$(jq -r '.data.articles.edges[0].node.id' "$WORK/snapshot-before.json")
COMMENT_MUTATION='mutation($input: CommentInput!, $key: String) { addComment(input: $input, idempotencyKey: $key) { comment { id } } }'
TAG_MUTATION='mutation($input: TagInput!, $key: String) { createTag(input: $input, idempotencyKey: $key) { tag { id } } }'
WRITE_CLASSIFY='
  def leak: test($pattern; "i");
  (.data // {} | to_entries | map(.value) | first // null) as $payload
  | [ (if ((.errors // []) | length) == 0 and ($payload | type) == "object" then "OK" else "ERROR" end),
      (.errors[0].extensions.code // "-"),
      (.errors[0].message // "-" | gsub("[\t\r\n]"; " ")),
      ((.errors // []) | ([.. | strings] + [.. | objects | keys[]]) | join(" ") | leak),
      (first($payload | .. | objects | .id? // empty) // "-")
    ] | @tsv'
# the most attempts at one write: enough to outlast the outage, bounded all the same
MAX_ATTEMPTS=400

writer() {
    local id=$1 deadline=$2 n=0 attempt marker key request start end w rc cls auth
    local out="$WORK/writes-$id.tsv" body="$WORK/wbody-$id.json"
    while [[ ! -e $STOP_FILE ]] && ((n < 100000)); do
        start=$EPOCHREALTIME
        ((${start%.*} < deadline)) || break
        n=$((n + 1))
        marker="faults w$id n$n $RUN_ID"
        key="faults-w$id-n$n-$RUN_ID"
        auth=()
        if ((n % 2 == 1)); then
            request=$(jq -cn --arg q "$COMMENT_MUTATION" --arg a "$ARTICLE_ID" --arg m "$marker" --arg k "$key" \
                '{query: $q, variables: {key: $k, input: {articleId: $a, authorName: "Faults", authorEmail: "faults@example.org", body: $m}}}')
        else
            request=$(jq -cn --arg q "$TAG_MUTATION" --arg m "$marker" --arg k "$key" \
                '{query: $q, variables: {key: $k, input: {name: $m}}}')
            auth=(-H "authorization: Bearer $EDITOR_TOKEN")
        fi
        attempt=0
        while ((attempt < MAX_ATTEMPTS)); do
            attempt=$((attempt + 1))
            start=$EPOCHREALTIME
            rc=0
            w=$(curl -s -o "$body" -w '%{http_code}\t%{time_total}' --max-time "$CURL_MAX_TIME" \
                -H 'content-type: application/json' "${auth[@]}" --data "$request" "$URL/graphql") || rc=$?
            end=$EPOCHREALTIME
            [[ -n $w ]] || w=$'000\t0'
            if [[ $rc -ne 0 ]]; then
                cls=$'CURL'"$rc"$'\t-\tcurl exit '"$rc"$'\tfalse\t-'
            elif ! cls=$(jq -r --arg pattern "$LEAK_PATTERN" "$WRITE_CLASSIFY" "$body" 2>/dev/null) || [[ -z $cls ]]; then
                cls=$'NONJSON\t-\t'"$(head -c 120 "$body" | tr '\t\r\n' '   ')"$'\tfalse\t-'
            fi
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$start" "$end" "$id" "$n" "$attempt" \
                "$( ((n % 2 == 1)) && echo comment || echo tag)" "$w" "$cls" >>"$out"
            [[ $cls == OK* ]] && break
            sleep "$LOAD_PAUSE"
        done
        sleep "$LOAD_PAUSE"
    done
}

# --- health probes: start ready_code ready_latency live_code live_latency ---------------------
READY_CODE=""
probe() {
    local t r l
    t=$(now)
    r=$(curl -s -o "$WORK/ready-last.json" -w '%{http_code}\t%{time_total}' --max-time 10 "$URL/q/health/ready") || true
    l=$(curl -s -o /dev/null -w '%{http_code}\t%{time_total}' --max-time 10 "$URL/q/health/live") || true
    [[ -n $r ]] || r=$'000\t10'
    [[ -n $l ]] || l=$'000\t10'
    printf '%s\t%s\t%s\n' "$t" "$r" "$l" >>"$WORK/health.tsv"
    READY_CODE=${r%%$'\t'*}
    sleep 0.2
}
# probes until $1 (EPOCHREALTIME) is reached
probe_until() { while awk -v a="$(now)" -v b="$1" 'BEGIN { exit !(a < b) }'; do probe; done; }
plus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a + b }'; }
load_ok_since() { cat "$WORK"/load-*.tsv 2>/dev/null | awk -F'\t' -v t="$1" '$1 >= t && $6 == "OK" { found = 1 } END { exit !found }'; }

total_budget=$((HEALTHY_SECS + OUTAGE_SECS + 2 * RECOVERY_LIMIT + AFTER_SECS + 60))
load_deadline=$(($(date +%s) + total_budget))
log "load: $LOAD_WORKERS workers, query $LOAD_QUERY"
for i in $(seq "$LOAD_WORKERS"); do
    worker "$i" "$load_deadline" &
    WORKER_PIDS+=($!)
done
log "writes: $WRITE_WORKERS workers, comments and tags, each sent again with its idempotency key until it succeeds"
for i in $(seq "$WRITE_WORKERS"); do
    writer "$i" "$load_deadline" &
    WORKER_PIDS+=($!)
done
t_load=$(now)
probe_until "$(plus "$t_load" "$HEALTHY_SECS")"

# --- 3. Outage --------------------------------------------------------------------------------
log "stopping PostgreSQL (pg_ctlcluster $PG_VERSION $PG_CLUSTER stop -m fast) under load"
t_stop=$(now)
as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop -m fast
t_stopped=$(now)
probe_until "$(plus "$t_stopped" "$OUTAGE_SECS")"

# --- 4. Recovery ------------------------------------------------------------------------------
log "starting PostgreSQL again"
t_start=$(now)
as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
t_started=$(now)
observe_until=$(plus "$t_started" $((2 * RECOVERY_LIMIT)))
ready_again="" ; graphql_again=""
while awk -v a="$(now)" -v b="$observe_until" 'BEGIN { exit !(a < b) }'; do
    probe
    [[ $READY_CODE == 200 ]] && ready_again=yes
    load_ok_since "$t_start" && graphql_again=yes
    [[ -n $ready_again && -n $graphql_again ]] && break
done
log "watching $AFTER_SECS s more of traffic"
t_after=$(now)
probe_until "$(plus "$t_after" "$AFTER_SECS")"

# --- 5. Stop load, check, report --------------------------------------------------------------
touch "$STOP_FILE"
for pid in "${WORKER_PIDS[@]}"; do wait "$pid" || true; done
WORKER_PIDS=()
t_end=$(now)
app_alive=no
kill -0 "$APP_PID" 2>/dev/null && app_alive=yes

curl -sS --max-time "$CURL_MAX_TIME" -H 'content-type: application/json' \
    --data "$(graphql_json "$SNAPSHOT_QUERY")" "$URL/graphql" >"$WORK/snapshot-after.json" || true
same_data=no
if jq -e '.data.articles.totalCount > 0' "$WORK/snapshot-after.json" >/dev/null 2>&1 \
    && cmp -s <(jq -S . "$WORK/snapshot-before.json") <(jq -S . "$WORK/snapshot-after.json"); then
    same_data=yes
fi

sort -n -k1,1 "$WORK"/load-*.tsv >"$WORK/requests.tsv"
REQ=$WORK/requests.tsv
HEALTH=$WORK/health.tsv

# n median max of the numbers on stdin
stats() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "0 - -"; exit } m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%d %.3f %.3f\n", NR, m, v[NR] }'; }
count() { awk -F'\t' "$1" "$REQ" | wc -l | tr -d ' '; }

# phases: before = finished before the stop was issued; during = the rest that started before the start
# was issued; after = started once it was. Recovery is measured from the moment the start was issued, so it
# includes PostgreSQL's own start-up (reported apart).
n_total=$(wc -l <"$REQ" | tr -d ' ')
n_before=$(count "\$2 < $t_stop")
n_before_ok=$(count "\$2 < $t_stop && \$6 == \"OK\"")
n_during=$(count "\$2 >= $t_stop && \$1 < $t_start")
n_during_ok=$(count "\$2 >= $t_stop && \$1 < $t_start && \$6 == \"OK\"")
n_after=$(count "\$1 >= $t_start")
n_after_ok=$(count "\$1 >= $t_start && \$6 == \"OK\"")
n_failed=$(count '$6 != "OK"')
read -r _ fail_median fail_max < <(awk -F'\t' '$6 != "OK" { print $5 }' "$REQ" | stats)
read -r _ outage_median outage_max < <(awk -F'\t' -v a="$t_stop" -v b="$t_start" '$2 >= a && $1 < b { print $5 }' "$REQ" | stats)
read -r _ ok_median ok_max < <(awk -F'\t' '$6 == "OK" { print $5 }' "$REQ" | stats)
n_slow_fail=$(count "\$6 != \"OK\" && \$5 >= $FAIL_LATENCY_LIMIT")
n_over_acq=$(count '$6 != "OK" && $5 > 3.5')
n_curl_fail=$(count '$6 ~ /^CURL/')
n_non200_fail=$(count '$6 != "OK" && $4 != "200"')
n_5xx=$(count '$4 ~ /^5/')
n_bad_shape=$(count '$6 != "OK" && !($6 == "ERROR" || $6 == "PARTIAL") || ($6 != "OK" && $8 != "true")')
n_leak=$(count '$11 == "true"')
n_empty_msg=$(count '$6 != "OK" && ($10 == "-" || $10 == "")')
# strictly inside the outage (after stop returned, before start was issued): the message must say so
n_strict=$(count "\$1 >= $t_stopped && \$2 <= $t_start && \$6 != \"OK\"")
n_strict_ok=$(count "\$1 >= $t_stopped && \$2 <= $t_start && \$6 == \"OK\"")
n_strict_wrong_msg=$(count "\$1 >= $t_stopped && \$2 <= $t_start && \$6 != \"OK\" && !(\$9 == \"INTERNAL_SERVER_ERROR\" && tolower(\$10) ~ /database is unavailable/)")

first_ok_after=$(awk -F'\t' -v t="$t_start" '$1 >= t && $6 == "OK" { print $2; exit }' "$REQ")
graphql_recovery="-"
[[ -n $first_ok_after ]] && graphql_recovery=$(since "$t_start" "$first_ok_after")
n_fail_after_recovery=0
[[ -n $first_ok_after ]] && n_fail_after_recovery=$(count "\$1 > $first_ok_after && \$6 != \"OK\"")

# health: first 503 after the stop (time = when its answer came), first 200 after the start
ready_down_at=$(awk -F'\t' -v t="$t_stop" '$1 >= t && $2 == "503" { printf "%.6f", $1 + $3; exit }' "$HEALTH")
ready_down="-"
[[ -n $ready_down_at ]] && ready_down=$(since "$t_stop" "$ready_down_at")
ready_up_at=$(awk -F'\t' -v t="$t_start" '$1 >= t && $2 == "200" { printf "%.6f", $1 + $3; exit }' "$HEALTH")
ready_recovery="-"
[[ -n $ready_up_at ]] && ready_recovery=$(since "$t_start" "$ready_up_at")
n_ready_up_in_outage=0
[[ -n $ready_down_at ]] && n_ready_up_in_outage=$(awk -F'\t' -v a="$ready_down_at" -v b="$t_start" '$1 >= a && $1 + $3 <= b && $2 != "503"' "$HEALTH" | wc -l | tr -d ' ')
n_ready_before_bad=$(awk -F'\t' -v t="$t_stop" '$1 + $3 < t && $2 != "200"' "$HEALTH" | wc -l | tr -d ' ')
n_ready_after_bad=0
[[ -n $ready_up_at ]] && n_ready_after_bad=$(awk -F'\t' -v t="$ready_up_at" '$1 > t && $2 != "200"' "$HEALTH" | wc -l | tr -d ' ')
n_live=$(wc -l <"$HEALTH" | tr -d ' ')
n_live_bad=$(awk -F'\t' '$4 != "200"' "$HEALTH" | wc -l | tr -d ' ')
read -r _ ready_lat_median ready_lat_max < <(awk -F'\t' -v a="$t_stop" -v b="$t_start" '$1 >= a && $1 < b { print $3 }' "$HEALTH" | stats)

# writes: every attempt, then per write (worker, number): kind, confirmed, attempts, the ids its successes returned
cat "$WORK"/writes-*.tsv 2>/dev/null | sort -n -k1,1 >"$WORK/writes.tsv" || true
WR=$WORK/writes.tsv
awk -F'\t' '{ k = $3 "\t" $4; kind[k] = $6; tries[k]++; if ($9 == "OK") { ok[k] = 1; if (index(ids[k], $13) == 0) ids[k] = ids[k] " " $13 } }
    END { for (k in kind) printf "%s\t%s\t%d\t%d\t%s\n", k, kind[k], ok[k] + 0, tries[k], ids[k] }' "$WR" | sort -n >"$WORK/writes-by-write.tsv"
# what the database holds of this run's writes: marker and how many rows carry it
{ psql_db -c "select body, count(*) from comment where body like 'faults % $RUN_ID' group by body"
  psql_db -c "select name, count(*) from tag where name like 'faults % $RUN_ID' group by name"; } >"$WORK/writes-in-db.txt" \
    || log "cannot read the writes back from the database"
in_db() { awk -F'|' -v m="$1" '$1 == m { print $2; found = 1 } END { if (!found) print 0 }' "$WORK/writes-in-db.txt"; }
n_writes=0 n_confirmed=0 n_confirmed_missing=0 n_unconfirmed=0 n_unconfirmed_saved=0 n_retried=0 n_two_ids=0
while IFS=$'\t' read -r w n _kind confirmed tries ids; do
    n_writes=$((n_writes + 1))
    copies=$(in_db "faults w$w n$n $RUN_ID")
    ((tries > 1)) && n_retried=$((n_retried + 1))
    if ((confirmed == 1)); then
        n_confirmed=$((n_confirmed + 1))
        ((copies == 1)) || n_confirmed_missing=$((n_confirmed_missing + 1))
        # every success of one write, first or sent again, names the same row
        [[ $(wc -w <<<"$ids") -eq 1 ]] || n_two_ids=$((n_two_ids + 1))
    else
        n_unconfirmed=$((n_unconfirmed + 1))
        ((copies == 0)) || n_unconfirmed_saved=$((n_unconfirmed_saved + 1))
    fi
done <"$WORK/writes-by-write.tsv"
n_doubled=$(awk -F'|' '$2 > 1' "$WORK/writes-in-db.txt" | wc -l | tr -d ' ')
n_rows_in_db=$(awk -F'|' '{ s += $2 } END { print s + 0 }' "$WORK/writes-in-db.txt")
wcount() { awk -F'\t' "$1" "$WR" | wc -l | tr -d ' '; }
n_w_attempts=$(wc -l <"$WR" | tr -d ' ')
n_w_failed=$(wcount '$9 != "OK"')
n_w_bad_shape=$(wcount '$9 != "OK" && ($10 == "-" || $11 == "-" || $11 == "")')
n_w_leak=$(wcount '$12 == "true"')
n_w_curl=$(wcount '$9 ~ /^CURL/')
# a write that failed because the database went away must say so, and that its outcome is unknown or that nothing was done
n_w_strict=$(wcount "\$1 >= $t_stopped && \$2 <= $t_start && \$9 != \"OK\"")
n_w_strict_wrong_msg=$(wcount "\$1 >= $t_stopped && \$2 <= $t_start && \$9 != \"OK\" && !(tolower(\$11) ~ /may or may not have been saved|too busy|unavailable/)")

# --- summary ----------------------------------------------------------------------------------
FAILS=()
check() { # check "description" condition-result(0/1 via test) figures
    local desc=$1 ok=$2 figures=$3
    if [[ $ok == 0 ]]; then printf '  PASS  %-58s %s\n' "$desc" "$figures"
    else printf '  FAIL  %-58s %s\n' "$desc" "$figures"; FAILS+=("$desc"); fi
}
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "-" && a + 0 < b + 0) }' && echo 0 || echo 1; }
is0() { [[ $1 -eq 0 ]] && echo 0 || echo 1; }

echo
echo "==================== newsgraph fault test: PostgreSQL stopped and started under load ===================="
printf 'timeline (s from load start): stop issued %s, DB down %s, start issued %s, DB up %s, end %s\n' \
    "$(since "$t_load" "$t_stop")" "$(since "$t_load" "$t_stopped")" "$(since "$t_load" "$t_start")" \
    "$(since "$t_load" "$t_started")" "$(since "$t_load" "$t_end")"
printf 'requests: %s in all, %s workers, %s s curl limit\n' "$n_total" "$LOAD_WORKERS" "$CURL_MAX_TIME"
printf '  before the stop : %5s (%s with data)\n' "$n_before" "$n_before_ok"
printf '  during outage   : %5s (%s with data, %s failed; strictly while the DB was down: %s failed, %s with data)\n' \
    "$n_during" "$n_during_ok" "$((n_during - n_during_ok))" "$n_strict" "$n_strict_ok"
printf '  after the start : %5s (%s with data, %s failed)\n' "$n_after" "$n_after_ok" "$((n_after - n_after_ok))"
printf 'latency of successes: median %s s, max %s s\n' "$ok_median" "$ok_max"
printf 'latency of failures : %s failed, median %s s, max %s s (limit %s s; %s took over the 3 s acquisition timeout + 0.5 s)\n' \
    "$n_failed" "$fail_median" "$fail_max" "$FAIL_LATENCY_LIMIT" "$n_over_acq"
printf 'latency of all requests during the outage: median %s s, max %s s\n' "$outage_median" "$outage_max"
echo 'outcomes of failed requests (count, outcome, HTTP status, extensions.code, message):'
awk -F'\t' '$6 != "OK" { print $6 "\t" $4 "\t" $9 "\t" $10 }' "$REQ" | sort | uniq -c | sort -rn | sed 's/^/  /' | head -n 20
[[ $n_failed -gt 0 ]] || echo '  (none)'
if [[ $n_failed -gt 0 ]]; then
    echo 'slowest failed requests (start s from load start, worker, latency s, code):'
    awk -F'\t' -v t0="$t_load" '$6 != "OK" { printf "  %7.2f  w%s  %6.3f  %s\n", $1 - t0, $3, $5, $9 }' "$REQ" | sort -k3,3 -gr | head -n 5
fi
printf 'readiness: DOWN (503) %s s after the stop was issued (probe latency while down: median %s s, max %s s);\n' \
    "$ready_down" "$ready_lat_median" "$ready_lat_max"
printf '           UP again %s s after the start was issued (PostgreSQL itself took %s s to accept connections)\n' \
    "$ready_recovery" "$(since "$t_start" "$t_started")"
printf 'GraphQL  : first success %s s after the start was issued; app not restarted (pid %s, alive: %s)\n' \
    "$graphql_recovery" "$APP_PID" "$app_alive"
printf 'liveness : %s probes, %s not UP\n' "$n_live" "$n_live_bad"
printf 'writes   : %s writes (%s attempts, %s workers): %s succeeded, %s never did; %s needed more than one attempt\n' \
    "$n_writes" "$n_w_attempts" "$WRITE_WORKERS" "$n_confirmed" "$n_unconfirmed" "$n_retried"
printf '           in the database: %s rows of this run, %s writes there twice or more, %s successes missing\n' \
    "$n_rows_in_db" "$n_doubled" "$n_confirmed_missing"
echo 'outcomes of failed write attempts (count, outcome, extensions.code, message):'
awk -F'\t' '$9 != "OK" { print $9 "\t" $10 "\t" $11 }' "$WR" | sort | uniq -c | sort -rn | sed 's/^/  /' | head -n 10
[[ $n_w_failed -gt 0 ]] || echo '  (none)'
app_problems=$(jq -R -r 'fromjson? | select(.level == "ERROR" or .level == "FATAL") | "\(.loggerName): \(.message | .[0:160])"' "$WORK/app.log" | sort | uniq -c | sort -rn | head -n 10)
app_warn=$(jq -R -r 'fromjson? | select(.level == "WARN") | .loggerName' "$WORK/app.log" | sort | uniq -c | sort -rn | head -n 5)
echo 'app log (JSON) during the run: ERROR/FATAL lines:'
if [[ -n $app_problems ]]; then sed 's/^/  /' <<<"$app_problems"; else echo '  (none)'; fi
echo 'app log WARN lines by logger:'
if [[ -n $app_warn ]]; then sed 's/^/  /' <<<"$app_warn"; else echo '  (none)'; fi
echo
echo 'checks:'
check "healthy traffic before the stop (all with data)" "$([[ $n_before -ge 10 && $n_before -eq $n_before_ok ]] && echo 0 || echo 1)" "$n_before_ok/$n_before"
check "readiness UP before the stop" "$(is0 "$n_ready_before_bad")" "$n_ready_before_bad probes not UP"
check "the outage was seen by clients (failed requests)" "$([[ $n_strict -gt 0 ]] && echo 0 || echo 1)" "$n_strict failed, $n_strict_ok with data while the DB was down"
check "failures are fast: max latency < ${FAIL_LATENCY_LIMIT} s" "$(lt "${fail_max}" "$FAIL_LATENCY_LIMIT")" "median $fail_median s, max $fail_max s, $n_slow_fail at/over the limit"
check "no request hung or lost its connection (curl errors)" "$(is0 "$n_curl_fail")" "$n_curl_fail curl errors/timeouts"
check "no HTTP 5xx at all" "$(is0 "$n_5xx")" "$n_5xx"
check "failures answered HTTP 200 as GraphQL errors" "$(is0 "$n_non200_fail")" "$n_non200_fail with another status"
check "every failure has errors[].extensions.code" "$(is0 "$n_bad_shape")" "$n_bad_shape without"
check "every failure has a message" "$(is0 "$n_empty_msg")" "$n_empty_msg without"
check "no exception, SQL, stack trace or address in any error" "$(is0 "$n_leak")" "$n_leak leaking"
check "outage errors say 'database is unavailable' (INTERNAL_SERVER_ERROR)" "$(is0 "$n_strict_wrong_msg")" "$n_strict_wrong_msg of $n_strict otherwise"
check "readiness DOWN (503) within ${READY_DOWN_LIMIT} s" "$(lt "$ready_down" "$READY_DOWN_LIMIT")" "${ready_down} s"
check "readiness stayed DOWN while the DB was down" "$(is0 "$n_ready_up_in_outage")" "$n_ready_up_in_outage probes not DOWN"
check "liveness UP throughout" "$(is0 "$n_live_bad")" "$n_live_bad of $n_live probes not UP"
check "readiness UP again within ${RECOVERY_LIMIT} s of the DB start" "$(lt "$ready_recovery" "$RECOVERY_LIMIT")" "${ready_recovery} s"
check "GraphQL succeeds again within ${RECOVERY_LIMIT} s of the DB start" "$(lt "$graphql_recovery" "$RECOVERY_LIMIT")" "${graphql_recovery} s"
check "no failure once requests succeeded again" "$(is0 "$n_fail_after_recovery")" "$n_fail_after_recovery failed"
check "readiness stayed UP once recovered" "$(is0 "$n_ready_after_bad")" "$n_ready_after_bad probes not UP"
check "app not restarted and still running" "$([[ $app_alive == yes ]] && echo 0 || echo 1)" "pid $APP_PID"
check "same data before and after the outage" "$([[ $same_data == yes ]] && echo 0 || echo 1)" "$(jq -r '.data.articles.totalCount // "no data"' "$WORK/snapshot-after.json" 2>/dev/null) articles"
check "writes went on during the run" "$([[ $n_writes -ge 4 && $n_confirmed -ge 2 ]] && echo 0 || echo 1)" "$n_writes writes, $n_confirmed succeeded"
check "the outage was seen by writers (failed attempts)" "$([[ $n_w_strict -gt 0 ]] && echo 0 || echo 1)" "$n_w_strict failed while the DB was down"
check "every write that answered success is in the database, once" "$(is0 "$n_confirmed_missing")" "$n_confirmed_missing of $n_confirmed missing or doubled"
check "no write is in the database twice" "$(is0 "$n_doubled")" "$n_doubled doubled"
check "sent again with its key, a write names the same row" "$(is0 "$n_two_ids")" "$n_two_ids with two rows"
check "every write succeeded in the end (none lost)" "$(is0 "$n_unconfirmed")" "$n_unconfirmed never succeeded ($n_unconfirmed_saved of them saved)"
check "every failed write has extensions.code and a message" "$(is0 "$n_w_bad_shape")" "$n_w_bad_shape of $n_w_failed without"
check "no exception, SQL, stack trace or address in any write error" "$(is0 "$n_w_leak")" "$n_w_leak leaking"
check "no write request hung (curl errors)" "$(is0 "$n_w_curl")" "$n_w_curl"
check "write errors while the DB was down say the outcome (saved or not)" "$(is0 "$n_w_strict_wrong_msg")" "$n_w_strict_wrong_msg of $n_w_strict otherwise"
echo
if [[ ${#FAILS[@]} -eq 0 ]]; then
    echo "RESULT: PASS"
    exit 0
fi
echo "RESULT: FAIL (${#FAILS[@]} checks): see $WORK/requests.tsv, $WORK/health.tsv, $WORK/failed-bodies.txt, $WORK/app.log"
exit 1
