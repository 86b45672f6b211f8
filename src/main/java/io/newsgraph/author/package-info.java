/**
 * The author feature: authors (a name, a bio, a location, social links), their API types and queries, and how the read
 * planner reads them; what editors do to authors is in {@code author.write}. It may use the {@code core} packages;
 * which articles an author wrote is the article feature's to say ({@link io.newsgraph.author.AuthorReferences}).
 */
package io.newsgraph.author;
