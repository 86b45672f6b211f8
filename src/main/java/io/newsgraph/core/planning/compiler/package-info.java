/**
 * Compiles a read operation into a plan: one statement whose JSON value holds every slot the writers read,
 * the writers, the binders of the request's arguments, and the cost. Objects, lookups and connections have a planner
 * each; the SQL they write is in {@link io.newsgraph.core.planning.compiler.PlanSql}. It may use
 * {@code core.planning.model}, {@code core.planning.writers}, {@code core.documents} (the cost's formula),
 * {@code core.cache.tracking}, {@code core.pagination}, {@code core.node} and {@code core.sql}.
 */
package io.newsgraph.core.planning.compiler;
