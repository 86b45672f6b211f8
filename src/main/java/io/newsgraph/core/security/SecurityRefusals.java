package io.newsgraph.core.security;

import java.util.Optional;

import io.quarkus.security.AuthenticationFailedException;

/**
 * What a client is told when the service refuses its token for a reason of its own (a {@code groups} claim that is not a
 * list, the development key in production): the service's checks attach it to the failure, and whoever answers the
 * failure reads it back. (What Quarkus's security checks throw becomes the API's errors in
 * {@link io.newsgraph.core.error.ApiErrors}.)
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
}
