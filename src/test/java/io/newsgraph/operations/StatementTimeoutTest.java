package io.newsgraph.operations;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * A statement that runs too long in PostgreSQL is cancelled by its statement timeout and the client is told
 * so. The statement is made slow by another session holding a lock on the table it reads. The timeout is the one the
 * service ships with ({@code quarkus.datasource.jdbc.new-connection-sql}), read back from a pooled connection, so that
 * these tests share the default profile's start and check the timeout production runs with.
 */
@QuarkusTest
class StatementTimeoutTest {

    /** A read of the table's rows, which no count can stand in for. */
    private static final String TAG_NAMES = "{ tags(first: 2) { edges { node { name } } } }";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How late the cancellation may come, on a busy machine. */
    private static final Duration MARGIN = Duration.ofSeconds(4);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aStatementBlockedPastTheTimeoutIsCancelledWithAClearError() throws SQLException {
        Duration timeout = statementTimeout();
        // the first request of a document also plans it, which reads the table too: time only the blocked read
        assertNoErrors(given().contentType(ContentType.JSON).body(Map.of("query", TAG_NAMES)).post("/graphql").then());
        try (Connection locker = dataSource.getConnection(); Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("lock table tag in access exclusive mode");
            assertError(given().contentType(ContentType.JSON)
                    .body(Map.of("query", TAG_NAMES))
                    .post("/graphql").then().statusCode(200)
                    .time(lessThan(timeout.plus(MARGIN).toMillis()), TimeUnit.MILLISECONDS), "QUERY_TOO_COMPLEX")
                    .body("errors[0].message", containsString("cancelled"));
            locker.rollback();
        }
    }

    @Test
    void blockedRequestsWaitSideBySideNotInTurn() throws Exception {
        int requests = 6;
        Duration timeout = statementTimeout();
        try (Connection locker = dataSource.getConnection(); Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("lock table tag in access exclusive mode");
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", TAG_NAMES))))
                    .build();
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, requests)
                    .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();
            for (CompletableFuture<HttpResponse<String>> response : responses) {
                assertTrue(response.get().body().contains("QUERY_TOO_COMPLEX"), () -> response.join().body());
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            // one after another, or two at a time, six timeouts would take three of them or more
            assertTrue(took.compareTo(timeout.multipliedBy(3)) < 0, () -> requests + " blocked requests took " + took);
            locker.rollback();
        }
    }

    /** The statement timeout of the pool's connections, as PostgreSQL holds it. */
    private Duration statementTimeout() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select setting::bigint from pg_settings where name = 'statement_timeout'")) {
            result.next();
            Duration timeout = Duration.ofMillis(result.getLong(1));
            assertFalse(timeout.isZero(), "the pool's connections have no statement timeout");
            return timeout;
        }
    }
}
