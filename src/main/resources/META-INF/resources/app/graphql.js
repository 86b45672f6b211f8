// The page's only way to the API: POST and GET on /graphql, as any other client of the public API would.
//
// The operations are the .graphql documents under /operations/, loaded as they are: a line
// `#import "./other.graphql"` brings in the fragments of another document (as graphql-tag's loader reads it).
//
// Reads go by GET with the document's SHA-256 alone (automatic persisted queries, Apollo's protocol), so that the
// browser's cache or a CDN serves a repeated read; a server that does not know the hash answers
// PERSISTED_QUERY_NOT_FOUND, and the document is then sent once with its hash, which registers it. A server that
// answers anything else to a hash does not do persisted queries: the page then posts the documents themselves.

const ENDPOINT = '/graphql';
const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';
const IMPORT = /^#import "\.\/([\w.-]+\.graphql)"$/gm;

/** An answer with errors, or none at all: what a view shows as a failure. */
export class GraphQLError extends Error {
  constructor(message, errors = []) {
    super(message);
    this.errors = errors;
  }

  /** The error codes of the answer, from extensions.code. */
  get codes() {
    return this.errors.map((error) => error.extensions?.code);
  }
}

const documents = new Map();

// SHA-256 in the browser is only there in secure contexts (https, localhost): elsewhere the page posts its documents.
let persistedQueries = Boolean(globalThis.crypto?.subtle);

/** Runs a read operation by name ("front-page.graphql"); resolves to its data, or rejects with a GraphQLError. */
export async function query(name, variables = {}) {
  return dataOf(await read(await documentText(name), compact(variables)));
}

/** Runs a mutation by name; resolves to its data, or rejects with a GraphQLError that carries the errors. */
export async function mutate(name, variables = {}) {
  return dataOf(await post({ query: await documentText(name), variables: compact(variables) }));
}

/** The text of a document with the documents it imports, as the server receives it. */
export function documentText(name) {
  if (!documents.has(name)) {
    documents.set(name, load(name));
  }
  return documents.get(name);
}

async function load(name) {
  const texts = new Map();
  const visit = async (file) => {
    if (texts.has(file)) {
      return;
    }
    texts.set(file, '');
    const response = await fetch(`/operations/${file}`);
    if (!response.ok) {
      throw new GraphQLError(`The page could not load its operation ${file} (HTTP ${response.status}).`);
    }
    const text = await response.text();
    texts.set(file, text);
    for (const [, imported] of text.matchAll(IMPORT)) {
      await visit(imported);
    }
  };
  await visit(name);
  return [...texts.values()].join('\n');
}

async function read(text, variables) {
  if (!persistedQueries) {
    return post({ query: text, variables });
  }
  const extensions = { persistedQuery: { version: 1, sha256Hash: await sha256(text) } };
  const byHash = await get({ variables, extensions });
  if (byHash && 'data' in byHash) {
    return byHash;
  }
  if (byHash?.errors?.some(isPersistedQueryNotFound)) {
    return post({ query: text, variables, extensions });
  }
  const plain = await post({ query: text, variables });
  if (plain && 'data' in plain) {
    persistedQueries = false;
  }
  return plain;
}

function isPersistedQueryNotFound(error) {
  return error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND' || error.message === 'PersistedQueryNotFound';
}

function get(request) {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(request)) {
    parameters.set(name, JSON.stringify(value));
  }
  return send(`${ENDPOINT}?${parameters}`, { headers: { Accept: ACCEPT } });
}

function post(request) {
  return send(ENDPOINT, {
    method: 'POST',
    headers: { Accept: ACCEPT, 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
}

// The answer's JSON whatever the HTTP status (a GraphQL error may come with 400), or null when it is not JSON.
async function send(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (failure) {
    throw new GraphQLError('The news service cannot be reached. Check your connection and try again.');
  }
  if (!/json/.test(response.headers.get('Content-Type') ?? '')) {
    return null;
  }
  return response.json();
}

function dataOf(answer) {
  if (!answer) {
    throw new GraphQLError('The news service gave no answer the page understands.');
  }
  if (answer.errors?.length) {
    throw new GraphQLError(answer.errors.map((error) => error.message).join(' '), answer.errors);
  }
  return answer.data;
}

async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

// Variables left out rather than null, so that the same read has the same address, whatever the caller passed.
function compact(variables) {
  return Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== null && value !== undefined));
}
