// Client of bench/document-flood.sh, run on Node 22 (bench/work/pgl's, or the one on the PATH):
//   node document-flood.mjs <graphql-url> <from> <to> <kib-per-document> <concurrency>
// Sends the documents numbered from <from> to <to> (excluded), each distinct and <kib-per-document> KiB long (a comment
// pads a small query), as Apollo's automatic persisted queries register them: the query with its SHA-256, by POST.
// Each is parsed, validated, registered under its hash, executed and its answer cached, so that every cache the
// service keeps meets a new entry. Every answer must be the query's data without errors. Prints one JSON line: the
// documents sent, the bytes sent, the failures (with the first one), and the seconds taken.
import { createHash } from "node:crypto";

const [url, fromArg, toArg, kibArg, concurrencyArg] = process.argv.slice(2);
const from = Number(fromArg);
const to = Number(toArg);
const bytes = Number(kibArg) * 1024;
const concurrency = Number(concurrencyArg);

function document(i) {
  const query = `query Flood${i} { d${i}: tags(first: 1) { totalCount } }`;
  return `#${"x".repeat(Math.max(0, bytes - query.length - 2))}\n${query}`;
}

let next = from;
let sent = 0;
let sentBytes = 0;
let failures = 0;
let firstFailure = null;

async function send(i) {
  const query = document(i);
  const sha256Hash = createHash("sha256").update(query).digest("hex");
  const body = JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
  sentBytes += body.length;
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  let answer = null;
  try {
    answer = JSON.parse(text);
  } catch {
    // counted below
  }
  if (!response.ok || !answer || answer.errors || typeof answer.data?.[`d${i}`]?.totalCount !== "number") {
    failures++;
    firstFailure ??= `document ${i}: HTTP ${response.status} ${text.slice(0, 300)}`;
  }
  sent++;
}

async function worker() {
  while (next < to) {
    await send(next++);
  }
}

const start = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
console.log(JSON.stringify({ sent, sentBytes, failures, firstFailure, seconds: (performance.now() - start) / 1000 }));
