// Runs Apollo Client's persisted query link and urql's persisted exchange, configured as their documentation shows,
// against the GraphQL endpoint given as the first argument: each client runs one query twice, hashes sent by GET.
// Every HTTP exchange goes through a fetch that records it; the record is printed as JSON for
// PersistedQueryClientsTest to judge.
import { createHash } from 'node:crypto';

import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';

const endpoint = process.argv[2];
const exchanges = [];

function recordingFetch(client) {
  return async (input, init = {}) => {
    const url = new URL(typeof input === 'string' ? input : input.url);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : null;
    const response = await fetch(input, init);
    const text = await response.clone().text();
    exchanges.push({
      client,
      method: init.method ?? 'GET',
      sentQuery: body ? 'query' in body && body.query !== undefined : url.searchParams.has('query'),
      sentHash: JSON.stringify(body?.extensions ?? url.searchParams.get('extensions') ?? '').includes('sha256Hash'),
      status: response.status,
      cacheControl: response.headers.get('cache-control'),
      body: JSON.parse(text),
    });
    return response;
  };
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

async function apollo() {
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(
      new HttpLink({ uri: endpoint, fetch: recordingFetch('apollo') })),
  });
  const query = gql`query ApolloTags { tags(first: 2) { totalCount } }`;
  for (let i = 0; i < 2; i++) {
    await client.query({ query, fetchPolicy: 'network-only' });
  }
}

async function urql() {
  const client = new Client({
    url: endpoint,
    fetch: recordingFetch('urql'),
    exchanges: [persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange],
  });
  const query = 'query UrqlTags { tags(first: 3) { totalCount } }';
  for (let i = 0; i < 2; i++) {
    const result = await client.query(query, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) {
      throw result.error;
    }
  }
}

await apollo();
await urql();
process.stdout.write(JSON.stringify(exchanges));
