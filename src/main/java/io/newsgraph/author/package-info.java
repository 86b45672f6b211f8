/**
 * The author feature: authors (a name, a bio, a location, social links), their API types, queries and mutations, and
 * how the read planner reads them. It may use the {@code core} packages; which articles an author wrote is the article
 * feature's to say ({@link io.newsgraph.author.AuthorReferences}).
 */
package io.newsgraph.author;
