/**
 * The SQL the resolvers run: listings paged by keyset, rows by key, nested lists for a batch of parents in one
 * statement ({@link io.newsgraph.core.fetching.ListingQueries}), the helpers that align a batch's answers with its
 * parents, and the record of what they read, for the response cache. It may use {@code core.pagination},
 * {@code core.sql} and {@code core.cache.tracking}.
 */
package io.newsgraph.core.fetching;
