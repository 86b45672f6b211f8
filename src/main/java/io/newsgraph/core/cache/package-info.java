/**
 * The response cache: answers to readers' queries kept as the bytes that were sent ({@link
 * io.newsgraph.core.cache.CachedAnswer}), evicted exactly when PostgreSQL notifies a change to what they read, and the
 * pipeline's stage that answers from it or keeps what the read paths compute
 * ({@link io.newsgraph.core.cache.AnswerFromCache}); and the count cache, the counts of top-level lists kept and
 * evicted by the same rule, which the read planner binds into its statements
 * ({@link io.newsgraph.core.cache.CountCache}). What each answer read is recorded in {@code core.cache.tracking}.
 * It may use {@code core.cache.tracking}, {@code core.events}, {@code core.pipeline}, {@code core.json},
 * {@code core.digest} and {@code core.observability}.
 */
package io.newsgraph.core.cache;
