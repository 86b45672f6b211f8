package io.newsgraph.core.error;

/** The values of {@code extensions.code} in GraphQL errors: the contract clients switch on. */
public enum ErrorCode {
    BAD_USER_INPUT,
    NOT_FOUND,
    UNAUTHENTICATED,
    FORBIDDEN,
    CONFLICT,
    RATE_LIMITED,
    QUERY_TOO_COMPLEX,
    INTERNAL_SERVER_ERROR
}
