package io.newsgraph.operations;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * A statement that runs too long in PostgreSQL is cancelled by its statement timeout and the client is told
 * so. The statement is made slow by another session holding a lock on the table it reads.
 */
@QuarkusTest
@TestProfile(StatementTimeoutTest.ShortTimeout.class)
class StatementTimeoutTest {

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.new-connection-sql", "set statement_timeout = '1s'");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aStatementBlockedPastTheTimeoutIsCancelledWithAClearError() throws SQLException {
        try (Connection locker = dataSource.getConnection(); Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("lock table tag in access exclusive mode");
            assertError(given().contentType(ContentType.JSON)
                    .body(Map.of("query", "{ tags(first: 1) { totalCount } }"))
                    .post("/graphql").then().statusCode(200)
                    .time(lessThan(5_000L), TimeUnit.MILLISECONDS), "QUERY_TOO_COMPLEX")
                    .body("errors[0].message", containsString("cancelled"));
            locker.rollback();
        }
    }

    @Test
    void blockedRequestsWaitSideBySideNotInTurn() throws Exception {
        int requests = 6;
        try (Connection locker = dataSource.getConnection(); Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("lock table tag in access exclusive mode");
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ tags(first: 2) { totalCount } }\"}"))
                    .build();
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, requests)
                    .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();
            for (CompletableFuture<HttpResponse<String>> response : responses) {
                assertTrue(response.get().body().contains("QUERY_TOO_COMPLEX"), () -> response.join().body());
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            // one after another, or two at a time, six one-second timeouts would take three seconds or more
            assertTrue(seconds < 3, () -> requests + " blocked requests took " + seconds + " s");
            locker.rollback();
        }
    }
}
