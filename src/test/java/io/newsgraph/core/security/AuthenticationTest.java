package io.newsgraph.core.security;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.Call;
import io.newsgraph.testing.RawHttp;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Only a valid bearer token in the Authorization header authenticates; a request whose credentials fail is refused
 * before anything answers it, and a request with credentials never gets an answer meant for any reader.
 */
@QuarkusTest
class AuthenticationTest {

    private static final String FRONT_PAGE = "{ articles(first: 2) { edges { node { title } } } }";
    private static final String CREATE_TAG = "mutation { createTag(input: {name: \"never created\"}) { tag { id } } }";

    @Test
    void aTokenThatFailsIsRefusedWithUnauthenticated() {
        for (String token : new String[] { "not-a-token", Tokens.expiredEditor(), Tokens.editorSignedByAStranger(),
                Tokens.editorFromAnotherIssuer() }) {
            assertError(Call.of(FRONT_PAGE).as(token).send().statusCode(401)
                    .header("WWW-Authenticate", containsString("Bearer")), "UNAUTHENTICATED");
        }
    }

    @Test
    void anAuthorizationHeaderWithoutABearerTokenIsRefused() {
        assertError(given().contentType(ContentType.JSON).header("Authorization", "Basic ZWRpdG9yOmVkaXRvcg==")
                .body(Map.of("query", FRONT_PAGE)).post("/graphql").then().statusCode(401), "UNAUTHENTICATED");
    }

    @Test
    void aTokenWhoseGroupsAreTextIsRefusedWhateverItAsks() {
        for (String groups : new String[] { Roles.EDITOR, "reader " + Roles.EDITOR }) {
            String token = Tokens.withGroupsAsText(groups);
            assertError(Call.of(CREATE_TAG).as(token).send().statusCode(401), "UNAUTHENTICATED")
                    .body("errors[0].message", containsString("groups"));
            assertError(Call.of(FRONT_PAGE).as(token).send().statusCode(401), "UNAUTHENTICATED");
        }
    }

    @Test
    void aGroupGrantsARoleOnlyByItsExactName() {
        assertError(Call.of(CREATE_TAG).as(Tokens.withRoles("Editor", " editor", "editor moderator")).ok(), "FORBIDDEN");
    }

    @Test
    void twoAuthorizationHeadersAreRefusedWith400() {
        // each one valid, so that only their number can be the reason
        assertError(given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.editor())
                .header("Authorization", "Bearer " + Tokens.moderator()).body(Map.of("query", FRONT_PAGE))
                .post("/graphql").then().statusCode(400), "BAD_USER_INPUT");
    }

    @Test
    void aWebSocketUpgradeWithTwoAuthorizationHeadersIsRefusedWith400() {
        String response = RawHttp.exchange("127.0.0.1", "GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n"
                + "Authorization: Bearer " + Tokens.editor() + "\r\nAuthorization: Bearer " + Tokens.moderator()
                + "\r\n\r\n", new byte[0]);
        assertTrue(response.startsWith("HTTP/1.1 400 "), response);
        assertTrue(response.contains("\"BAD_USER_INPUT\""), response);
    }

    @Test
    void aValidTokenReadsAsEveryoneDoes() {
        assertNoErrors(Call.of(FRONT_PAGE).as(Tokens.moderator()).ok())
                .body("data.articles.edges[0].node.title", notNullValue());
    }

    @Test
    void aCookieNeverAuthenticates() {
        assertError(given().contentType(ContentType.JSON).cookie("Bearer", Tokens.editor())
                .cookie("Authorization", "Bearer " + Tokens.editor())
                .body(Map.of("query", CREATE_TAG)).post("/graphql").then().statusCode(200), "UNAUTHENTICATED");
    }

    @Test
    void anAnswerToRequestsWithCredentialsIsNeverShared() {
        given().queryParam("query", FRONT_PAGE).get("/graphql").then().statusCode(200)
                .header("Cache-Control", startsWith("public, max-age=")).header("Vary", containsString("Authorization"));
        given().header("Authorization", "Bearer " + Tokens.editor()).queryParam("query", FRONT_PAGE).get("/graphql")
                .then().statusCode(200).header("Cache-Control", is("private, no-store"))
                .header("Vary", containsString("Authorization"));
    }
}
