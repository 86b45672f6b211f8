package io.newsgraph.operations;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.variables;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Test
    void healthSaysLiveAndReadyWithTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsCountAndTimeOperationsByName() {
        assertNoErrors(execute("front-page", variables("first", 2)));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("graphql_operations_seconds_count{operation=\"FrontPage\",outcome=\"success\","
                        + "type=\"query\"}"));
    }
}
