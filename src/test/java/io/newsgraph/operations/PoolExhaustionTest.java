package io.newsgraph.operations;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.variables;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * When every connection of the pool is taken, a request waits for one no longer than the acquisition
 * timeout, then fails with a clear error; it never hangs. Here the pool has two connections (what Flyway
 * needs at start-up), both held by the test.
 */
@QuarkusTest
@TestProfile(PoolExhaustionTest.TwoConnections.class)
class PoolExhaustionTest {

    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.max-size", "2",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    private static final String TAG_COUNT = "{ tags(first: 1) { totalCount } }";

    @Inject
    AgroalDataSource dataSource;

    @Test
    @SuppressWarnings("try") // the two connections are held open, unused, so that the pool has none left
    void aRequestWaitsForAConnectionThenFailsClearly() throws SQLException {
        // the first request of a document also plans it: time only the wait for a connection
        assertNoErrors(given().contentType(ContentType.JSON).body(Map.of("query", TAG_COUNT)).post("/graphql").then());
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            assertError(given().contentType(ContentType.JSON)
                    .body(Map.of("query", TAG_COUNT))
                    .post("/graphql").then().statusCode(200)
                    .time(lessThan(4_000L), TimeUnit.MILLISECONDS), "INTERNAL_SERVER_ERROR")
                    .body("errors[0].message", containsString("too busy"));
        }
        assertNoErrors(execute("front-page", variables("first", 2)));
    }
}
