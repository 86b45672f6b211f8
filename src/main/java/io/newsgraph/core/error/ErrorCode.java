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
    /**
     * A persisted query's hash this copy does not know: the client sends the query again with its hash (Apollo's
     * automatic persisted queries, whose clients switch on this code or the message {@code PersistedQueryNotFound}).
     */
    PERSISTED_QUERY_NOT_FOUND,
    /** A document that is not in the trusted documents' manifest, where only those run. */
    DOCUMENT_NOT_TRUSTED,
    INTERNAL_SERVER_ERROR
}
