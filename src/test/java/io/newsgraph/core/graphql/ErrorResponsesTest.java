package io.newsgraph.core.graphql;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.executeOnResolvers;
import static io.newsgraph.testing.GraphQLClient.variables;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ErrorResponsesTest {

    @Test
    void aFieldTheSchemaLacksIsBadUserInput() {
        assertError(execute("unknown-field"), "BAD_USER_INPUT")
                .body("errors.message", hasItem(containsString("authorEmail")));
    }

    @Test
    void aDocumentThatIsNotGraphQLIsBadUserInput() {
        assertError(execute("syntax-error"), "BAD_USER_INPUT")
                .body("errors[0].locations[0].line", is(3));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{not json", "[]", "42", "{}", "{\"query\": 7}", "{\"query\": \"  \"}" })
    void aBodyThatIsNotAGraphQLRequestIsRefusedWithAnError(String body) {
        assertError(given().contentType(ContentType.JSON).body(body).when().post("/graphql").then().statusCode(400),
                "BAD_USER_INPUT");
    }

    /** The resolvers load nested lists in one batch per field; the read planner answers such operations. */
    @Test
    void theResolversRefuseANestedListPagedTwoWaysInOneOperation() {
        assertError(executeOnResolvers("conflicting-arguments", Map.of()), "BAD_USER_INPUT")
                .body("errors.message", hasItem(containsString("Article.comments")));
    }

    @Test
    void theSameNestedListPagedOneWayEverywhereIsFine() {
        assertNoErrors(execute("front-page", variables("first", 3)));
    }
}
