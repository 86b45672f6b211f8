package io.newsgraph.core.planning.compiler;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.newsgraph.core.planning.writers.PlanBindings;
import io.newsgraph.core.sql.SqlParameter;

/** Binding a plan's parameters with the JDBC types pgjdbc maps to PostgreSQL's. */
public final class Jdbc {

    private Jdbc() {
    }

    /** A value in the form pgjdbc binds: an instant as a {@code timestamptz}, an enum constant as its name. */
    static Object value(Object value) {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        return value instanceof Enum<?> constant ? constant.name() : value;
    }

    public static void bind(PreparedStatement statement, List<SqlParameter> parameters, PlanBindings bindings)
            throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, value(parameters.get(i).valueFor(bindings)));
        }
    }
}
