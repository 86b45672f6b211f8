package io.newsgraph.core.error;

import java.io.Serial;
import java.util.List;
import java.util.Map;

/**
 * The request is well-formed GraphQL but an argument is not acceptable (an id, a cursor, a page size, an input
 * field), with the fields at fault as {@code extensions.violations} when it names them.
 */
public class BadUserInputException extends ApiException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public BadUserInputException(String message) {
        this(message, List.of());
    }

    public BadUserInputException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /** One field at fault, which the message is about. */
    public static BadUserInputException of(String field, String message) {
        return new BadUserInputException(message, List.of(new Violation(field, message)));
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.BAD_USER_INPUT;
    }

    @Override
    public Map<String, Object> extensions() {
        return violations.isEmpty() ? Map.of() : Map.of("violations", Violation.asExtension(violations));
    }
}
