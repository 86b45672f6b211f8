package io.newsgraph.core.error;

import java.sql.SQLException;
import java.util.Optional;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

/**
 * The database failures a client can understand and act on: a statement cancelled for running too long, a database
 * that cannot be reached, no connection free in time, and for writes a concurrent change that won. Anything else stays
 * an internal error.
 * <p>
 * A write that loses its connection cannot know whether its COMMIT reached the database first (the answer to it may be
 * what was lost), so its client is told that the change may or may not have been saved, and how to find out without
 * saving it twice: send it again with the same {@code idempotencyKey}.
 *
 * @param detail what happened, for the server's log only
 */
public record DatabaseFailure(ErrorCode code, String message, String detail) {

    static final String OUTCOME_UNKNOWN = "The database became unreachable during the change: it may or may not have"
            + " been saved. Send it again with the same idempotencyKey to get its outcome without saving it twice.";

    private static final String QUERY_CANCELED = "57014";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";
    private static final String CONCURRENT_CHANGE = "It was changed at the same moment by another request, which"
            + " won: nothing was saved. Read it again and apply your change to what is there now.";

    /** A failure of a read. */
    public static Optional<DatabaseFailure> of(Throwable failure) {
        return of(failure, false);
    }

    /** A failure of a read, or of a write when {@code write}. */
    public static Optional<DatabaseFailure> of(Throwable failure, boolean write) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return Optional.of(new DatabaseFailure(ErrorCode.CONFLICT, CONCURRENT_CHANGE, cause.getMessage()));
            }
            if (cause instanceof SQLException sql) {
                Optional<DatabaseFailure> known = of(sql, write);
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseFailure> of(SQLException sql, boolean write) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = state + " " + sql.getMessage();
        if (state.equals(QUERY_CANCELED)) {
            return Optional.of(write
                    ? new DatabaseFailure(ErrorCode.INTERNAL_SERVER_ERROR,
                            "The change took longer than the database allows and was cancelled: nothing was saved.", detail)
                    : new DatabaseFailure(ErrorCode.QUERY_TOO_COMPLEX,
                            "The query ran longer than the database allows and was cancelled: ask for less.", detail));
        }
        if (ConnectionLoss.isSignalledBy(state)) {
            return Optional.of(new DatabaseFailure(ErrorCode.INTERNAL_SERVER_ERROR,
                    write ? OUTCOME_UNKNOWN : "The database is unavailable; try again in a few seconds.", detail));
        }
        if (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
            return Optional.of(new DatabaseFailure(ErrorCode.INTERNAL_SERVER_ERROR,
                    "The service is too busy to answer now; try again in a few seconds.", detail));
        }
        if (write && (state.equals(SERIALIZATION_FAILURE) || state.equals(DEADLOCK_DETECTED))) {
            return Optional.of(new DatabaseFailure(ErrorCode.CONFLICT, CONCURRENT_CHANGE, detail));
        }
        if (write && state.equals(UNIQUE_VIOLATION)) {
            return Optional.of(new DatabaseFailure(ErrorCode.CONFLICT, "Another request saved the same slug or name at"
                    + " the same moment: nothing was saved. Read again and choose another, or send it again.", detail));
        }
        if (write && state.equals(FOREIGN_KEY_VIOLATION)) {
            return Optional.of(new DatabaseFailure(ErrorCode.CONFLICT, "Another request changed what this change refers"
                    + " to at the same moment: nothing was saved. Read it again and retry.", detail));
        }
        return Optional.empty();
    }
}
