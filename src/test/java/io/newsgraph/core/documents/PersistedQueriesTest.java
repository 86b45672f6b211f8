package io.newsgraph.core.documents;

import static io.newsgraph.testing.ApolloRequests.hashOnly;
import static io.newsgraph.testing.ApolloRequests.sha256;
import static io.newsgraph.testing.ApolloRequests.withQuery;
import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsgraph.testing.ApolloRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Automatic persisted queries in Apollo's protocol, with the requests Apollo Client and urql send and the answers
 * their persisted query links act on. Each test has a query of its own, since registered hashes outlive a test.
 */
@QuarkusTest
class PersistedQueriesTest {

    /** Apollo Server's answer, word for word, with the classification every error of this API carries. */
    private static final String NOT_FOUND = "{\"errors\":[{\"message\":\"PersistedQueryNotFound\",\"extensions\":"
            + "{\"code\":\"PERSISTED_QUERY_NOT_FOUND\",\"classification\":\"PERSISTED_QUERY_NOT_FOUND\"}}]}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aHashAloneThatIsNotKnownGetsApollosNotFoundAnswerWith200WhateverTheMediaType() {
        String query = "query Unknown { unknown: tags(first: 1) { totalCount } }";
        post(hashOnly("Unknown", Map.of(), sha256(query)))
                .statusCode(200).contentType(startsWith("application/json")).body(is(NOT_FOUND));
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(hashOnly("Unknown", Map.of(), sha256(query)))
                .post("/graphql").then()
                .statusCode(200).contentType(startsWith("application/graphql-response+json")).body(is(NOT_FOUND));
    }

    @Test
    void theQueryWithItsHashRunsAndRegistersItSoThatTheHashAloneRunsIt() {
        String query = "query Registered($first: Int!) { registered: tags(first: $first) { totalCount } }";
        Map<String, Object> variables = Map.of("first", 2);
        post(hashOnly("Registered", variables, sha256(query))).statusCode(200).body(is(NOT_FOUND));
        String answer = assertNoErrors(post(withQuery(query, "Registered", variables, sha256(query))).statusCode(200))
                .body("data.registered.totalCount", greaterThan(0)).extract().asString();
        assertEquals(answer, assertNoErrors(post(hashOnly("Registered", variables, sha256(query))).statusCode(200))
                .extract().asString());
    }

    @Test
    void getWithOnlyTheHashRunsARegisteredQueryAndItsAnswerCanBeCached() {
        String query = "query ByGet { byGet: tags(first: 3) { totalCount } }";
        given().queryParam("operationName", "ByGet").queryParam("extensions", json(ApolloRequests.extensions(sha256(query))))
                .get("/graphql").then().statusCode(200)
                .header("Cache-Control", is("no-store"))
                .body(is(NOT_FOUND));
        assertNoErrors(post(withQuery(query, "ByGet", Map.of(), sha256(query))).statusCode(200));
        assertNoErrors(given().queryParam("operationName", "ByGet").queryParam("variables", "{}")
                .queryParam("extensions", json(ApolloRequests.extensions(sha256(query))))
                .get("/graphql").then().statusCode(200))
                .header("Cache-Control", startsWith("public, max-age="))
                .header("ETag", notNullValue())
                .body("data.byGet.totalCount", greaterThan(0));
    }

    @Test
    void aWrongHashIsRefusedAndRegistersNothing() {
        String query = "query Hijack { hijack: tags(first: 4) { totalCount } }";
        String othersHash = sha256("query Other { tags(first: 4) { totalCount } }");
        assertError(post(withQuery(query, "Hijack", Map.of(), othersHash)).statusCode(400), "BAD_USER_INPUT")
                .body("errors[0].message", is("provided sha does not match query"))
                .body("data", nullValue());
        post(hashOnly("Hijack", Map.of(), othersHash)).statusCode(200).body(is(NOT_FOUND));
        post(hashOnly("Hijack", Map.of(), sha256(query))).statusCode(200).body(is(NOT_FOUND));
    }

    @Test
    void aHashInUpperCaseIsNotTheQuerys() {
        String query = "query Upper { upper: tags(first: 5) { totalCount } }";
        assertError(post(withQuery(query, "Upper", Map.of(), sha256(query).toUpperCase())).statusCode(400),
                "BAD_USER_INPUT");
    }

    @Test
    void aDocumentThatCannotRunIsNotRegistered() {
        String query = "query Invalid { invalid: tags(first: 1) { nope } }";
        assertError(post(withQuery(query, "Invalid", Map.of(), sha256(query))).statusCode(200), "BAD_USER_INPUT");
        post(hashOnly("Invalid", Map.of(), sha256(query))).statusCode(200).body(is(NOT_FOUND));
    }

    @Test
    void urqlsRetryAfterAMissMarksTheExtensionAndRegistersAsWell() {
        String query = "query Urql { urql: tags(first: 6) { totalCount } }";
        Map<String, Object> retry = new LinkedHashMap<>();
        retry.put("operationName", "Urql");
        retry.put("query", query);
        retry.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(query), "miss", true)));
        assertNoErrors(post(retry).statusCode(200));
        assertNoErrors(post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash",
                sha256(query))))).statusCode(200)).body("data.urql.totalCount", greaterThan(0));
    }

    @Test
    void anUnsupportedVersionIsRefused() {
        assertError(post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash",
                sha256("{ tags { totalCount } }"))))).statusCode(400), "BAD_USER_INPUT")
                .body("errors[0].message", is("Unsupported persisted query version"));
    }

    @Test
    void malformedExtensionsAreRefused() {
        assertError(post(Map.of("extensions", Map.of("persistedQuery", "abc"))).statusCode(400), "BAD_USER_INPUT");
        assertError(post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", 42))))
                .statusCode(400), "BAD_USER_INPUT");
    }

    @Test
    void aRequestWithNeitherQueryNorHashIsRefused() {
        assertError(post(Map.of("variables", Map.of())).statusCode(400), "BAD_USER_INPUT")
                .body("errors[0].message", is("The request has no query."));
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/graphql").then();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
