// Fairness check for bench/compare-postgraphile.sh:
//   node check.mjs <front|article> <newsgraph-response.json> <postgraphile-response.json>
// Brings both responses to one shape and fails (exit 1) unless they hold the same articles, in the same
// order, with the same fields, tags (as a set) and comments (in order).
import { readFileSync } from "node:fs";

const [kind, newsgraphFile, postgraphileFile] = process.argv.slice(2);
const read = (file) => {
  const response = JSON.parse(readFileSync(file, "utf8"));
  if (response.errors?.length) throw new Error(`${file} has errors: ${JSON.stringify(response.errors)}`);
  return response.data;
};
const time = (value) => (value == null ? null : new Date(value).toISOString());

function fromNewsgraph(data) {
  const articles = kind === "front" ? data.articles.edges.map((e) => e.node) : [data.article].filter(Boolean);
  return articles.map((a) => ({
    title: a.title,
    lede: a.lede,
    body: a.body,
    publishedAt: time(a.publishedAt),
    readingTimeMinutes: a.readingTimeMinutes,
    author: a.author.name,
    authorBio: a.author.bio,
    source: a.source?.name ?? null,
    tags: a.tags.map((t) => t.name).sort(),
    comments: a.comments.edges.map((e) => [e.node.authorName, e.node.body]),
  }));
}

function fromPostGraphile(data) {
  return data.allArticles.nodes.map((a) => ({
    title: a.title,
    lede: a.lede,
    body: a.body,
    publishedAt: time(a.publishedAt),
    readingTimeMinutes: a.readingTimeMinutes,
    author: a.authorByAuthorId.name,
    authorBio: a.authorByAuthorId.bio,
    source: a.sourceBySourceId?.name ?? null,
    tags: a.articleTagsByArticleId.nodes.map((n) => n.tagByTagId.name).sort(),
    comments: a.commentsByArticleId.nodes.map((c) => [c.authorName, c.body]),
  }));
}

const a = fromNewsgraph(read(newsgraphFile));
const b = fromPostGraphile(read(postgraphileFile));
const titlesA = a.map((x) => x.title);
const titlesB = b.map((x) => x.title);
const expected = kind === "front" ? 20 : 1;
if (titlesA.length !== expected) {
  console.error(`newsgraph returned ${titlesA.length} articles, expected ${expected}`);
  process.exit(1);
}
if (JSON.stringify(titlesA) !== JSON.stringify(titlesB)) {
  console.error(`different titles:\n newsgraph:    ${JSON.stringify(titlesA)}\n PostGraphile: ${JSON.stringify(titlesB)}`);
  process.exit(1);
}
for (let i = 0; i < a.length; i++) {
  for (const key of Object.keys(a[i])) {
    if (JSON.stringify(a[i][key]) !== JSON.stringify(b[i][key])) {
      console.error(`article ${i} (${a[i].title}) differs in ${key}:\n newsgraph:    ${JSON.stringify(a[i][key])}\n PostGraphile: ${JSON.stringify(b[i][key])}`);
      process.exit(1);
    }
  }
}
const comments = a.reduce((n, x) => n + x.comments.length, 0);
const tags = a.reduce((n, x) => n + x.tags.length, 0);
console.log(`${kind}: same ${a.length} article(s) in the same order, ${tags} tags, ${comments} comments; first: "${titlesA[0]}"`);
