#!/usr/bin/env python3
"""jfrtree.py <file.jfr> <prefix> [n]: for samples whose leaf-most frame with <prefix> exists, the share by that frame
(inclusive attribution to the innermost frame of the prefix), and by the first io.newsgraph frame above it."""
import json, subprocess, sys, collections
data = json.loads(subprocess.run(['jfr', 'print', '--json', '--events', 'jdk.ExecutionSample', sys.argv[1]],
                                 capture_output=True, text=True, check=True).stdout)
prefix = sys.argv[2]; top = int(sys.argv[3]) if len(sys.argv) > 3 else 20
c = collections.Counter(); owner = collections.Counter(); n = 0
for e in data['recording']['events']:
    fr = [f"{x['method']['type']['name'].replace('/', '.')}.{x['method']['name']}" for x in e['values']['stackTrace']['frames']]
    if not fr: continue
    n += 1
    hit = next((f for f in fr if f.startswith(prefix)), None)
    if hit:
        c[hit] += 1
        ng = next((f for f in fr if f.startswith('io.newsgraph.')), '(no newsgraph frame)')
        owner[ng] += 1
print(f'{sum(c.values())} of {n} samples have a frame starting with {prefix}')
for k, v in c.most_common(top): print(f'  {100*v/n:5.1f} %  {k}')
print('by innermost newsgraph frame:')
for k, v in owner.most_common(top): print(f'  {100*v/n:5.1f} %  {k}')
