/**
 * What the read planner knows of the schema, as the features declare it
 * ({@link io.newsgraph.core.planning.model.ReadModelContribution}): for each object type, the entity it is read from and
 * which rows each requester sees, how each field is read, and how each field of {@code Query} is answered, or that only
 * the resolvers answer it. It may use
 * {@code core.pagination} and {@code core.sql}.
 */
package io.newsgraph.core.planning.model;
