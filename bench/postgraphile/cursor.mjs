// Cursor of the n-th article of the front page's list, through a server's own API, for bench/compare-postgraphile.sh:
//   node cursor.mjs <url> <cursor-query.graphql> <n>
// Pages through the list 100 articles at a time (the last page smaller, so that it ends on the n-th) and prints
// the endCursor of the last page: the cursor a client would pass as `after` to read the page after the n-th article.
// Never builds a cursor: it only passes back what the server gave.
import { readFileSync } from "node:fs";

const [url, queryFile, nArg] = process.argv.slice(2);
const n = Number(nArg);
if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive integer, got ${nArg}`);
const query = readFileSync(queryFile, "utf8");

let after = null;
let seen = 0;
while (seen < n) {
  const first = Math.min(100, n - seen);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables: { first, after } }),
  });
  const body = await response.json();
  if (!response.ok || body.errors?.length) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  const info = (body.data.articles ?? body.data.allArticles).pageInfo;
  if (!info.endCursor) throw new Error(`the list ended after ${seen} articles, before the ${n}th`);
  after = info.endCursor;
  seen += first;
  if (seen < n && !info.hasNextPage) throw new Error(`the list ended after ${seen} articles, before the ${n}th`);
}
console.log(after);
