// Fairness check for bench/compare-postgraphile.sh:
//   node check.mjs <front|deep|article|author|counted> <newsgraph-response.json> <postgraphile-response.json>
// Brings both responses to one shape and fails (exit 1) unless they hold the same data: the same articles in the
// same order with the same fields, tags (as a set), comment counts, comments and their replies (in order), and for
// the article and author pages the same author with the same social links (as a set), for the counted front page the
// same count of published articles.
import { readFileSync } from "node:fs";

const [kind, newsgraphFile, postgraphileFile] = process.argv.slice(2);
const read = (file) => {
  const response = JSON.parse(readFileSync(file, "utf8"));
  if (response.errors?.length) throw new Error(`${file} has errors: ${JSON.stringify(response.errors)}`);
  return response.data;
};
const time = (value) => (value == null ? null : new Date(value).toISOString());
const links = (list) => list?.map((l) => [l.network, l.url, l.handle ?? null]).sort();

// One article in one shape; the fields a query did not ask for stay undefined, and so out of the comparison.
function article(a, author, source, tags, commentCount, comments) {
  return {
    title: a.title,
    lede: a.lede,
    body: a.body,
    publishedAt: time(a.publishedAt),
    readingTimeMinutes: a.readingTimeMinutes,
    author,
    source: source === undefined ? undefined : source?.name ?? null,
    tags: tags?.map((t) => t.name).sort(),
    commentCount,
    comments,
  };
}

function fromNewsgraph(data) {
  const author = (u) => u && { name: u.name, bio: u.bio, location: u.location, links: links(u.socialLinks) };
  const comment = (c) => [c.authorName, c.body, c.replies?.edges.map((e) => [e.node.authorName, e.node.body])];
  const articles = {
    front: () => data.articles.edges.map((e) => e.node),
    deep: () => data.articles.edges.map((e) => e.node),
    article: () => [data.article].filter(Boolean),
    author: () => data.author.articles.edges.map((e) => e.node),
    counted: () => data.articles.edges.map((e) => e.node),
  }[kind]();
  return {
    author: kind === "author" ? author(data.author) : undefined,
    hasNextPage: kind === "author" ? data.author.articles.pageInfo.hasNextPage
      : kind === "counted" ? data.articles.pageInfo.hasNextPage : undefined,
    totalCount: kind === "counted" ? data.articles.totalCount : undefined,
    articles: articles.map((a) => article(a, author(a.author), a.source, a.tags, a.commentCount,
      a.comments?.edges.map((e) => comment(e.node)))),
  };
}

function fromPostGraphile(data) {
  const author = (u) => u && {
    name: u.name, bio: u.bio, location: u.location, links: links(u.authorSocialLinksByAuthorId?.nodes),
  };
  const comment = (c) => [c.authorName, c.body, c.commentsByArticleIdAndParentId?.nodes.map((r) => [r.authorName, r.body])];
  const connection = kind === "author" ? data.authorBySlug.articlesByAuthorId : data.allArticles;
  return {
    author: kind === "author" ? author(data.authorBySlug) : undefined,
    hasNextPage: kind === "author" || kind === "counted" ? connection.pageInfo.hasNextPage : undefined,
    totalCount: kind === "counted" ? connection.totalCount : undefined,
    articles: (connection.nodes ?? connection.edges.map((e) => e.node)).map((a) => article(a, author(a.authorByAuthorId), a.sourceBySourceId,
      a.articleTagsByArticleId?.nodes.map((n) => n.tagByTagId), a.commentCount?.totalCount,
      a.commentsByArticleId?.nodes.map(comment))),
  };
}

const a = fromNewsgraph(read(newsgraphFile));
const b = fromPostGraphile(read(postgraphileFile));
const fail = (message) => { console.error(`${kind}: ${message}`); process.exit(1); };
const same = (x, y) => JSON.stringify(x) === JSON.stringify(y);

const expected = { front: 20, deep: 20, article: 1, author: 20, counted: 20 }[kind];
if (a.articles.length !== expected) fail(`newsgraph returned ${a.articles.length} articles, expected ${expected}`);
const titlesA = a.articles.map((x) => x.title);
const titlesB = b.articles.map((x) => x.title);
if (!same(titlesA, titlesB)) fail(`different titles:\n newsgraph:    ${JSON.stringify(titlesA)}\n PostGraphile: ${JSON.stringify(titlesB)}`);
for (const key of ["author", "hasNextPage", "totalCount"]) {
  if (!same(a[key], b[key])) fail(`different ${key}:\n newsgraph:    ${JSON.stringify(a[key])}\n PostGraphile: ${JSON.stringify(b[key])}`);
}
for (let i = 0; i < a.articles.length; i++) {
  for (const key of Object.keys(a.articles[i])) {
    if (!same(a.articles[i][key], b.articles[i][key])) {
      fail(`article ${i} (${titlesA[i]}) differs in ${key}:\n newsgraph:    ${JSON.stringify(a.articles[i][key])}\n`
        + ` PostGraphile: ${JSON.stringify(b.articles[i][key])}`);
    }
  }
}
const sum = (f) => a.articles.reduce((n, x) => n + f(x), 0);
const comments = sum((x) => x.comments?.length ?? 0);
const replies = sum((x) => (x.comments ?? []).reduce((n, c) => n + (c[2]?.length ?? 0), 0));
const tags = sum((x) => x.tags?.length ?? 0);
console.log(`${kind}: same ${a.articles.length} article(s) in the same order, ${tags} tags, ${comments} comments`
  + (replies ? `, ${replies} replies` : "") + (a.author ? `, author ${a.author.name} with ${a.author.links.length} links` : "")
  + `; first: "${titlesA[0]}"`);
