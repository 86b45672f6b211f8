package io.newsgraph.core.documents;

import static io.newsgraph.testing.ApolloRequests.hashOnly;
import static io.newsgraph.testing.ApolloRequests.sha256;
import static io.newsgraph.testing.ApolloRequests.withQuery;
import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsgraph.testing.ApolloRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Only the trusted documents run, by their id or by their exact text, over HTTP and over a WebSocket; everything else
 * is refused with DOCUMENT_NOT_TRUSTED before it is parsed. Here with relay-compiler's persisted queries (MD5 ids,
 * Relay's printing); {@link CodegenTrustedDocumentsIT} runs the same against the packaged application with GraphQL
 * Codegen's persisted documents.
 */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.RelayManifest.class)
class TrustedDocumentsTest {

    static final String RELAY = "relay-persisted-queries.json";
    static final String CODEGEN = "codegen-persisted-documents.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNLISTED = "{ tags(first: 2) { totalCount } }";

    public static class RelayManifest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return trustedOnly(RELAY);
        }
    }

    static Map<String, String> trustedOnly(String manifest) {
        return Map.of("newsgraph.documents.trusted-only", "true",
                "newsgraph.documents.manifest", fixture(manifest).toString());
    }

    static Path fixture(String manifest) {
        try {
            return Path.of(TrustedDocumentsTest.class.getResource("/trusted-documents/" + manifest).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The manifest the service runs with here. */
    String manifest() {
        return RELAY;
    }

    @Test
    void aListedDocumentRunsByItsId() {
        assertNoErrors(post(hashOnly(null, Map.of(), listed("TrustedTags").getKey())).statusCode(200))
                .body("data.tags.totalCount", greaterThan(0));
    }

    @Test
    void aListedDocumentRunsByItsIdOverGetWithVariables() {
        assertNoErrors(given().queryParam("variables", "{\"first\": 2}")
                .queryParam("extensions", json(ApolloRequests.extensions(listed("TrustedFrontPage").getKey())))
                .get("/graphql").then().statusCode(200))
                .body("data.articles.edges", hasSize(2));
    }

    @Test
    void aListedDocumentRunsByItsText() {
        assertNoErrors(post(Map.of("query", listed("TrustedTags").getValue())).statusCode(200))
                .body("data.tags.totalCount", greaterThan(0));
    }

    @Test
    void anUnlistedDocumentIsRefused() {
        assertError(given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", UNLISTED)).post("/graphql").then().statusCode(400), "DOCUMENT_NOT_TRUSTED")
                .body("errors[0].message", is(TrustedDocuments.REFUSAL));
        assertError(given().queryParam("query", UNLISTED).get("/graphql").then().statusCode(200)
                .header("Cache-Control", is("no-store")), "DOCUMENT_NOT_TRUSTED");
    }

    @Test
    void anUnlistedDocumentIsRefusedBeforeItIsParsed() {
        assertError(post(Map.of("query", "{ tags(first: 2) { ")).statusCode(200), "DOCUMENT_NOT_TRUSTED");
    }

    @Test
    void anUnknownIdIsRefusedRatherThanAskedForAgain() {
        assertError(post(hashOnly(null, Map.of(), sha256(UNLISTED))).statusCode(200), "DOCUMENT_NOT_TRUSTED")
                .body(not(containsString("PersistedQueryNotFound")));
    }

    @Test
    void nothingCanBeRegistered() {
        assertError(post(withQuery(UNLISTED, null, Map.of(), sha256(UNLISTED))).statusCode(200), "DOCUMENT_NOT_TRUSTED");
        assertError(post(hashOnly(null, Map.of(), sha256(UNLISTED))).statusCode(200), "DOCUMENT_NOT_TRUSTED");
    }

    @Test
    void aListedIdWithAnotherQueryIsRefused() {
        assertError(post(withQuery(UNLISTED, null, Map.of(), listed("TrustedTags").getKey())).statusCode(400),
                "BAD_USER_INPUT").body("errors[0].message", is(ResolveDocument.HASH_MISMATCH));
    }

    @Test
    void documentsSentOverAWebSocketMustBeListedToo() throws Exception {
        assertThat(overWebSocket(UNLISTED), containsString("DOCUMENT_NOT_TRUSTED"));
        // a listed document passes the check and meets the WebSocket's own rule: subscriptions only
        String listed = overWebSocket(listed("TrustedTypename").getValue());
        assertThat(listed, not(containsString("DOCUMENT_NOT_TRUSTED")));
        assertThat(listed, containsString("runs subscriptions only"));
    }

    /** The id and text of the manifest's document of this operation. */
    private Map.Entry<String, String> listed(String operation) {
        try {
            Map<String, String> documents = JSON.readValue(fixture(manifest()).toFile(), new TypeReference<>() {
            });
            return documents.entrySet().stream().filter(document -> document.getValue().contains("query " + operation))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/graphql").then();
    }

    /** The first message the service answers a graphql-transport-ws subscription to this query with. */
    private static String overWebSocket(String query) throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://localhost:" + RestAssured.port + "/graphql"), new WebSocket.Listener() {
                    private StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            messages.add(text.toString());
                            text = new StringBuilder();
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"type\":\"connection_init\"}", true).get(10, TimeUnit.SECONDS);
            assertThat(messages.poll(10, TimeUnit.SECONDS), containsString("connection_ack"));
            socket.sendText(json(Map.of("id", "1", "type", "subscribe", "payload", Map.of("query", query))), true)
                    .get(10, TimeUnit.SECONDS);
            return messages.poll(10, TimeUnit.SECONDS);
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
