// PostGraphile 5 configuration for bench/compare-postgraphile.sh: the stock Amber preset, no plugins,
// pointed at the same database and schema as newsgraph; production-like switches (no GraphiQL, no
// watch mode, no explain, no subscriptions).
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  // Amber only lets a client filter and order by columns that lead a (non-partial) index; newsgraph's
  // indexes on status and published_at are partial, so this is turned off, as PostGraphile 4 does by
  // default (ignoreIndexes), to allow condition: {status: ...} and orderBy: PUBLISHED_AT_DESC.
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      pubsub: false,
    }),
  ],
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.PORT ?? 5678),
    graphqlPath: "/graphql",
    graphiql: false,
    watch: false,
    websockets: false,
  },
  grafast: {
    explain: false,
  },
};

export default preset;
