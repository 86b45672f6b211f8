package io.newsgraph.core.websocket;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLClient.variables;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsgraph.testing.Call;
import io.newsgraph.testing.GraphQLWebSocket;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * GraphQL over WebSocket at {@code /graphql} (graphql-transport-ws) serves subscriptions, held to the rules of HTTP: a
 * token, given in {@code connection_init} or with the upgrade, is verified, and one that fails is refused; every
 * subscription passes the same document limits. Queries and mutations go over HTTP, which refuses subscriptions.
 */
@QuarkusTest
class WebSocketTest {

    @Test
    void aTokenInConnectionInitIsVerified() {
        try (GraphQLWebSocket editor = GraphQLWebSocket.open(Map.of())) {
            editor.init(Map.of("Authorization", "Bearer " + Tokens.editor()));
            editor.subscribe("articlePublished", GraphQLWebSocket.document("article-published"), Map.of());
        }
        for (String token : new String[] { Tokens.expiredEditor(), Tokens.editorSignedByAStranger(), "not a token" }) {
            try (GraphQLWebSocket client = GraphQLWebSocket.open(Map.of())) {
                client.sendInit(Map.of("Authorization", "Bearer " + token));
                assertEquals(4403, client.awaitClosing().code(), token);
            }
        }
    }

    @Test
    void aTokenIsGivenWithTheUpgradeOrInConnectionInitNotBoth() {
        String header = "Bearer " + Tokens.editor();
        try (GraphQLWebSocket editor = GraphQLWebSocket.open(Map.of("Authorization", header))) {
            editor.init(null);
        }
        try (GraphQLWebSocket twice = GraphQLWebSocket.open(Map.of("Authorization", header))) {
            twice.sendInit(Map.of("Authorization", header));
            assertEquals(4400, twice.awaitClosing().code());
        }
    }

    @Test
    void anUpgradeWithATokenThatFailsIsRefused() {
        assertEquals(401, GraphQLWebSocket.refusedUpgrade(Map.of("Authorization", "Bearer " + Tokens.expiredEditor())));
        assertEquals(401, GraphQLWebSocket.refusedUpgrade(Map.of("Authorization", "Basic YTpi")));
    }

    @Test
    void queriesAndMutationsGoOverHttp() {
        try (GraphQLWebSocket editor = GraphQLWebSocket.open(Map.of())) {
            editor.init(Map.of("Authorization", "Bearer " + Tokens.editor()));
            for (String operation : new String[] { "{ articles(first: 1) { totalCount } }",
                    "mutation { createTag(input: {name: \"Over WebSocket\"}) { tag { id } } }" }) {
                String id = editor.execute(operation, Map.of());
                JsonNode error = editor.next();
                assertEquals("error", error.path("type").asText(), error.toString());
                assertEquals(id, error.path("id").asText());
                assertEquals("BAD_USER_INPUT", error.at("/payload/0/extensions/code").asText(), error.toString());
            }
        }
        Call.of("{ tags(first: 100) { edges { node { name } } } }").ok()
                .body("data.tags.edges.node.name", not(hasItem("Over WebSocket")));
    }

    @Test
    void subscriptionsPassTheDocumentLimitsWithTheCodeHttpGives() {
        // over the aliases allowed, and over the tokens the parser reads (which once failed without a code)
        for (int count : new int[] { 51, 1_000 }) {
            String aliases = IntStream.rangeClosed(1, count).mapToObj(i -> "a" + i + ": id")
                    .collect(Collectors.joining(" "));
            try (GraphQLWebSocket client = GraphQLWebSocket.connect()) {
                String id = client.execute("subscription($id: ID!) { commentAdded(articleId: $id) { " + aliases
                        + " } }", variables("id", "x"));
                JsonNode error = client.next();
                assertEquals("error", error.path("type").asText(), error.toString());
                assertEquals(id, error.path("id").asText());
                assertEquals("QUERY_TOO_COMPLEX", error.at("/payload/0/extensions/code").asText(), error.toString());
            }
        }
    }

    @Test
    void httpRefusesSubscriptions() {
        assertError(Call.of(GraphQLWebSocket.document("article-published")).ok(), "BAD_USER_INPUT")
                .body("data", nullValue())
                .body("errors[0].message", containsString("WebSocket"));
    }

}
