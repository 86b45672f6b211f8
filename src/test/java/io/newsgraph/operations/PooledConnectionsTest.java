package io.newsgraph.operations;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.executeOnResolvers;
import static io.newsgraph.testing.GraphQLClient.variables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.newsgraph.core.error.ConnectionLoss;
import io.newsgraph.testing.PrometheusMetrics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The pool lends a connection without validating it first, so that PostgreSQL executes a request's own
 * statements and nothing else (one for a planned read); a connection the database has ended is discarded once a statement on it
 * fails,
 * so that it is never lent again.
 */
@QuarkusTest
@TestProfile(SmallPool.class)
class PooledConnectionsTest {

    private static final int POOL_SIZE = SmallPool.SIZE;
    private static final int FRONT_PAGES = 3;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    /** What reaches PostgreSQL for a planned front page: its one statement, whatever the page size. */
    @Test
    void aPlannedFrontPageIsOneStatementWhateverItsSize() throws SQLException {
        for (int size : new int[] { 2, 20 }) {
            assertNoErrors(execute("front-page", variables("first", size)));
            resetStatementCounts();
            for (int i = 0; i < FRONT_PAGES; i++) {
                assertNoErrors(execute("front-page", variables("first", size)));
            }
            Map<String, Long> executed = statementCounts();
            assertEquals(FRONT_PAGES, executed.values().stream().mapToLong(Long::longValue).sum(),
                    () -> "statements PostgreSQL executed for " + FRONT_PAGES + " planned front pages of " + size
                            + " articles: " + executed);
            assertEquals(1, executed.size(), () -> "statements of a planned front page: " + executed);
        }
    }

    /**
     * A page with its count is one statement too, whether the count cache gives the count (then a parameter of the
     * statement) or the statement counts it, once.
     */
    @Test
    void aPlannedPageWithItsCountIsOneStatementWhetherTheCountIsKeptOrCounted() throws SQLException, InterruptedException {
        awaitListening();
        Map<String, Object> germanArticles = variables("first", 2, "filter", Map.of("language", "de"));
        double hits = PrometheusMetrics.value("count_cache_lookups_total", "result", "hit");
        resetStatementCounts();
        for (int i = 0; i < FRONT_PAGES; i++) {
            assertNoErrors(execute("articles", germanArticles));
        }
        Map<String, Long> executed = statementCounts();
        assertEquals(FRONT_PAGES, executed.values().stream().mapToLong(Long::longValue).sum(),
                () -> "statements PostgreSQL executed for " + FRONT_PAGES + " planned pages with a count: " + executed);
        assertEquals(1, executed.size(), () -> "statements of a planned page with a count: " + executed);
        assertEquals(hits + FRONT_PAGES - 1, PrometheusMetrics.value("count_cache_lookups_total", "result", "hit"),
                "the first page counted, the others had the count from the cache");
    }

    /** What reaches PostgreSQL for a front page on the resolvers' path: Hibernate's statements, no validation. */
    @Test
    void theResolversSendPostgresTheirOwnStatementsAndNoValidationQuery() throws SQLException {
        assertNoErrors(executeOnResolvers("front-page", variables("first", 20)));
        Statistics hibernate = sessionFactory.getStatistics();
        resetStatementCounts();
        hibernate.clear();
        for (int i = 0; i < FRONT_PAGES; i++) {
            assertNoErrors(executeOnResolvers("front-page", variables("first", 20)));
        }
        Map<String, Long> executed = statementCounts();
        assertFalse(executed.keySet().stream().anyMatch(query -> query.equalsIgnoreCase("select $1")),
                () -> "validation queries among " + executed);
        assertEquals(hibernate.getPrepareStatementCount(), executed.values().stream().mapToLong(Long::longValue).sum(),
                () -> "statements PostgreSQL executed for " + FRONT_PAGES + " front pages: " + executed);
    }

    @Test
    void aConnectionTheDatabaseEndedIsDiscardedAfterItsFailedStatement() throws SQLException {
        List<Connection> pool = borrowWholePool();
        try {
            // the first connection ends the others' server processes, as a database shutting down does
            Connection survivor = pool.get(0);
            for (Connection ended : pool.subList(1, POOL_SIZE)) {
                terminateServerProcess(survivor, backendPid(ended));
            }
        } finally {
            closeAll(pool);
        }

        List<String> failures = new ArrayList<>();
        pool = borrowWholePool(failures);
        closeAll(pool);
        assertEquals(POOL_SIZE - 1, failures.size(), () -> "failures on the ended connections: " + failures);
        assertTrue(failures.stream().allMatch(ConnectionLoss::isSignalledBy), () -> "SQL states: " + failures);

        List<String> failuresAfterwards = new ArrayList<>();
        closeAll(borrowWholePool(failuresAfterwards));
        assertEquals(List.of(), failuresAfterwards, "the pool lent an ended connection again");
    }

    private List<Connection> borrowWholePool() throws SQLException {
        List<String> failures = new ArrayList<>();
        List<Connection> pool = borrowWholePool(failures);
        assertEquals(List.of(), failures);
        return pool;
    }

    /** Borrows every connection of the pool at once and runs a statement on each, noting the SQL state of failures. */
    private List<Connection> borrowWholePool(List<String> failures) throws SQLException {
        List<Connection> pool = new ArrayList<>();
        for (int i = 0; i < POOL_SIZE; i++) {
            Connection connection = dataSource.getConnection();
            pool.add(connection);
            try {
                backendPid(connection);
            } catch (SQLException e) {
                failures.add(e.getSQLState());
            }
        }
        return pool;
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void terminateServerProcess(Connection connection, int pid) throws SQLException {
        // waits up to 5 s for the process to be gone
        try (PreparedStatement statement = connection.prepareStatement("select pg_terminate_backend(?, 5000)")) {
            statement.setInt(1, pid);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                assertTrue(result.getBoolean(1), "server process " + pid + " not terminated");
            }
        }
    }

    private static void closeAll(List<Connection> connections) throws SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
    }

    /** The count cache keeps counts only while the service listens for changes, which starts just after it does. */
    private static void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (PrometheusMetrics.value("content_changes_listening") != 1) {
            assertTrue(System.nanoTime() < deadline, "the service did not listen for changes");
            Thread.sleep(20);
        }
    }

    private void resetStatementCounts() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements PostgreSQL executed since the reset, with their counts; the test's own left out. */
    private Map<String, Long> statementCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select query, calls from pg_stat_statements"
                        + " where query not like '%pg_stat_statements%' order by calls desc")) {
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
        }
        return counts;
    }
}
