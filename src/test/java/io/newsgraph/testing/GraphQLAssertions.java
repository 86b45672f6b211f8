package io.newsgraph.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;

public final class GraphQLAssertions {

    private GraphQLAssertions() {
    }

    public static ValidatableResponse assertNoErrors(ValidatableResponse response) {
        return response.body("errors", nullValue());
    }

    /** The response carries an error with that code, and nothing that betrays the server's internals. */
    public static ValidatableResponse assertError(ValidatableResponse response, String code) {
        return response
                .body("errors", notNullValue())
                .body("errors.extensions.code", hasItem(code))
                .body("errors.message", everyItem(not(containsString("Exception"))))
                .body("errors.message", everyItem(not(containsString("io.newsgraph"))))
                .body("errors.extensions.exception", everyItem(nullValue()))
                .body("errors.extensions.stackTrace", everyItem(nullValue()));
    }
}
