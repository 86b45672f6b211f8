// Summary of bench/compare-postgraphile.sh: medians over the runs of each server (newsgraph's copies with the response
// cache off and on, PostGraphile) and query, as markdown, with the ratio of each copy to PostGraphile.
//   [DEEP_AFTER=10000] node summarize.mjs <runs.jsonl> <versions> <connections> <warmup-s> <duration-s> [ceiling.json]
// Exits 1 if any run of either server had errors, timeouts, non-2xx or mismatched responses.
import { readFileSync } from "node:fs";

const [file, versions, connections, warmup, duration, ceilingFile] = process.argv.slice(2);
const runs = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line));
const ceiling = ceilingFile ? JSON.parse(readFileSync(ceilingFile, "utf8")) : null;
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const failures = (r) => r.errors + r.timeouts + r.non2xx + r.mismatches;
const fmt = (x, digits = 0) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const names = {
  "newsgraph-cold": "newsgraph (response cache off)",
  "newsgraph-cached": "newsgraph (response cache on)",
  postgraphile: "PostGraphile",
};
const copies = ["newsgraph-cold", "newsgraph-cached"].filter((server) => runs.some((r) => r.server === server));
const titles = {
  front: "front page (20 articles, author, source, tags, commentCount, 10 comments each)",
  deep: `deep page (the same, after the ${Number(process.env.DEEP_AFTER ?? 10000).toLocaleString("en-US")}th article)`,
  article: "article page by slug (50 comments with their replies)",
  author: "author page by slug (20 articles)",
  counted: "front page with totalCount (20 articles, cursors, author, source, tags, commentCount)",
};

function stats(server, query) {
  const rs = runs.filter((r) => r.server === server && r.query === query);
  if (!rs.length) return null;
  const perRequest = (r) => (r.result.total ? r.statements / r.result.total : 0);
  return {
    n: rs.length,
    rps: median(rs.map((r) => r.result.rps)),
    p50: median(rs.map((r) => r.result.p50)),
    p99: median(rs.map((r) => r.result.p99)),
    failures: rs.reduce((n, r) => n + failures(r.result), 0),
    requests: rs.reduce((n, r) => n + r.result.total, 0),
    rss: median(rs.map((r) => r.result.rssMiB)),
    cpu: median(rs.map((r) => r.result.cpuPercent)),
    sql: median(rs.map(perRequest)),
    dbMs: median(rs.map((r) => (r.result.total ? r.dbExecMs / r.result.total : 0))),
    kb: median(rs.map((r) => r.result.bytesPerResponse / 1024)),
    all: rs.map((r) => fmt(r.result.rps)).join(" / "),
  };
}

const lines = [];
lines.push(`Medians of ${runs.filter((r) => r.server === runs[0].server && r.query === runs[0].query).length} runs per server `
  + `(order ${[...new Set(runs.map((r) => `${r.run}:${names[r.server]}`))].map((s) => s.split(":")[1]).join(", ")}), `
  + `${connections} connections, ${warmup} s warm-up + ${duration} s measured per query and run.`);
lines.push(`Versions: ${versions}.`);
lines.push("");
lines.push("| query | server | req/s | p50 ms | p99 ms | errors / requests | RSS MiB | server CPU % | SQL statements / req | DB exec ms / req | KiB / response | req/s of each run |");
lines.push("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
let failed = false;
const ratio = (x, y) => (x != null && y ? `${fmt(x / y, 2)}×` : "–");
const queries = [...new Set(runs.map((r) => r.query))];
for (const query of queries) {
  const b = stats("postgraphile", query);
  for (const server of [...copies, "postgraphile"]) {
    const s = stats(server, query);
    if (!s) continue;
    if (s.failures) failed = true;
    lines.push(`| ${titles[query] ?? query} | ${names[server]} | ${fmt(s.rps)} | ${fmt(s.p50)} | ${fmt(s.p99)} | ${fmt(s.failures)} / ${fmt(s.requests)} | ${fmt(s.rss)} | ${fmt(s.cpu)} | ${fmt(s.sql, 1)} | ${fmt(s.dbMs, 2)} | ${fmt(s.kb, 1)} | ${s.all} |`);
  }
  for (const server of copies) {
    const a = stats(server, query);
    if (a && b) {
      lines.push(`| ${titles[query] ?? query} | **ratio ${names[server]} / PostGraphile** | **${ratio(a.rps, b.rps)}** | ${ratio(a.p50, b.p50)} | ${ratio(a.p99, b.p99)} | | ${ratio(a.rss, b.rss)} | ${ratio(a.cpu, b.cpu)} | ${ratio(a.sql, b.sql)} | ${ratio(a.dbMs, b.dbMs)} | | |`);
    }
  }
}
lines.push("");
const meanings = {
  "newsgraph-cold": "every request is planned and its SQL statement run (the cold path)",
  "newsgraph-cached": "as the service ships; the load repeats one request, so every request after the first is answered "
    + "from the cache",
};
lines.push(copies.map((server) => `${names[server]}: ${meanings[server]}.`).join(" "));
lines.push("req/s: higher is better (ratio > 1 means newsgraph serves more); latency, RSS, CPU: lower is better (ratio < 1 favours newsgraph).");
lines.push("RSS is the server process's resident memory after each run; server CPU is its CPU time during the measured run (100 = one core).");

if (queries.includes("front") && queries.includes("deep")) {
  lines.push("");
  lines.push("| latency of the deep page / the first page | p50 | p99 |");
  lines.push("|---|--:|--:|");
  for (const server of [...copies, "postgraphile"]) {
    const front = stats(server, "front");
    const deep = stats(server, "deep");
    if (front && deep) lines.push(`| ${names[server]} | ${ratio(deep.p50, front.p50)} | ${ratio(deep.p99, front.p99)} |`);
  }
}

if (ceiling) {
  const front = stats("newsgraph-cold", "front");
  lines.push("");
  lines.push("| newsgraph/ceiling | figure |");
  lines.push("|---|--:|");
  lines.push(`| ceiling: pgbench -M prepared, ${ceiling.clients} clients, ${ceiling.threads} threads, ${ceiling.seconds} s, on the ${ceiling.statements} statement(s) of one newsgraph front-page request, response cache off (${ceiling.parameters} parameters) | ${fmt(ceiling.tps)} tps |`);
  if (front) lines.push(`| **newsgraph (response cache off) front page req/s ÷ ceiling** | **${ratio(front.rps, ceiling.tps)}** |`);
}
console.log(lines.join("\n"));
process.exit(failed ? 1 : 0);
