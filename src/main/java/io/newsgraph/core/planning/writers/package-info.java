/**
 * The writers of a plan's answer: they read the statement's slots in order and write the response with Jackson, as
 * the resolvers would (ids, cursors, pages, dates), recording what the answer read; and the values one request binds
 * into a plan ({@link io.newsgraph.core.planning.writers.PlanBindings}). It may use {@code core.cache.tracking},
 * {@code core.cache} (what the count cache gives a request), {@code core.pagination}, {@code core.node} and
 * {@code core.json}, whose reader they read the slots with.
 */
package io.newsgraph.core.planning.writers;
