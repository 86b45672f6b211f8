/**
 * Metrics and traces: the operations' timer and the read paths' counters
 * ({@link io.newsgraph.core.observability.OperationMetrics}), the stage that starts each operation's span
 * ({@link io.newsgraph.core.observability.TraceOperation}), and sampling that records nothing until a collector is
 * named. It may use {@code core.pipeline}.
 */
package io.newsgraph.core.observability;
