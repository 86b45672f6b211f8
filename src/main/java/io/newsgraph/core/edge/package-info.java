/**
 * The edge: caches outside the service (browsers, CDNs, Varnish) that keep readers' answers until they change. It
 * tags every shareable answer with the surrogate keys of what it read ({@link io.newsgraph.core.edge.SurrogateKeys}),
 * and purges those keys from the CDN when PostgreSQL notifies a change, from one copy of the service
 * ({@link io.newsgraph.core.edge.EdgePurger}), through an adapter for each kind of edge (Varnish, Fastly, Cloudflare,
 * a signed webhook). It may use
 * {@code core.cache.tracking} and {@code core.events}.
 */
package io.newsgraph.core.edge;
