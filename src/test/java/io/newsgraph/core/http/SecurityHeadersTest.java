package io.newsgraph.core.http;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Every answer of the service says {@code X-Content-Type-Options: nosniff}, so that no browser takes an answer for
 * another type than the one it declares (a JSON answer run as a script, a text shown as HTML): the API's answers and
 * refusals, the site's pages and files, Quarkus's endpoints and errors.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final String QUERY = "{ articles(first: 1) { edges { node { title } } } }";

    @Test
    void theApiAnswersSayNosniff() {
        assertNosniff(given().contentType(ContentType.JSON).body(Map.of("query", QUERY)).post("/graphql").then()
                .statusCode(200));
        assertNosniff(given().queryParam("query", QUERY).get("/graphql").then().statusCode(200));
    }

    @Test
    void theApiRefusalsSayNosniff() {
        assertNosniff(given().contentType(ContentType.TEXT).body(QUERY).post("/graphql").then().statusCode(415));
        assertNosniff(given().contentType(ContentType.JSON).body("[]").post("/graphql").then().statusCode(400));
        assertNosniff(given().contentType(ContentType.JSON).header("Authorization", "Bearer not-a-token")
                .body(Map.of("query", QUERY)).post("/graphql").then().statusCode(401));
    }

    @Test
    void theSitesPagesAndFilesSayNosniff() {
        assertNosniff(given().get("/").then().statusCode(200));
        assertNosniff(given().get("/articles/any-slug").then().statusCode(200));
        assertNosniff(given().get("/app/main.js").then().statusCode(200));
        assertNosniff(given().get("/app/style.css").then().statusCode(200));
    }

    @Test
    void quarkusEndpointsAndErrorsSayNosniff() {
        assertNosniff(given().get("/q/health/live").then().statusCode(200));
        assertNosniff(given().get("/graphql/schema.graphql").then().statusCode(200));
        assertNosniff(given().get("/no-such-page").then().statusCode(404));
        assertNosniff(given().delete("/graphql").then().statusCode(405));
    }

    private static void assertNosniff(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff");
    }
}
