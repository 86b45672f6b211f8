/**
 * Execution by SmallRye GraphQL's resolvers, through its public {@code ExecutionService}: the pipeline's last stage
 * ({@link io.newsgraph.core.execution.RunResolvers}), the subscriptions WebSocket starts, the one execution both use
 * with the context Quarkus's data fetchers read, and the customisation of the engine SmallRye builds (instrumentation,
 * document cache, field fetchers, schema directives). It may use {@code core.pipeline}, {@code core.documents},
 * {@code core.error}, {@code core.json}, {@code core.observability} and {@code core.cache.tracking}.
 */
package io.newsgraph.core.execution;
