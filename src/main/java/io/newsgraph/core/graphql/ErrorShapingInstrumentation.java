package io.newsgraph.core.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.newsgraph.core.error.ApiException;
import io.newsgraph.core.error.ErrorCode;

/**
 * Gives every error of a response the same shape, {@code message} and {@code extensions.code}: an
 * {@link ApiException} speaks for itself, a document the schema refuses is BAD_USER_INPUT, and
 * anything unexpected is logged here and reported to the client without its details.
 */
class ErrorShapingInstrumentation extends SimplePerformantInstrumentation {

    static final String INTERNAL_ERROR_MESSAGE = "Internal server error.";

    private static final Logger LOG = Logger.getLogger(ErrorShapingInstrumentation.class);

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> shaped = result.getErrors().stream().map(error -> shape(error, parameters)).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(shaped)));
    }

    private static GraphQLError shape(GraphQLError error, InstrumentationExecutionParameters parameters) {
        if (error instanceof ApiError) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            if (cause instanceof ApiException apiException) {
                return ApiError.of(error, apiException.getMessage(), apiException.code());
            }
            LOG.errorf(cause, "Unexpected failure at %s in operation %s", error.getPath(),
                    parameters.getOperation());
            return ApiError.of(error, INTERNAL_ERROR_MESSAGE, ErrorCode.INTERNAL_SERVER_ERROR);
        }
        if (error.getErrorType() instanceof ErrorType type) {
            switch (type) {
                case InvalidSyntax, ValidationError, OperationNotSupported, NullValueInNonNullableField:
                    return ApiError.of(error, error.getMessage(), ErrorCode.BAD_USER_INPUT);
                default:
                    break;
            }
        }
        LOG.errorf("Unexpected GraphQL error in operation %s: %s", parameters.getOperation(), error.getMessage());
        return ApiError.of(error, INTERNAL_ERROR_MESSAGE, ErrorCode.INTERNAL_SERVER_ERROR);
    }

    private static Throwable unwrap(Throwable throwable) {
        Throwable current = throwable;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
