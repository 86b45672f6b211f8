package io.newsgraph.core.graphql;

import java.sql.SQLException;
import java.util.Optional;

import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.persistence.ConnectionLoss;

/**
 * The database failures a client can understand and act on: a statement cancelled for running too long,
 * a database that cannot be reached, no connection free in time. Anything else stays an internal error.
 *
 * @param detail what happened, for the server's log only
 */
public record DatabaseFailure(ErrorCode code, String message, String detail) {

    private static final String QUERY_CANCELED = "57014";

    public static Optional<DatabaseFailure> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                Optional<DatabaseFailure> known = of(sql);
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseFailure> of(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = state + " " + sql.getMessage();
        if (state.equals(QUERY_CANCELED)) {
            return Optional.of(new DatabaseFailure(ErrorCode.QUERY_TOO_COMPLEX,
                    "The query ran longer than the database allows and was cancelled: ask for less.", detail));
        }
        if (ConnectionLoss.isSignalledBy(state)) {
            return Optional.of(new DatabaseFailure(ErrorCode.INTERNAL_SERVER_ERROR,
                    "The database is unavailable; try again in a few seconds.", detail));
        }
        if (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
            return Optional.of(new DatabaseFailure(ErrorCode.INTERNAL_SERVER_ERROR,
                    "The service is too busy to answer now; try again in a few seconds.", detail));
        }
        return Optional.empty();
    }
}
