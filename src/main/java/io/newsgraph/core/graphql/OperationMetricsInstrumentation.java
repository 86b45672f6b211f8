package io.newsgraph.core.graphql;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts and times GraphQL operations by operation name, as the timer {@value #METER}. Operation names come
 * from clients, so only the first {@value #MAX_NAMES} distinct names get their own series; later ones are
 * counted as {@value #OTHER}, which keeps a hostile client from flooding the metrics.
 */
class OperationMetricsInstrumentation extends SimplePerformantInstrumentation {

    static final String METER = "graphql.operations";
    private static final int MAX_NAMES = 200;
    private static final String ANONYMOUS = "anonymous";
    private static final String OTHER = "other";

    private final MeterRegistry registry;
    private final Set<String> names = ConcurrentHashMap.newKeySet();

    OperationMetricsInstrumentation(MeterRegistry registry) {
        this.registry = registry;
    }

    private static final class Measurement implements InstrumentationState {
        final long start = System.nanoTime();
        volatile String operation = ANONYMOUS;
        volatile String type = "unknown";
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Measurement();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        Measurement measurement = (Measurement) state;
        measurement.operation = boundedName(operation.getName());
        measurement.type = operation.getOperation().name().toLowerCase();
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Measurement measurement = (Measurement) state;
        Timer.builder(METER)
                .description("GraphQL operations executed, by operation name, type and outcome")
                .tag("operation", measurement.operation)
                .tag("type", measurement.type)
                .tag("outcome", result.getErrors().isEmpty() ? "success" : "error")
                .publishPercentileHistogram()
                .register(registry)
                .record(System.nanoTime() - measurement.start, TimeUnit.NANOSECONDS);
        return CompletableFuture.completedFuture(result);
    }

    private String boundedName(String name) {
        if (name == null) {
            return ANONYMOUS;
        }
        if (names.contains(name) || (names.size() < MAX_NAMES && names.add(name))) {
            return name;
        }
        return OTHER;
    }
}
