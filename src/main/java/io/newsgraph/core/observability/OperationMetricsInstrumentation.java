package io.newsgraph.core.observability;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;

/** Measures the operations SmallRye GraphQL's resolvers execute; see {@link OperationMetrics}. */
public class OperationMetricsInstrumentation extends SimplePerformantInstrumentation {

    private final OperationMetrics metrics;

    public OperationMetricsInstrumentation(OperationMetrics metrics) {
        this.metrics = metrics;
    }

    private static final class Measurement implements InstrumentationState {
        final long start = System.nanoTime();
        volatile String operation;
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
        measurement.operation = operation.getName();
        measurement.type = operation.getOperation().name().toLowerCase();
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Measurement measurement = (Measurement) state;
        metrics.record(measurement.operation, measurement.type, result.getErrors().isEmpty(),
                System.nanoTime() - measurement.start);
        return CompletableFuture.completedFuture(result);
    }
}
