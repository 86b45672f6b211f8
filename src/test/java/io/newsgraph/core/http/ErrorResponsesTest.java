package io.newsgraph.core.http;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.executeOnResolvers;
import static io.newsgraph.testing.GraphQLClient.variables;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsgraph.testing.GraphQLClient;
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

    /** SmallRye's Int would take "3" and fail on "ten" inside every resolver that reads it. */
    @ParameterizedTest
    @ValueSource(strings = { "ten", "3" })
    void aVariableThatIsNotOfItsBuiltInScalarTypeIsBadUserInput(String value) {
        String query = "query($first: Int) { tags(first: 2) { edges { node { articles(first: $first) { totalCount } } } } }";
        assertError(given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", Map.of("first", value)))
                .post("/graphql").then().statusCode(200), "BAD_USER_INPUT")
                .body("errors.message", hasItem(containsString("Variable 'first' has an invalid value")))
                .body("data", nullValue());
    }

    /** The same page written as a literal, given in a variable or left to its default is one page for the resolvers. */
    @Test
    void theResolversTakeANestedListPagedOneWayHoweverItsArgumentsAreWritten() {
        String query = "query($first: Int) { tags(first: 2) { edges { node {"
                + " given: articles(first: $first) { totalCount } written: articles(first: 10) { totalCount }"
                + " defaulted: articles(orderBy: PUBLISHED_AT_DESC) { totalCount } } } } }";
        assertNoErrors(given().contentType(ContentType.JSON).header(GraphQLClient.READ_PATH_HEADER, "resolvers")
                .body(Map.of("query", query, "variables", Map.of("first", 10))).post("/graphql").then().statusCode(200));
    }

    @Test
    void theSameNestedListPagedOneWayEverywhereIsFine() {
        assertNoErrors(execute("front-page", variables("first", 3)));
    }
}
