#!/usr/bin/env bash
# cpu.sh <script.sql> <vars-file> <mode> <transactions>: one pgbench client (prepared, -M prepared) runs the script
# <transactions> times after 20 to warm up; prints the PostgreSQL CPU time per statement (all the cluster's processes:
# the postmaster's reaped children's utime+stime plus its live children's, in 10 ms clock ticks), robust to a busy
# machine where wall times are not, and the wall latency. <vars-file>: NUL-separated pgbench -D arguments. Modes:
# generic (the service's session: force_generic_plan, random_page_cost 1.1), generic-nojit (the same, jit off),
# generic-rpc4 (random_page_cost 4), custom (force_custom_plan), auto (PostGraphile's: the defaults), auto-rpc11.
# DB (newsgraph_perf), PG_PORT (5471), PGDATA (/var/lib/postgresql/15/sqlstudy).
sql=$1 vars=$2 mode=$3 n=$4; name=$(basename $sql .sql)
opts=""
[ "$mode" = generic ] && opts="-c plan_cache_mode=force_generic_plan -c random_page_cost=1.1"
[ "$mode" = custom ] && opts="-c plan_cache_mode=force_custom_plan -c random_page_cost=1.1"
[ "$mode" = generic-rpc4 ] && opts="-c plan_cache_mode=force_generic_plan"
[ "$mode" = auto-rpc11 ] && opts="-c random_page_cost=1.1"
[ "$mode" = generic-nojit ] && opts="-c plan_cache_mode=force_generic_plan -c random_page_cost=1.1 -c jit=off"
pm=$(head -1 ${PGDATA:-/var/lib/postgresql/15/sqlstudy}/postmaster.pid)
ticks() {
    local total pid f
    f=($(cut -d' ' -f14-17 /proc/$pm/stat)); total=$(( f[2] + f[3] ))
    for pid in $(ps -o pid= --ppid $pm); do
        f=($(cut -d')' -f2- /proc/$pid/stat 2>/dev/null)) || continue
        [ ${#f[@]} -gt 14 ] && total=$(( total + f[11] + f[12] ))
    done
    echo $total
}
mapfile -d "" defines < "$vars"
PGOPTIONS="$opts" pgbench -n -M prepared -h 127.0.0.1 -p ${PG_PORT:-5471} -U newsgraph_perf -f "$sql" "${defines[@]}" -c 1 -j 1 -t 20 ${DB:-newsgraph_perf} >/dev/null 2>&1
sleep 0.3
t0=$(ticks)
out=$(PGOPTIONS="$opts" pgbench -n -M prepared -h 127.0.0.1 -p ${PG_PORT:-5471} -U newsgraph_perf -f "$sql" "${defines[@]}" -c 1 -j 1 -t $n ${DB:-newsgraph_perf} 2>&1)
sleep 0.3
t1=$(ticks)
lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")
awk -v n=$n -v d=$((t1 - t0)) -v name=$name -v mode=$mode -v lat=$lat 'BEGIN { printf "%s %s cpu_ms=%.3f lat_ms=%s\n", name, mode, d * 10 / n, lat }'
