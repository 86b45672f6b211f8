#!/usr/bin/env python3
"""explain.py <txt-file> <runs> [generic|generic-rpc4|auto|auto-rpc11|custom]: PREPAREs the logged statement with its parameters and runs
EXPLAIN (ANALYZE, BUFFERS, VERBOSE) EXECUTE <runs> times in one session; prints the last plan, then the planning and
execution times of every run and their medians (the first run left out). Writes the last plan as JSON
(<txt>.<mode>.plan.json) and every run's text plan (<txt>.<mode>.plan.txt). <txt-file>: a capture.sh .txt; DB, PG_PORT."""
import json, os, re, subprocess, sys, statistics
path, runs = sys.argv[1], int(sys.argv[2])
mode = sys.argv[3] if len(sys.argv) > 3 else 'generic'
text = open(path).read()
m = re.match(r'-- statement 1 of 1(?:, parameters: (\{.*\}))?\n(.*);\n', text, re.S)
params = json.loads(m.group(1) or '{}')
sql = m.group(2)
def lit(v):
    return 'NULL' if v is None else "'" + v.replace("'", "''") + "'"
args = ', '.join(lit(params[str(i)]) for i in range(1, len(params) + 1))
ex = f'execute s({args})' if params else 'execute s'
settings = ''
if mode == 'generic':
    settings = "set plan_cache_mode = force_generic_plan; set random_page_cost = 1.1;\n"
elif mode == 'generic-rpc4':
    settings = "set plan_cache_mode = force_generic_plan;\n"
elif mode == 'auto-rpc11':
    settings = 'set random_page_cost = 1.1;\n'
elif mode == 'custom':
    settings = "set plan_cache_mode = force_custom_plan; set random_page_cost = 1.1;\n"
script = settings + f'prepare s as {sql};\n' + ''.join(
    f'explain (analyze, buffers, verbose, format json) {ex};\n' for _ in range(runs))
out = subprocess.run(['psql', '-X', '-q', '-At', '-h', '127.0.0.1', '-p', os.environ.get('PG_PORT', '5471'), '-U', 'newsgraph_perf', '-d',
                      os.environ.get('DB', 'newsgraph_perf'), '-v', 'ON_ERROR_STOP=1'], input=script, capture_output=True, text=True, check=True).stdout
plans = []
depth = 0; cur = ''
for line in out.splitlines():
    cur += line + '\n'
    depth += line.count('[') - line.count(']')
    if depth == 0 and cur.strip():
        plans.append(json.loads(cur)); cur = ''
plan_ms = [p[0].get('Planning Time', 0.0) for p in plans]
exec_ms = [p[0]['Execution Time'] for p in plans]
json.dump(plans[-1], open(path.replace('.txt', f'.{mode}.plan.json'), 'w'), indent=1)
# the same runs as text, for reading
tscript = settings + f'prepare s as {sql};\n' + ''.join(f'explain (analyze, buffers, verbose, costs off, timing on) {ex};\n' for _ in range(runs))
tout = subprocess.run(['psql', '-X', '-q', '-At', '-h', '127.0.0.1', '-p', os.environ.get('PG_PORT', '5471'), '-U', 'newsgraph_perf', '-d',
                      os.environ.get('DB', 'newsgraph_perf')], input=tscript, capture_output=True, text=True, check=True).stdout
open(path.replace('.txt', f'.{mode}.plan.txt'), 'w').write(tout)
print(f'{path} [{mode}] plan ms {["%.3f" % x for x in plan_ms]} exec ms {["%.3f" % x for x in exec_ms]}')
print(f'  median plan {statistics.median(plan_ms[1:] or plan_ms):.3f} ms, median exec {statistics.median(exec_ms[1:]):.3f} ms')
