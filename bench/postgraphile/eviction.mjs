// COMMIT-to-eviction probe for bench/response-cache.sh, run on the Node 22 of bench/work/pgl with its pinned pg:
//   node eviction.mjs <graphql-url> <database-url> <article-slug> <updates> <interval-ms>
// Changes the title of one article <updates> times from a database connection of its own, as another copy of the
// service or psql would: one statement, and so one COMMIT, at a time, <interval-ms> apart. Before each change it
// reads the article's title twice through the service, so that the answer is cached; after it, it reads until the
// answer shows the new title. The time from the commit's return to that first fresh answer bounds the delay from
// COMMIT to eviction from above (it adds one read, computed afresh). Restores the title at the end. Prints one JSON
// line: the delays' percentiles (ms), the number of updates and of reads.
import pg from "pg";

const [url, databaseUrl, slug, updatesArg, intervalArg] = process.argv.slice(2);
const updates = Number(updatesArg);
const interval = Number(intervalArg);
const query = "query Title($slug: String!) { article(slug: $slug) { title } }";
const body = JSON.stringify({ query, variables: { slug } });
let reads = 0;

async function title() {
  reads++;
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const answer = await response.json();
  if (!response.ok || answer.errors?.length) throw new Error(`HTTP ${response.status}: ${JSON.stringify(answer)}`);
  return answer.data.article.title;
}

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const original = (await client.query("select title from article where slug = $1", [slug])).rows[0].title;
const delays = [];
try {
  for (let i = 1; i <= updates; i++) {
    await title();
    await title();
    const next = `${original} (edit ${i})`;
    await client.query("update article set title = $1 where slug = $2", [next, slug]);
    const committed = performance.now();
    while ((await title()) !== next) {
      // read again: the eviction has not happened yet
    }
    delays.push(performance.now() - committed);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
} finally {
  await client.query("update article set title = $1 where slug = $2", [original, slug]);
  await client.end();
}
delays.sort((a, b) => a - b);
const percentile = (p) => delays[Math.min(delays.length - 1, Math.ceil((p / 100) * delays.length) - 1)];
console.log(JSON.stringify({
  updates: delays.length,
  reads,
  p50: percentile(50),
  p90: percentile(90),
  p99: percentile(99),
  max: delays[delays.length - 1],
}));
