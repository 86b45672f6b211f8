package io.newsgraph.core.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/** Puts every error of a response into the API's shape; see {@link ApiErrors}. */
class ErrorShapingInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors();
        boolean causesKnown = errors.stream().anyMatch(error -> error.getErrorType() != ErrorType.NullValueInNonNullableField);
        List<GraphQLError> shaped = errors.stream()
                // a null where the schema promises a value only repeats the error that caused it
                .filter(error -> !causesKnown || error.getErrorType() != ErrorType.NullValueInNonNullableField)
                .map(error -> ApiErrors.shape(error, parameters.getOperation()))
                .toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(shaped)));
    }
}
