package io.newsgraph.operations;

import java.util.List;
import java.util.Map;

import io.newsgraph.testing.StatementStatisticsDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A pool small enough for a test to hold all of it, which gives up on a borrow after a second, over a PostgreSQL that
 * counts the statements it executes, and no background validation, so that any validation query counted came from a
 * borrow. The pool's tests share it, so that the application starts once for them.
 */
public class SmallPool implements QuarkusTestProfile {

    /** Connections in the pool: more than the two Flyway needs at start-up. */
    public static final int SIZE = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.max-size", String.valueOf(SIZE),
                "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                "quarkus.datasource.jdbc.background-validation-interval", "1H");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StatementStatisticsDatabase.class));
    }
}
