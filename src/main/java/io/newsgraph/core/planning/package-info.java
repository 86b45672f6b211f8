/**
 * The read planner as the pipeline sees it: the stage that answers every requester's queries with one SQL statement
 * ({@link io.newsgraph.core.planning.PlanRead}), the plans by operation, shape of variables and visibility
 * ({@link io.newsgraph.core.planning.PlannedReads}), and running a plan's statement, streaming its answer. What features
 * declare is in {@code core.planning.model}, how a plan is compiled in {@code core.planning.compiler}, how it writes
 * its answer in {@code core.planning.writers}. It may use those, {@code core.pipeline}, {@code core.documents},
 * {@code core.observability}, {@code core.error}, {@code core.json}, {@code core.cache.tracking}, {@code core.cache} (the
 * counts it binds) and {@code core.sql}.
 */
package io.newsgraph.core.planning;
