package io.newsgraph.core.error;

import java.io.Serial;
import java.util.Map;

/** The client sent too many requests of a kind in too short a time; {@code extensions.retryAfterSeconds} says when to retry. */
public class RateLimitedException extends ApiException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super("Too many requests from your address: try again in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.RATE_LIMITED;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("retryAfterSeconds", retryAfterSeconds);
    }
}
