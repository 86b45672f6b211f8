#!/usr/bin/env python3
"""same.py <db> <a.sql> <b.sql> name=value...: runs both pgbench scripts in psql with the variables as literals and
says whether their first columns hold the same JSON (parsed)."""
import json, os, re, subprocess, sys
db, a, b, *kv = sys.argv[1:]
vars = dict(x.split('=', 1) for x in kv)
def run(f):
    sql = open(f).read()
    sql = re.sub(r':([a-z_]+)', lambda m: "'" + vars[m.group(1)].replace("'", "''") + "'" if m.group(1) in vars else m.group(0), sql)
    out = subprocess.run(['psql', '-X', '-At', '-h', '127.0.0.1', '-p', os.environ.get('PG_PORT', '5471'), '-U', 'newsgraph_perf', db, '-v', 'ON_ERROR_STOP=1'],
                         input=sql, capture_output=True, text=True, check=True).stdout
    return json.loads(out.split('|')[0])
print(b, 'returns the same JSON as', a, ':', run(a) == run(b))
