package io.newsgraph.core.http;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.variables;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * What production can turn off at run time: introspection, with its field suggestions, GraphiQL, and GET. Checked
 * against the packaged application only, which is what production runs: a start of its own in either phase, it would
 * prove nothing more under {@code @QuarkusTest}.
 */
@QuarkusIntegrationTest
@TestProfile(ProductionSwitchesIT.Locked.class)
class ProductionSwitchesIT {

    public static class Locked implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.smallrye-graphql.field-visibility", "no-introspection",
                    "quarkus.smallrye-graphql.ui.enabled", "false",
                    "quarkus.smallrye-graphql.http.get.enabled", "false");
        }
    }

    @Test
    void introspectionIsRefusedWhenOff() {
        assertError(given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __schema { types { name } } }"))
                .post("/graphql").then().statusCode(200), "BAD_USER_INPUT");
        assertError(given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __type(name: \"Article\") { fields { name } } }"))
                .post("/graphql").then().statusCode(200), "BAD_USER_INPUT");
    }

    @Test
    void errorsSuggestNoFieldNamesWhenIntrospectionIsOff() {
        assertError(given().contentType(ContentType.JSON).body(Map.of("query", "{ tags { totalCont } }"))
                .post("/graphql").then().statusCode(200), "BAD_USER_INPUT")
                .body("errors.message", everyItem(not(containsString("Did you mean"))));
    }

    @Test
    void queriesStillRun() {
        assertNoErrors(execute("front-page", variables("first", 2)));
    }

    @Test
    void graphiqlIsGone() {
        given().get("/q/graphql-ui/").then().statusCode(404);
    }

    @Test
    void getIsRefusedWhenOff() {
        assertError(given().queryParam("query", "{ tags(first: 1) { totalCount } }").get("/graphql").then()
                .statusCode(405).header("Allow", "POST"), "BAD_USER_INPUT");
    }
}
