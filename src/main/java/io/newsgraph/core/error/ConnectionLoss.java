package io.newsgraph.core.error;

/**
 * The SQL states with which PostgreSQL or its driver say that a connection is gone: class 08 (connection
 * exception: refused, broken, closed) and the operator interventions 57P01 to 57P05 (the server shut down,
 * crashed, is starting, dropped the database, or ended an idle session). A statement cancelled by its timeout
 * (57014) leaves its connection usable, so it is not one of them.
 */
public final class ConnectionLoss {

    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String CONNECTION_ENDED_BY_SERVER = "57P";

    private ConnectionLoss() {
    }

    public static boolean isSignalledBy(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith(CONNECTION_EXCEPTION_CLASS) || sqlState.startsWith(CONNECTION_ENDED_BY_SERVER));
    }
}
