package io.newsgraph.core.error;

/**
 * A failure the client caused or can act on. Its message is shown to the client as it is, with
 * {@link #code()} as {@code extensions.code}; every other exception is reported as an internal error.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }

    public abstract ErrorCode code();
}
