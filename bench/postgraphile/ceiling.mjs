// The pgbench script of "newsgraph/ceiling" for bench/compare-postgraphile.sh, read back from PostgreSQL's JSON log:
//   node ceiling.mjs <db> <user> <start-marker> <end-marker> <out-prefix> <typed|untyped> <log.json...>
//
// Takes the statements that <user> sent to <db> between the two markers (statements a psql session sent around one
// front-page request while log_statement = 'all'), in the order PostgreSQL received them, without the pool's
// validation query (select 1) and session settings (SET, SHOW, RESET, DISCARD): the statements that do the work,
// one today or several. Writes
//   <out-prefix>.sql   a pgbench script: those statements, each parameter $n of statement k as the pgbench variable
//                      :s<k>_p<n> (so that pgbench -M prepared binds it, as the JDBC driver does); a NULL parameter
//                      as a literal NULL; "typed" adds a cast guessed from the value (bigint, timestamptz, ...) for
//                      statements whose parameter types PostgreSQL cannot infer on its own
//   <out-prefix>.vars  the pgbench arguments that define the variables (-D name=value), one per line, NUL-separated
//   <out-prefix>.txt   the statements as logged, with their parameters, for a reader
// and prints one JSON line: {"statements": n, "parameters": m, "sqlChars": c}.
import { readFileSync, writeFileSync } from "node:fs";

const [db, user, startMarker, endMarker, out, typing, ...logs] = process.argv.slice(2);

const entries = logs.flatMap((file) => readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line)));
const start = entries.findIndex((e) => e.message?.includes(startMarker));
const end = entries.findIndex((e, i) => i > start && e.message?.includes(endMarker));
if (start < 0 || end < 0) throw new Error(`markers ${startMarker} / ${endMarker} not found in ${logs.join(", ")}`);

const statement = /^(?:execute [^:]+|statement): ([\s\S]*)$/;
const ignored = /^\s*(select\s+1|set\s|show\s|reset\s|discard\s)/i;
const captured = entries.slice(start + 1, end)
  .filter((e) => e.dbname === db && e.user === user && e.application_name !== "psql" && e.backend_type === "client backend")
  .map((e) => ({ match: statement.exec(e.message ?? ""), detail: e.detail ?? "" }))
  .filter(({ match }) => match && !ignored.test(match[1]))
  .map(({ match, detail }) => ({ sql: match[1].trim().replace(/;\s*$/, ""), params: parameters(detail) }));
if (!captured.length) throw new Error("no statement of the request was logged between the markers");

// "parameters: $1 = '20', $2 = NULL, $3 = 'it''s'" -> Map(1 => "20", 2 => null, 3 => "it's")
function parameters(detail) {
  const params = new Map();
  const text = detail.replace(/^parameters: /, "");
  const item = /\$(\d+) = (NULL|'((?:[^']|'')*)')(?:, |$)/y;
  let m;
  let read = 0;
  while ((m = item.exec(text))) {
    params.set(Number(m[1]), m[2] === "NULL" ? null : m[3].replaceAll("''", "'"));
    read = item.lastIndex;
  }
  if (read !== text.length) throw new Error(`cannot read the parameters: ${detail.slice(0, 200)}`);
  return params;
}

function guessType(value) {
  if (/^-?\d{1,18}$/.test(value)) return "bigint";
  if (/^-?\d+\.\d+$/.test(value)) return "numeric";
  if (/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/.test(value)) return "timestamptz";
  if (/^(true|false)$/.test(value)) return "boolean";
  if (/^\{(-?\d{1,18}(,-?\d{1,18})*)?\}$/.test(value)) return "bigint[]";
  return "text";
}

// pgbench reads ":name" as a variable anywhere, even inside a string literal: a literal with such a colon is
// written as an E'' literal with the colon escaped (\072), the same value. $n outside literals and comments
// becomes the statement's variable.
function forPgbench(sql, k, params) {
  let result = "";
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === "'") {
      const escaped = /[eE]$/.test(result) && !/[A-Za-z0-9_]$/.test(result.slice(0, -1));
      let j = i + 1;
      let text = "";
      while (j < sql.length) {
        if (sql[j] === "'" && sql[j + 1] === "'") { text += "''"; j += 2; continue; }
        if (escaped && sql[j] === "\\") { text += sql.slice(j, j + 2); j += 2; continue; }
        if (sql[j] === "'") break;
        text += sql[j++];
      }
      if (/:[A-Za-z_]/.test(text)) {
        if (escaped) result = result.slice(0, -1);
        result += "E'" + (escaped ? text : text.replaceAll("\\", "\\\\")).replaceAll(":", "\\072") + "'";
      } else {
        result += sql.slice(i, j + 1);
      }
      i = j + 1;
    } else if (c === '"') {
      const j = sql.indexOf('"', i + 1);
      result += sql.slice(i, j + 1);
      i = j + 1;
    } else if (c === "-" && sql[i + 1] === "-") {
      const j = sql.indexOf("\n", i);
      i = j < 0 ? sql.length : j;
    } else if (c === "/" && sql[i + 1] === "*") {
      i = sql.indexOf("*/", i) + 2;
    } else if (c === "$" && /\d/.test(sql[i + 1] ?? "") && !/[A-Za-z0-9_]/.test(result.slice(-1))) {
      const m = /^\$(\d+)/.exec(sql.slice(i));
      const n = Number(m[1]);
      if (!params.has(n)) throw new Error(`statement ${k} uses $${n} but the log gives no value for it`);
      const value = params.get(n);
      result += value === null ? "NULL" : `:s${k}_p${n}` + (typing === "typed" ? `::${guessType(value)}` : "");
      i += m[0].length;
    } else if (c === "$") {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i));
      if (!tag) { result += c; i++; continue; }
      const j = sql.indexOf(tag[0], i + tag[0].length);
      if (sql.slice(i, j).includes(":")) throw new Error(`statement ${k}: a dollar-quoted string with a colon cannot go through pgbench`);
      result += sql.slice(i, j + tag[0].length);
      i = j + tag[0].length;
    } else {
      result += c;
      i++;
    }
  }
  return result;
}

const script = captured.map(({ sql, params }, index) => forPgbench(sql, index + 1, params) + ";\n").join("");
const vars = captured.flatMap(({ params }, index) => [...params].filter(([, v]) => v !== null)
  .flatMap(([n, v]) => ["-D", `s${index + 1}_p${n}=${v}`]));
writeFileSync(`${out}.sql`, script);
writeFileSync(`${out}.vars`, vars.map((v) => v + "\0").join(""));
writeFileSync(`${out}.txt`, captured.map(({ sql, params }, index) => `-- statement ${index + 1} of ${captured.length}`
  + (params.size ? `, parameters: ${JSON.stringify(Object.fromEntries(params))}` : "") + `\n${sql};\n`).join("\n"));
console.log(JSON.stringify({
  statements: captured.length,
  parameters: captured.reduce((n, { params }) => n + params.size, 0),
  sqlChars: captured.reduce((n, { sql }) => n + sql.length, 0),
}));
