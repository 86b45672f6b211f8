package io.newsgraph.operations;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.variables;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class OperationsTest {

    @Test
    void healthSaysLiveAndReadyWithTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void aHundredThousandCharacterOperationNameMakesNoLongLabel() {
        String name = "Huge" + "x".repeat(100_000);
        assertNoErrors(given().contentType(ContentType.JSON)
                .body(Map.of("query", "query " + name + " { tags(first: 1) { totalCount } }", "operationName", name))
                .post("/graphql").then().statusCode(200));
        // the label is the name's first 100 characters, or "other" once other tests took the 200 names' places
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains(name.substring(0, 101)));
        metrics.lines().forEach(line -> assertTrue(line.length() < 1_000, () -> line.length() + " characters: "
                + line.substring(0, 200)));
    }

    @Test
    void metricsCountAndTimeOperationsByName() {
        assertNoErrors(execute("front-page", variables("first", 2)));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("graphql_operations_seconds_count{operation=\"FrontPage\",outcome=\"success\","
                        + "type=\"query\"}"));
    }
}
