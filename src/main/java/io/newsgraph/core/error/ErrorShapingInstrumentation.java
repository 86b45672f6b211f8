package io.newsgraph.core.error;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;

/** Puts every error of a response into the API's shape; see {@link ApiErrors}. */
public class ErrorShapingInstrumentation extends SimplePerformantInstrumentation {

    /** Whether the operation that ran is a mutation, whose failures are told apart from those of reads. */
    private static final class Operation implements InstrumentationState {
        volatile boolean mutation;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Operation();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ((Operation) state).mutation = parameters.getExecutionContext().getOperationDefinition()
                .getOperation() == OperationDefinition.Operation.MUTATION;
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        boolean write = state instanceof Operation operation && operation.mutation;
        List<GraphQLError> errors = result.getErrors();
        boolean causesKnown = errors.stream().anyMatch(error -> error.getErrorType() != ErrorType.NullValueInNonNullableField);
        List<GraphQLError> shaped = errors.stream()
                // a null where the schema promises a value only repeats the error that caused it
                .filter(error -> !causesKnown || error.getErrorType() != ErrorType.NullValueInNonNullableField)
                .map(error -> ApiErrors.shape(error, parameters.getOperation(), write))
                .toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(shaped)));
    }
}
