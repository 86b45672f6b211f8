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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * When every connection of the pool is taken, a request waits for one no longer than the acquisition
 * timeout, then fails with a clear error; it never hangs. Here every connection of a small pool is held by the test.
 */
@QuarkusTest
@TestProfile(SmallPool.class)
class PoolExhaustionTest {

    private static final String TAG_COUNT = "{ tags(first: 1) { totalCount } }";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRequestWaitsForAConnectionThenFailsClearly() throws SQLException {
        // the first request of a document also plans it: time only the wait for a connection
        assertNoErrors(given().contentType(ContentType.JSON).body(Map.of("query", TAG_COUNT)).post("/graphql").then());
        // held open, unused, so that the pool has none left
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < SmallPool.SIZE; i++) {
                held.add(dataSource.getConnection());
            }
            assertError(given().contentType(ContentType.JSON)
                    .body(Map.of("query", TAG_COUNT))
                    .post("/graphql").then().statusCode(200)
                    .time(lessThan(4_000L), TimeUnit.MILLISECONDS), "INTERNAL_SERVER_ERROR")
                    .body("errors[0].message", containsString("too busy"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertNoErrors(execute("front-page", variables("first", 2)));
    }
}
