package io.newsgraph.core.websocket;

import static io.newsgraph.testing.GraphQLClient.variables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsgraph.core.node.GlobalId;
import io.newsgraph.testing.GraphQLWebSocket;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One client cannot hold more of a copy than its limits allow over WebSocket, and what is not graphql-transport-ws
 * closes the socket with the protocol's code, never silently: the limits are the defaults of {@link WebSocketConfig}.
 * Each test that counts sockets comes from an address of its own, which the trusted proxy of the tests forwards.
 */
@QuarkusTest
class WebSocketLimitsTest {

    private static final int SOCKETS_PER_CLIENT = 8;
    private static final int SUBSCRIPTIONS_PER_SOCKET = 20;
    private static final int MESSAGES_PER_BURST = 100;
    private static final String COMMENT_ADDED = "subscription($id: ID!) { commentAdded(articleId: $id) { id } }";
    /** Any article's id will do: a subscription to its comments is all these tests need. */
    private static final String ARTICLE = GlobalId.encode("Article", 1);

    @Test
    void aSocketThatDoesNotInitialiseInTimeIsClosedWith4408() {
        try (GraphQLWebSocket silent = GraphQLWebSocket.open(Map.of())) {
            assertEquals(4408, silent.awaitClosing().code());
        }
    }

    @Test
    void aMessageThatIsNotOneOfTheProtocolsClosesTheSocketWith4400() {
        for (String message : List.of("not JSON", "[]", "{}", "{\"type\": 3}", "{\"type\": \"shout\"}",
                "{\"type\": \"subscribe\", \"payload\": {\"query\": \"{ __typename }\"}}",
                "{\"type\": \"complete\"}", "{\"type\": \"connection_init\", \"payload\": []}")) {
            try (GraphQLWebSocket client = message.contains("connection_init") ? GraphQLWebSocket.open(Map.of())
                    : GraphQLWebSocket.connect()) {
                client.sendText(message);
                assertEquals(4400, client.awaitClosing().code(), message);
            }
        }
        try (GraphQLWebSocket client = GraphQLWebSocket.connect()) {
            client.sendBinary(new byte[] { 1, 2, 3 });
            assertEquals(4400, client.awaitClosing().code(), "a binary message");
        }
    }

    @Test
    void aSubscribeBeforeTheAcknowledgementClosesTheSocketWith4401AndASecondInitWith4429() {
        try (GraphQLWebSocket early = GraphQLWebSocket.open(Map.of())) {
            early.execute(COMMENT_ADDED, variables("id", ARTICLE));
            assertEquals(4401, early.awaitClosing().code());
        }
        try (GraphQLWebSocket twice = GraphQLWebSocket.connect()) {
            twice.sendInit(null);
            assertEquals(4429, twice.awaitClosing().code());
        }
    }

    @Test
    void aMessageOverTheSizeLimitClosesTheSocketWith1009WhetherFragmentedOrNot() {
        String tooBig = "{\"type\": \"ping\", \"payload\": {\"padding\": \"" + "x".repeat(70_000) + "\"}}";
        try (GraphQLWebSocket whole = GraphQLWebSocket.connect()) {
            whole.sendText(tooBig);
            assertEquals(1009, whole.awaitClosing().code());
        }
        try (GraphQLWebSocket fragmented = GraphQLWebSocket.connect()) {
            List<String> fragments = new ArrayList<>();
            for (int start = 0; start < tooBig.length(); start += 20_000) {
                fragments.add(tooBig.substring(start, Math.min(tooBig.length(), start + 20_000)));
            }
            fragmented.sendFragments(fragments);
            assertEquals(1009, fragmented.awaitClosing().code());
        }
        try (GraphQLWebSocket withinTheLimit = GraphQLWebSocket.connect()) {
            withinTheLimit.sendFragments(List.of("{\"type\": \"pi", "ng\"}"));
            assertEquals("pong", withinTheLimit.next().path("type").asText());
        }
    }

    @Test
    void aSocketRunsAtMostItsLimitOfSubscriptionsAtOnce() {
        Map<String, Object> article = variables("id", ARTICLE);
        try (GraphQLWebSocket client = GraphQLWebSocket.connect()) {
            List<String> running = IntStream.range(0, SUBSCRIPTIONS_PER_SOCKET)
                    .mapToObj(i -> client.subscribe("commentAdded", COMMENT_ADDED, article)).toList();
            String refused = client.execute(COMMENT_ADDED, article);
            assertRateLimited(client.next(), refused);
            client.complete(running.get(0));
            // the subscribes above took the socket's whole burst: the next is allowed once the rate refills one
            sleep(Duration.ofSeconds(10).dividedBy(SUBSCRIPTIONS_PER_SOCKET));
            client.subscribe("commentAdded", COMMENT_ADDED, article);
        }
    }

    @Test
    void aSocketThatSubscribesFasterThanItsRateIsRefusedTheExcess() {
        Map<String, Object> article = variables("id", ARTICLE);
        try (GraphQLWebSocket client = GraphQLWebSocket.connect()) {
            List<String> ids = new ArrayList<>();
            // more than the burst, sent faster than the rate refills it, and completed at once: only refusals answer
            for (int i = 0; i < 2 * SUBSCRIPTIONS_PER_SOCKET; i++) {
                String id = client.execute(COMMENT_ADDED, article);
                client.complete(id);
                ids.add(id);
            }
            JsonNode refusal = client.next();
            assertRateLimited(refusal, refusal.path("id").asText());
            assertTrue(ids.indexOf(refusal.path("id").asText()) >= SUBSCRIPTIONS_PER_SOCKET, refusal::toString);
        }
    }

    @Test
    void aSocketThatSendsMoreMessagesThanItsRateIsClosedWith1008() {
        try (GraphQLWebSocket client = GraphQLWebSocket.connect()) {
            // twice the burst, faster than its refill: the socket is closed on the way
            try {
                for (int i = 0; i < 2 * MESSAGES_PER_BURST && !client.isClosed(); i++) {
                    client.sendText("{\"type\": \"ping\"}");
                }
            } catch (CompletionException closedMeanwhile) {
                // the service closed the socket between the check and the send
            }
            assertEquals(1008, client.awaitClosing().code());
        }
    }

    @Test
    void aClientHoldsAtMostItsLimitOfSocketsAtOnce() {
        Map<String, String> client = Map.of("X-Forwarded-For", "198.51.100.31");
        List<GraphQLWebSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < SOCKETS_PER_CLIENT; i++) {
                sockets.add(GraphQLWebSocket.open(client));
            }
            assertEquals(429, GraphQLWebSocket.refusedUpgrade(client));
            // another client is not held to this one's count
            sockets.add(GraphQLWebSocket.open(Map.of("X-Forwarded-For", "198.51.100.32")));
            sockets.remove(0).close();
            sockets.add(GraphQLWebSocket.awaitOpen(client));
        } finally {
            Collections.reverse(sockets);
            sockets.forEach(GraphQLWebSocket::close);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertRateLimited(JsonNode message, String id) {
        assertEquals("error", message.path("type").asText(), message.toString());
        assertEquals(id, message.path("id").asText(), message.toString());
        assertEquals("RATE_LIMITED", message.at("/payload/0/extensions/code").asText(), message.toString());
    }
}
