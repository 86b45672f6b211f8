package io.newsgraph.core.error;

/** The request is well-formed GraphQL but an argument is not acceptable (an id, a cursor, a page size). */
public class BadUserInputException extends ApiException {

    public BadUserInputException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.BAD_USER_INPUT;
    }
}
