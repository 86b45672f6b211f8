package io.newsgraph.core.security;

import java.util.Optional;

import io.newsgraph.core.error.ErrorCode;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * What Quarkus's security checks ({@code @RolesAllowed} on the API methods) throw, as the API's errors: no or an
 * unusable token where one is required is UNAUTHENTICATED, a token without the role is FORBIDDEN.
 */
public final class SecurityRefusals {

    /**
     * The attribute of an {@link AuthenticationFailedException} that holds what the client is told, when the service
     * refused the token for a reason of its own (the exception's message is for the log).
     */
    public static final String CLIENT_MESSAGE = SecurityRefusals.class.getName() + ".clientMessage";

    private SecurityRefusals() {
    }

    /** What the client is told of a failed authentication, when the service refused the token itself. */
    public static Optional<String> clientMessage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailedException refused
                    && refused.getAttribute(CLIENT_MESSAGE) instanceof String message) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    public record Refusal(ErrorCode code, String message) {
    }

    public static Optional<Refusal> of(Throwable failure) {
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
            return Optional.of(new Refusal(ErrorCode.UNAUTHENTICATED,
                    "Sign in first: send a bearer token in the Authorization header."));
        }
        if (failure instanceof ForbiddenException) {
            return Optional.of(new Refusal(ErrorCode.FORBIDDEN, "Your token does not grant the role this needs."));
        }
        return Optional.empty();
    }
}
