// The tables of bench/response-cache.sh after the comparison's, as markdown: the floor's, then step 2's:
//   node cache-results.mjs <floor.json> <load.json> <eviction.json> <metrics-before.txt> <metrics-after.txt> <connections> <updates> <interval-ms>
// From the load of the floor (load.mjs against floor.mjs), the front-page load of step 2, the eviction probe
// (eviction.mjs) and the service's Prometheus metrics before and after the run. Exits 1 if the floor or the front page
// was answered with an error or a different answer.
import { readFileSync } from "node:fs";

const [floorFile, loadFile, evictionFile, beforeFile, afterFile, connections, updates, interval] = process.argv.slice(2);
const floor = JSON.parse(readFileSync(floorFile, "utf8"));
const load = JSON.parse(readFileSync(loadFile, "utf8"));
const eviction = JSON.parse(readFileSync(evictionFile, "utf8"));

// the value of the series `name` with `label` (as Prometheus writes it, e.g. result="hit"), 0 if absent
function metric(file, name, label = "") {
  const line = readFileSync(file, "utf8").split("\n")
    .find((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) && l.includes(label));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}
const delta = (name, label) => metric(afterFile, name, label) - metric(beforeFile, name, label);
const ms = (seconds) => (seconds * 1000).toFixed(1);
const count = (n) => Math.round(n).toLocaleString("en-US");
const failed = (run) => run.errors + run.timeouts + run.non2xx + run.mismatches;
const failures = failed(load);
const delay = "response_cache_eviction_delay_seconds";

console.log(`| the floor: a server that only sends the same bytes (bench/postgraphile/floor.mjs), ${connections} connections | figure |`);
console.log("|---|--:|");
console.log(`| req/s, p50 / p99 ms | ${count(floor.rps)}, ${floor.p50} / ${floor.p99} |`);
console.log(`| errors or different answers / requests | ${failed(floor)} / ${count(floor.total)} |`);
console.log(`| CPU % of the floor server (100 = one core) | ${Math.round(floor.cpuPercent)} |`);
console.log();

console.log(`| under ${connections} connections of front pages, ${updates} title changes ${interval} ms apart | figure |`);
console.log("|---|--:|");
console.log(`| front page: req/s, p50 / p99 ms | ${count(load.rps)}, ${load.p50} / ${load.p99} |`);
console.log(`| front page: errors or different answers / requests | ${failures} / ${count(load.total)} |`);
console.log(`| COMMIT to the first fresh answer, measured by the writer: p50 / p99 / max ms (${eviction.updates} changes) `
  + `| ${eviction.p50.toFixed(1)} / ${eviction.p99.toFixed(1)} / ${eviction.max.toFixed(1)} |`);
console.log(`| statement to eviction, the service's ${delay}: p50 / p99 / max ms (${count(delta("content_changes_received_total"))} changes) `
  + `| ${ms(metric(afterFile, delay, 'quantile="0.5"'))} / ${ms(metric(afterFile, delay, 'quantile="0.99"'))} / ${ms(metric(afterFile, `${delay}_max`))} |`);
console.log(`| cache lookups during the run: hits / misses / shared | ${count(delta("response_cache_lookups_total", 'result="hit"'))} / `
  + `${count(delta("response_cache_lookups_total", 'result="miss"'))} / ${count(delta("response_cache_lookups_total", 'result="shared"'))} |`);
console.log(`| answers evicted by the changes | ${count(delta("response_cache_evictions_total", 'cause="content-change"'))} |`);
process.exit(failures || failed(floor) ? 1 : 0);
