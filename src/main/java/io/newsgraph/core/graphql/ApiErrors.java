package io.newsgraph.core.graphql;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.newsgraph.core.error.ApiException;
import io.newsgraph.core.error.ErrorCode;

/**
 * Gives every error the same shape, {@code message} and {@code extensions.code}: an {@link ApiException}
 * speaks for itself, a document the schema refuses is BAD_USER_INPUT, and anything unexpected is logged
 * here and reported to the client without its details.
 */
final class ApiErrors {

    static final String INTERNAL_ERROR_MESSAGE = "Internal server error.";

    private static final Logger LOG = Logger.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    static ApiError of(ErrorCode code, String message) {
        return new ApiError(message, null, null, code);
    }

    static ApiError of(ErrorCode code, String message, SourceLocation location) {
        return new ApiError(message, location == null ? null : List.of(location), null, code);
    }

    static GraphQLError shape(GraphQLError error, String operationName) {
        if (error instanceof ApiError) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            if (cause instanceof ApiException apiException) {
                return ApiError.of(error, apiException.getMessage(), apiException.code());
            }
            Optional<DatabaseFailure> databaseFailure = DatabaseFailure.of(cause);
            if (databaseFailure.isPresent()) {
                LOG.warnf("Database failure at %s in operation %s: %s", error.getPath(), operationName,
                        databaseFailure.get().detail());
                return ApiError.of(error, databaseFailure.get().message(), databaseFailure.get().code());
            }
            LOG.errorf(cause, "Unexpected failure at %s in operation %s", error.getPath(), operationName);
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
        LOG.errorf("Unexpected GraphQL error in operation %s: %s", operationName, error.getMessage());
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
