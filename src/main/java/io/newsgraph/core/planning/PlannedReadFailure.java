package io.newsgraph.core.planning;

import java.io.Serial;
import java.sql.SQLException;

/** The database failed a planned read: the client gets the error the resolvers would give for that failure. */
public final class PlannedReadFailure extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    PlannedReadFailure(SQLException cause) {
        super(cause.getMessage(), cause, false, false);
    }
}
