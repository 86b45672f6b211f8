// Summary of bench/compare-postgraphile.sh: medians over the runs of each server and query, as markdown.
//   node summarize.mjs <runs.jsonl> <versions> <connections> <warmup-s> <duration-s>
// Exits 1 if any run of either server had errors, timeouts, non-2xx or mismatched responses.
import { readFileSync } from "node:fs";

const [file, versions, connections, warmup, duration] = process.argv.slice(2);
const runs = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line));
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const failures = (r) => r.errors + r.timeouts + r.non2xx + r.mismatches;
const fmt = (x, digits = 0) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const names = { newsgraph: "newsgraph", postgraphile: "PostGraphile" };
const titles = { front: "front page (20 articles, tags, 10 comments each)", article: "article page by slug" };

function stats(server, query) {
  const rs = runs.filter((r) => r.server === server && r.query === query);
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
lines.push(`Medians of ${runs.filter((r) => r.server === "newsgraph" && r.query === runs[0].query).length} runs per server `
  + `(order ${[...new Set(runs.map((r) => `${r.run}:${names[r.server]}`))].map((s) => s.split(":")[1]).join(", ")}), `
  + `${connections} connections, ${warmup} s warm-up + ${duration} s measured per query and run.`);
lines.push(`Versions: ${versions}.`);
lines.push("");
lines.push("| query | server | req/s | p50 ms | p99 ms | errors / requests | RSS MiB | server CPU % | SQL statements / req | DB exec ms / req | KiB / response | req/s of each run |");
lines.push("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
let failed = false;
for (const query of [...new Set(runs.map((r) => r.query))]) {
  const a = stats("newsgraph", query);
  const b = stats("postgraphile", query);
  for (const [server, s] of [["newsgraph", a], ["postgraphile", b]]) {
    if (s.failures) failed = true;
    lines.push(`| ${titles[query] ?? query} | ${names[server]} | ${fmt(s.rps)} | ${fmt(s.p50)} | ${fmt(s.p99)} | ${fmt(s.failures)} / ${fmt(s.requests)} | ${fmt(s.rss)} | ${fmt(s.cpu)} | ${fmt(s.sql, 1)} | ${fmt(s.dbMs, 2)} | ${fmt(s.kb, 1)} | ${s.all} |`);
  }
  const ratio = (x, y) => (y ? `${fmt(x / y, 2)}×` : "–");
  lines.push(`| ${titles[query] ?? query} | **ratio newsgraph / PostGraphile** | **${ratio(a.rps, b.rps)}** | ${ratio(a.p50, b.p50)} | ${ratio(a.p99, b.p99)} | | ${ratio(a.rss, b.rss)} | ${ratio(a.cpu, b.cpu)} | ${ratio(a.sql, b.sql)} | ${ratio(a.dbMs, b.dbMs)} | | |`);
}
lines.push("");
lines.push("req/s: higher is better (ratio > 1 means newsgraph serves more); latency, RSS, CPU: lower is better (ratio < 1 favours newsgraph).");
lines.push("RSS is the server process's resident memory after each run; server CPU is its CPU time during the measured run (100 = one core).");
console.log(lines.join("\n"));
process.exit(failed ? 1 : 0);
