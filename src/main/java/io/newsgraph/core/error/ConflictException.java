package io.newsgraph.core.error;

import java.io.Serial;
import java.util.Map;

/**
 * The change does not fit what the database holds now: it was made from an older version, or something still
 * depends on what it would delete. Nothing was changed; the client reads again and decides.
 */
public class ConflictException extends ApiException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Map<String, Object> extensions;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    private ConflictException(String message, Map<String, Object> extensions) {
        super(message);
        this.extensions = extensions;
    }

    /** The client's version is not the current one, which {@code extensions.currentVersion} gives. */
    public static ConflictException staleVersion(String what, long given, long current) {
        return new ConflictException(what + " is at version " + current + ", not " + given
                + ": it was changed since you read it. Read it again and apply your change to the new version.",
                Map.of("currentVersion", current));
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.CONFLICT;
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
