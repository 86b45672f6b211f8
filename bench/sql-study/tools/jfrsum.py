#!/usr/bin/env python3
"""jfrsum.py <file.jfr>: JFR execution samples by category (innermost frame that matches, walking from the leaf) and
the top self methods."""
import json, subprocess, sys, collections
data = json.loads(subprocess.run(['jfr', 'print', '--json', '--events', 'jdk.ExecutionSample', sys.argv[1]],
                                 capture_output=True, text=True, check=True).stdout)
events = data['recording']['events']
CATS = [  # (category, predicate on 'type.method'), first match from the leaf wins
    ('planner writers (io.newsgraph.core.planning)', lambda f: f.startswith('io.newsgraph.core.planning.') and 'Writer' in f or f.startswith('io.newsgraph.core.planning.ConnectionWriter') or f.startswith('io.newsgraph.core.planning.ScalarWriters')),
    ('Jackson: parsing PostgreSQL JSON', lambda f: f.startswith('com.fasterxml.jackson.core.json.UTF8StreamJsonParser') or f.startswith('com.fasterxml.jackson.core.json.ReaderBasedJsonParser') or f.startswith('com.fasterxml.jackson.core.base.ParserBase') or f.startswith('com.fasterxml.jackson.core.base.ParserMinimalBase')),
    ('Jackson: writing the response', lambda f: f.startswith('com.fasterxml.jackson.core.json.UTF8JsonGenerator') or f.startswith('com.fasterxml.jackson.core.json.WriterBasedJsonGenerator') or f.startswith('com.fasterxml.jackson.core.JsonGenerator') or f.startswith('com.fasterxml.jackson.core.base.GeneratorBase')),
    ('pgjdbc', lambda f: f.startswith('org.postgresql.')),
    ('Agroal pool', lambda f: f.startswith('io.agroal.')),
    ('graphql-java / SmallRye (parse, validate, coerce)', lambda f: f.startswith('graphql.') or f.startswith('io.smallrye.graphql')),
    ('newsgraph other', lambda f: f.startswith('io.newsgraph.')),
    ('Netty', lambda f: f.startswith('io.netty.')),
    ('Vert.x', lambda f: f.startswith('io.vertx.')),
    ('Quarkus / ArC / Mutiny', lambda f: f.startswith('io.quarkus.') or f.startswith('io.smallrye.mutiny')),
    ('JDK', lambda f: f.startswith('java.') or f.startswith('jdk.') or f.startswith('sun.')),
]
cat_self = collections.Counter(); self_m = collections.Counter(); incl = collections.Counter(); n = 0
threads = collections.Counter()
for e in events:
    frames = [f"{fr['method']['type']['name'].replace('/', '.')}.{fr['method']['name']}" for fr in e['values']['stackTrace']['frames']]
    if not frames: continue
    n += 1
    threads[e['values']['sampledThread']['javaName'].rstrip('0123456789-')] += 1
    self_m[frames[0]] += 1
    for c, p in CATS:
        if any(p(f) for f in frames[:1]):
            pass
    # category: walk from the leaf, first frame that matches a category other than JDK; else JDK
    cat = None
    for f in frames:
        for c, p in CATS[:-1]:
            if p(f):
                cat = c; break
        if cat: break
    cat_self[cat or 'JDK / other'] += 1
    seen = set()
    for f in frames:
        for key in ['io.newsgraph.core.planning.PlannedReads.execute', 'io.newsgraph.core.planning.PlannedReads.plan',
                    'org.postgresql.jdbc.PgPreparedStatement.executeQuery', 'io.newsgraph.core.planning.ObjectWriter.write',
                    'com.fasterxml.jackson.core.JsonParser.nextToken', 'io.netty.channel.nio.NioEventLoop.run',
                    'io.agroal.pool.DataSource.getConnection']:
            if f.startswith(key) and key not in seen:
                seen.add(key); incl[key] += 1
print(f'{n} samples')
print('| category (innermost matching frame) | share |\n|---|--:|')
for c, k in cat_self.most_common():
    print(f'| {c} | {100*k/n:.1f} % |')
print('\n| inclusive | share |\n|---|--:|')
for c, k in incl.most_common():
    print(f'| {c} | {100*k/n:.1f} % |')
print('\n| top self methods | share |\n|---|--:|')
for c, k in self_m.most_common(25):
    print(f'| {c} | {100*k/n:.1f} % |')
print('\nthreads:', ', '.join(f'{t} {100*k/n:.0f}%' for t, k in threads.most_common(8)))
