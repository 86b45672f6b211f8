package io.newsgraph.core.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.validation.BeanValidationError;

/**
 * Gives every error the same shape, {@code message} and {@code extensions.code}: an {@link ApiException} speaks for
 * itself, a security check that refused the requester is UNAUTHENTICATED or FORBIDDEN, arguments that Bean Validation
 * refused are BAD_USER_INPUT with every violation at once, a document the schema refuses is BAD_USER_INPUT, and
 * anything unexpected is logged here and reported to the client without its details.
 */
public final class ApiErrors {

    public static final String INTERNAL_ERROR_MESSAGE = "Internal server error.";
    /** A mutation that failed unexpectedly may have failed at its COMMIT, whose outcome is then unknown. */
    static final String INTERNAL_WRITE_ERROR_MESSAGE = "Internal server error: the change may or may not have been saved."
            + " Send it again with the same idempotencyKey to get its outcome without saving it twice.";

    private static final Logger LOG = Logger.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    public static ApiError of(ErrorCode code, String message) {
        return new ApiError(message, null, null, code);
    }

    public static ApiError of(ErrorCode code, String message, SourceLocation location) {
        return new ApiError(message, location == null ? null : List.of(location), null, code);
    }

    /**
     * @param write whether the error comes from a mutation, whose failures may leave the outcome of its change unknown
     */
    public static GraphQLError shape(GraphQLError error, String operationName, boolean write) {
        if (error instanceof ApiError) {
            return error;
        }
        if (error instanceof BeanValidationError validation) {
            List<Violation> violations = violations(validation);
            return ApiError.of(error, violations.size() == 1 ? "The input is not valid: 1 problem."
                    : "The input is not valid: " + violations.size() + " problems.", ErrorCode.BAD_USER_INPUT,
                    Map.of("violations", Violation.asExtension(violations)));
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            if (cause instanceof ApiException apiException) {
                return ApiError.of(error, apiException.getMessage(), apiException.code(), apiException.extensions());
            }
            Optional<ApiError> refusal = securityRefusal(error, cause);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            Optional<DatabaseFailure> databaseFailure = DatabaseFailure.of(cause, write);
            if (databaseFailure.isPresent()) {
                LOG.warnf("Database failure at %s in operation %s: %s", error.getPath(), operationName,
                        databaseFailure.get().detail());
                return ApiError.of(error, databaseFailure.get().message(), databaseFailure.get().code());
            }
            LOG.errorf(cause, "Unexpected failure at %s in operation %s", error.getPath(), operationName);
            return ApiError.of(error, write ? INTERNAL_WRITE_ERROR_MESSAGE : INTERNAL_ERROR_MESSAGE,
                    ErrorCode.INTERNAL_SERVER_ERROR);
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

    /**
     * What Quarkus's security checks ({@code @RolesAllowed} on the API methods) throw: no or an unusable token where one
     * is required is UNAUTHENTICATED, a token without the role is FORBIDDEN.
     */
    private static Optional<ApiError> securityRefusal(GraphQLError error, Throwable failure) {
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
            return Optional.of(ApiError.of(error, "Sign in first: send a bearer token in the Authorization header.",
                    ErrorCode.UNAUTHENTICATED));
        }
        if (failure instanceof ForbiddenException) {
            return Optional.of(ApiError.of(error, "Your token does not grant the role this needs.", ErrorCode.FORBIDDEN));
        }
        return Optional.empty();
    }

    /**
     * The violations SmallRye GraphQL found when Bean Validation refused a field's arguments, each with the path of the
     * argument or input field at fault: SmallRye gives it from the field's name on ({@code createArticle, input,
     * title}), with list indexes as items of their own and container elements named like {@code <list element>}.
     * Nothing else of SmallRye's report is kept, so the values sent (an e-mail address) are not echoed back.
     */
    private static List<Violation> violations(BeanValidationError error) {
        List<Violation> violations = new ArrayList<>();
        for (Object item : (List<?>) error.getExtensions().get("violations")) {
            Map<?, ?> violation = (Map<?, ?>) item;
            List<?> path = (List<?>) violation.get("propertyPath");
            StringBuilder field = new StringBuilder();
            for (Object node : path.subList(1, path.size())) {
                String name = String.valueOf(node);
                if (name.chars().allMatch(Character::isDigit)) {
                    field.append('[').append(name).append(']');
                } else if (!name.startsWith("<")) {
                    field.append(field.isEmpty() ? "" : ".").append(name);
                }
            }
            violations.add(new Violation(field.toString(), String.valueOf(violation.get("message"))));
        }
        violations.sort((a, b) -> a.field().compareTo(b.field()));
        return violations;
    }

    private static Throwable unwrap(Throwable throwable) {
        Throwable current = throwable;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
