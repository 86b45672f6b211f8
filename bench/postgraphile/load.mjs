// Load driver for bench/compare-postgraphile.sh, run on the Node 22 of bench/work/pgl with its pinned autocannon:
//   node load.mjs <url> <request-body-file> <expected-response-file> <server-pid> <connections> <seconds>
// Every response must be byte-identical to the expected one: an HTTP error, a GraphQL error in a 200 or
// a different result counts as a mismatch. Prints one JSON line: requests/s, latency percentiles (ms),
// error counts, the server's CPU use during the run (100 = one core) and its resident memory after it.
import autocannon from "autocannon";
import { readFileSync } from "node:fs";

const [url, bodyFile, expectedFile, pidArg, connections, seconds] = process.argv.slice(2);
const pid = Number(pidArg);
const clockTicks = 100; // USER_HZ

function cpuSeconds() {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from the 3rd (state) on
  return (Number(fields[11]) + Number(fields[12])) / clockTicks; // utime + stime
}

function memory() {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const mib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)[1]) / 1024;
  return { rssMiB: mib("VmRSS"), peakRssMiB: mib("VmHWM") };
}

const cpu0 = cpuSeconds();
const t0 = process.hrtime.bigint();
const r = await autocannon({
  url,
  method: "POST",
  headers: { "content-type": "application/json", accept: "application/json" },
  body: readFileSync(bodyFile, "utf8"),
  expectBody: readFileSync(expectedFile, "utf8"),
  connections: Number(connections),
  duration: Number(seconds),
  timeout: 10,
});
const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({
  rps: r.requests.average,
  total: r.requests.total,
  p50: r.latency.p50,
  p90: r.latency.p90,
  p99: r.latency.p99,
  max: r.latency.max,
  errors: r.errors,
  timeouts: r.timeouts,
  non2xx: r.non2xx,
  mismatches: r.mismatches,
  bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
  cpuPercent: ((cpuSeconds() - cpu0) / elapsed) * 100,
  ...memory(),
}));
