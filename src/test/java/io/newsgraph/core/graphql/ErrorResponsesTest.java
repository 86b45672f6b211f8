package io.newsgraph.core.graphql;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.variables;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorResponsesTest {

    @Test
    void aFieldTheSchemaLacksIsBadUserInput() {
        assertError(execute("unknown-field"), "BAD_USER_INPUT")
                .body("errors.message", hasItem(containsString("authorEmail")));
    }

    @Test
    void aNestedListPagedTwoWaysInOneOperationIsRefused() {
        assertError(execute("conflicting-arguments"), "BAD_USER_INPUT")
                .body("errors.message", hasItem(containsString("Article.comments")));
    }

    @Test
    void theSameNestedListPagedOneWayEverywhereIsFine() {
        assertNoErrors(execute("front-page", variables("first", 3)));
    }
}
