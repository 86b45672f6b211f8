#!/usr/bin/env bash
# Generates the benchmark dataset into a fresh PostgreSQL database, through the project's own Flyway schema.
#
# Usage: bench/dataset/generate.sh [--big|--quick] [--reuse] [-h|--help]
#
#   (no option)  the default dataset: 20,000 articles, 2,000 authors, 50 sources, 500 tags, 200,000 comments
#   --big        200,000 articles and 2,000,000 comments (the other sizes as set)
#   --quick      a tenth of the default, to try the scripts out: 2,000 articles, 200 authors, 20 sources, 100 tags,
#                20,000 comments, which still hold what the pages of bench/compare-postgraphile.sh need (an article
#                with 50 approved comments that start a conversation, authors with more than 20 articles)
#   --reuse      keep the database if it already holds this very dataset (same sizes, same generator and
#                migrations, recorded as the database's comment); generate it otherwise
#
# What it does, from the repository root (needs root for apt and pg_ctlcluster, Java 17; installs curl when missing):
#   1. a PostgreSQL cluster of its own (Debian's pg_createcluster: PG_VERSION/PG_CLUSTER on PG_PORT, trust on
#      loopback; installs postgresql with apt when missing) and a fresh database DB_NAME owned by DB_USER
#   2. builds target/quarkus-app/quarkus-run.jar if it is missing and starts it once against the database, so that
#      Flyway creates the schema (src/main/resources/db/migration), waits for /q/health/ready, stops it
#   3. inserts the rows with set-based SQL (bench/dataset/vocabulary.sql, then bench/dataset/content.sql: see its
#      header for the shape of the content); deterministic: the same sizes give the same rows, ids included, on
#      every run (the fingerprint printed at the end shows it); within every constraint of the schema
#   4. VACUUM ANALYZE, checks reading_time_minutes against the body's words, prints the row counts, the time taken
#      and a fingerprint (md5 of every row, per table)
#
# Settings (environment; a size set here wins over the option's): ARTICLES=20000 AUTHORS=2000 SOURCES=50 TAGS=500 COMMENTS=200000,
# PG_VERSION=15 PG_CLUSTER=perf PG_PORT=5442 DB_NAME=newsgraph_perf DB_USER=newsgraph_perf (those of
# bench/compare-postgraphile.sh, which runs this script), NEWSGRAPH_PORT=18282 (for the migration start),
# NEWSGRAPH_JAVA_OPTS (default: the shipped JVM options, see bench/lib.sh), FINGERPRINT=0 skips the fingerprint
# (about half a minute for the big dataset), KEEP_CLUSTER=1 leaves the cluster running at the end (it is stopped if
# this script started it). Output under bench/work/dataset (git-ignored): summary.md, migrate.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

SIZE=default
REUSE=0
while [ $# -gt 0 ]; do
    case "$1" in
        --big) SIZE=big ;;
        --quick) SIZE=quick ;;
        --reuse) REUSE=1 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 64 ;;
    esac
    shift
done

case $SIZE in
    big)
        ARTICLES=${ARTICLES:-200000}
        COMMENTS=${COMMENTS:-2000000}
        ;;
    quick)
        ARTICLES=${ARTICLES:-2000}
        AUTHORS=${AUTHORS:-200}
        SOURCES=${SOURCES:-20}
        TAGS=${TAGS:-100}
        COMMENTS=${COMMENTS:-20000}
        ;;
esac
ARTICLES=${ARTICLES:-20000}
AUTHORS=${AUTHORS:-2000}
SOURCES=${SOURCES:-50}
TAGS=${TAGS:-500}
COMMENTS=${COMMENTS:-200000}
PG_CLUSTER=${PG_CLUSTER:-perf}
PG_PORT=${PG_PORT:-5442}
DB_NAME=${DB_NAME:-newsgraph_perf}
DB_USER=${DB_USER:-newsgraph_perf}
NEWSGRAPH_PORT=${NEWSGRAPH_PORT:-18282}
FINGERPRINT=${FINGERPRINT:-1}
NEWSGRAPH_JAVA_OPTS=${NEWSGRAPH_JAVA_OPTS-$(newsgraph_java_opts)}
WORK=bench/work/dataset

for size in ARTICLES AUTHORS SOURCES TAGS; do
    [[ ${!size} =~ ^[1-9][0-9]*$ ]] || bench_die 64 "$size must be a positive integer, got '${!size}'"
done
[[ $COMMENTS =~ ^[0-9]+$ ]] || bench_die 64 "COMMENTS must be a non-negative integer, got '$COMMENTS'"
[[ $DB_NAME =~ ^[a-z_][a-z0-9_]*$ && $DB_USER =~ ^[a-z_][a-z0-9_]*$ ]] || bench_die 64 "DB_NAME and DB_USER must be plain lower-case names"
command -v java >/dev/null || bench_die 3 "java is missing"
apt_install_if_missing curl=curl
mkdir -p "$WORK"

# psql reads a file as it goes: it runs copies, so that an edit or a checkout meanwhile cannot change what runs
cp bench/dataset/vocabulary.sql bench/dataset/content.sql "$WORK/"
# what identifies this dataset: the sizes, the generator and the migrations it ran on
SPEC="newsgraph bench dataset ARTICLES=$ARTICLES AUTHORS=$AUTHORS SOURCES=$SOURCES TAGS=$TAGS COMMENTS=$COMMENTS generator=$(
    cat "$WORK/vocabulary.sql" "$WORK/content.sql" src/main/resources/db/migration/*.sql | sha256sum | cut -c1-16)"

cleanup() { stop_server; pg_cluster_stop_if_started; }
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_cluster_setup

if [ $REUSE = 1 ] && [ "$(psql_admin -d postgres -At -c "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB_NAME'")" = "$SPEC" ]; then
    bench_log "database $DB_NAME already holds this dataset ($SPEC): reused"
    exit 0
fi

started=$(date +%s.%N)
pg_create_database
build_jar_if_missing

bench_log "starting newsgraph once so that Flyway creates the schema"
start_newsgraph "$WORK/migrate.log" false
stop_server
migrated=$(date +%s.%N)

bench_log "generating $ARTICLES articles, $AUTHORS authors, $SOURCES sources, $TAGS tags, $COMMENTS comments"
psql_app -v articles="$ARTICLES" -v authors="$AUTHORS" -v sources="$SOURCES" -v tags="$TAGS" -v comments="$COMMENTS" \
    -f "$WORK/vocabulary.sql" -f "$WORK/content.sql" >&2
inserted=$(date +%s.%N)

bench_log "vacuum analyze"
psql_admin -d "$DB_NAME" -c 'vacuum (analyze)'
finished=$(date +%s.%N)

# ReadingTime.java's rule (words between runs of whitespace / 200, rounded up, at least 1) checked against the stored
# bodies: all of them up to 20,000 articles, an even sample of 20,000 beyond
step=$(( (ARTICLES + 19999) / 20000 ))
read -r checked bad < <(psql_app -At -F ' ' -c "select count(*), count(*) filter (where reading_time_minutes <> greatest(1,
        ceil((regexp_count(btrim(body, E' \t\n\r\f\v'), '\s+') + 1) / 200.0))) from article where id % $step = 0")
[ "$bad" = 0 ] || bench_die 4 "$bad of $checked articles have a reading time that does not follow ReadingTime.java"

psql_admin -d postgres -c "comment on database $DB_NAME is '$SPEC'"

elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f s", b - a }'; }
{
    echo "Dataset in $DB_NAME (PostgreSQL $PG_VERSION/$PG_CLUSTER, port $PG_PORT): $SPEC"
    echo "Time: $(elapsed "$started" "$finished") in all (schema through Flyway $(elapsed "$started" "$migrated"),"\
         "rows $(elapsed "$migrated" "$inserted"), vacuum analyze $(elapsed "$inserted" "$finished"));"\
         "reading_time_minutes checked against the body on $checked articles"
    echo
    echo "| table | rows | detail | fingerprint |"
    echo "|---|--:|---|---|"
    psql_app -At -F ' | ' -v fingerprint="$([ "$FINGERPRINT" = 1 ] && echo true || echo false)" <<'SQL' | sed 's/^/| /; s/$/ |/'
set timezone = 'UTC';
with fp as (
    select 'source' as t, (select count(*) from source) as n,
           (select string_agg(language, ', ' order by language) from (select language || ' ' || count(*) as language from source group by language) x) as detail,
           case when :fingerprint then (select md5(string_agg(md5(s::text), '' order by id)) from source s) else '-' end as fingerprint
    union all
    select 'author', (select count(*) from author),
           (select count(*) filter (where bio is not null) || ' with a bio' from author),
           case when :fingerprint then (select md5(string_agg(md5(a::text), '' order by id)) from author a) else '-' end
    union all
    select 'author_social_link', (select count(*) from author_social_link),
           (select count(distinct author_id) || ' authors' from author_social_link),
           case when :fingerprint then (select md5(string_agg(md5(l::text), '' order by author_id, network)) from author_social_link l) else '-' end
    union all
    select 'tag', (select count(*) from tag), '',
           case when :fingerprint then (select md5(string_agg(md5(t::text), '' order by id)) from tag t) else '-' end
    union all
    select 'article', (select count(*) from article),
           (select count(*) filter (where status = 'PUBLISHED') || ' published, ' || count(*) filter (where status = 'DRAFT') || ' drafts, '
                   || count(*) filter (where status = 'ARCHIVED') || ' archived; en/fr/es '
                   || count(*) filter (where language = 'en') || '/' || count(*) filter (where language = 'fr') || '/'
                   || count(*) filter (where language = 'es') || '; body ' || round(avg(octet_length(body))) || ' bytes on average, '
                   || count(*) filter (where source_id is not null) || ' with a source, '
                   || count(*) filter (where canonical_url is not null) || ' with a canonical URL, '
                   || count(*) filter (where image_url is not null) || ' with an image, '
                   || count(*) filter (where byline is not null) || ' with a byline' from article),
           case when :fingerprint then (select md5(string_agg(md5(a::text), '' order by id)) from article a) else '-' end
    union all
    select 'article_tag', (select count(*) from article_tag), '',
           case when :fingerprint then (select md5(string_agg(md5(x::text), '' order by article_id, tag_id)) from article_tag x) else '-' end
    union all
    select 'comment', (select count(*) from comment),
           (select count(*) filter (where status = 'APPROVED') || ' approved, ' || count(*) filter (where status = 'PENDING') || ' pending, '
                   || count(*) filter (where status = 'REJECTED') || ' rejected; ' || count(*) filter (where parent_id is not null) || ' replies, '
                   || (select count(*) from comment r join comment p on p.id = r.parent_id where p.parent_id is not null) || ' of them to replies'
            from comment),
           case when :fingerprint then (select md5(string_agg(md5(c::text), '' order by id)) from comment c) else '-' end
)
select t, n, detail, fingerprint from fp;
SQL
} | tee "$WORK/summary.md"
