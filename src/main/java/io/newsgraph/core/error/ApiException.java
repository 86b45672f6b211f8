package io.newsgraph.core.error;

import java.io.Serial;
import java.util.Map;

/**
 * A failure the client caused or can act on. Its message is shown to the client as it is, with
 * {@link #code()} as {@code extensions.code} and {@link #extensions()} beside it; every other exception is reported
 * as an internal error.
 */
public abstract class ApiException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    protected ApiException(String message) {
        super(message, null, false, false);
    }

    public abstract ErrorCode code();

    /** What the client can act on besides the code, such as the fields at fault; none by default. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
