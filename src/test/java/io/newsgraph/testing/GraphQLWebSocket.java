package io.newsgraph.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * A client of the service's subscriptions, speaking graphql-transport-ws over a WebSocket at {@code /graphql} as
 * graphql-ws clients do (it answers the server's pings), through the JDK's WebSocket client. Every message received is
 * kept, so that a test can check what none of them holds.
 */
public final class GraphQLWebSocket implements AutoCloseable {

    public static final String PROTOCOL = "graphql-transport-ws";
    /** How long a test waits for something the service is expected to send. */
    public static final Duration PATIENCE = Duration.ofSeconds(15);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DIRECTORY = "subscriptions/";

    /** How the WebSocket was closed: its status code and reason. */
    public record Closing(int code, String reason) {
    }

    private final WebSocket socket;
    private final BlockingQueue<JsonNode> messages;
    private final List<String> received;
    private final CompletableFuture<Closing> closing;
    /** The subscriptions of this client the service has not ended: their ids and fields. */
    private final Map<String, String> open;
    private int nextId;

    private GraphQLWebSocket(WebSocket socket, Listener listener) {
        this.socket = socket;
        this.messages = listener.messages;
        this.received = listener.received;
        this.closing = listener.closing;
        this.open = listener.open;
    }

    /** Opens a WebSocket with these upgrade headers; fails if the service refuses the upgrade. */
    public static GraphQLWebSocket open(Map<String, String> headers) {
        Listener listener = new Listener();
        try {
            return new GraphQLWebSocket(builder(headers).buildAsync(uri(), listener).join(), listener);
        } catch (CompletionException e) {
            throw new AssertionError("The WebSocket upgrade failed", e.getCause());
        }
    }

    /**
     * Opens a WebSocket with these upgrade headers once the service accepts it, as it does once it has closed a socket
     * of the same client that was at its limit.
     */
    public static GraphQLWebSocket awaitOpen(Map<String, String> headers) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return open(headers);
            } catch (AssertionError refused) {
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
                Await.pause();
            }
        }
    }

    /** Opens a WebSocket and initialises the connection without a payload; fails unless it is acknowledged. */
    public static GraphQLWebSocket connect() {
        return connect(Map.of());
    }

    /** As {@link #connect()}, with these upgrade headers, once the service accepts them (see {@link #awaitOpen}). */
    public static GraphQLWebSocket connect(Map<String, String> headers) {
        GraphQLWebSocket client = awaitOpen(headers);
        client.init(null);
        return client;
    }

    /** The HTTP status with which the service refuses a WebSocket upgrade with these headers. */
    public static int refusedUpgrade(Map<String, String> headers) {
        try {
            builder(headers).buildAsync(uri(), new Listener()).join().abort();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
        throw new AssertionError("The WebSocket upgrade was accepted");
    }

    /** A subscription document kept under {@code src/test/resources/subscriptions}. */
    public static String document(String name) {
        String path = DIRECTORY + name + ".graphql";
        try (InputStream in = GraphQLWebSocket.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No GraphQL document at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code connection_init} with this payload, or none, and fails unless the service acknowledges it. */
    public void init(Map<String, Object> payload) {
        sendInit(payload);
        JsonNode answer = next();
        if (!"connection_ack".equals(answer.path("type").asText())) {
            throw new AssertionError("The connection was not acknowledged: " + answer);
        }
    }

    /** Sends {@code connection_init} with this payload, or none. */
    public void sendInit(Map<String, Object> payload) {
        Map<String, Object> message = new HashMap<>();
        message.put("type", "connection_init");
        if (payload != null) {
            message.put("payload", payload);
        }
        send(message);
    }

    /**
     * Subscribes to a subscription field, and waits until the service counts the subscription and listens for changes
     * (it starts with the first subscriber), so that an event caused afterwards reaches it; returns the subscription's
     * id.
     */
    public String subscribe(String field, String query, Map<String, Object> variables) {
        double before = PrometheusMetrics.value("live_events_subscribers", "field", field);
        String id = Integer.toString(++nextId);
        // before it is sent, so that its end, however soon, is seen
        open.put(id, field);
        send(id, query, variables);
        Await.until("the service counts the subscription to " + field,
                () -> PrometheusMetrics.value("live_events_subscribers", "field", field) > before);
        awaitListening();
        return id;
    }

    /** Waits until the service listens for changes to the content. */
    public static void awaitListening() {
        Await.until("the service listening for changes", () -> PrometheusMetrics.value("content_changes_listening") == 1);
    }

    /** Sends an operation in a {@code subscribe} message, whatever it is; returns its id. */
    public String execute(String query, Map<String, Object> variables) {
        String id = Integer.toString(++nextId);
        send(id, query, variables);
        return id;
    }

    private void send(String id, String query, Map<String, Object> variables) {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
    }

    /** Ends a subscription of this client, as a client does when it no longer wants its events. */
    public void complete(String id) {
        open.remove(id);
        send(Map.of("id", id, "type", "complete"));
    }

    /** Whether the service closed the WebSocket. */
    public boolean isClosed() {
        return closing.isDone();
    }

    /** Sends text as it is, as one message: for what a well-behaved client does not send. */
    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends one text message in fragments, each in a frame of its own. */
    public void sendFragments(List<String> fragments) {
        for (int i = 0; i < fragments.size(); i++) {
            socket.sendText(fragments.get(i), i == fragments.size() - 1).join();
        }
    }

    /** Sends a binary message, which the protocol does not have. */
    public void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** The next message other than a ping; fails after {@link #PATIENCE}. */
    public JsonNode next() {
        try {
            JsonNode message = messages.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("No message within " + PATIENCE + "; received " + received
                        + (closing.isDone() ? ", closed " + closing.join() : ""));
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The payload of the next message, which must be a {@code next} of this subscription. */
    public JsonNode nextEvent(String id) {
        JsonNode message = next();
        if (!"next".equals(message.path("type").asText()) || !id.equals(message.path("id").asText())) {
            throw new AssertionError("Expected an event of subscription " + id + ", got " + message);
        }
        return message.path("payload");
    }

    /**
     * Asserts that the subscription {@code id} was refused for its arguments: one event with {@code field} null and a
     * BAD_USER_INPUT error, then {@code complete}.
     */
    public void assertRefusedAsBadInput(String id, String field) {
        JsonNode refused = nextEvent(id);
        if (!refused.path("data").path(field).isNull()
                || !"BAD_USER_INPUT".equals(refused.at("/errors/0/extensions/code").asText())) {
            throw new AssertionError("Expected " + field + " refused with BAD_USER_INPUT, got " + refused);
        }
        JsonNode after = next();
        if (!"complete".equals(after.path("type").asText())) {
            throw new AssertionError("Expected the refused subscription " + id + " to complete, got " + after);
        }
    }

    /** How the service closed the WebSocket, waiting for it to do so. */
    public Closing awaitClosing() {
        try {
            return closing.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("The WebSocket was not closed; received " + received, e);
        }
    }

    /** Every text message received so far, as sent. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** Closes the WebSocket and waits until the service no longer counts this client's subscriptions. */
    @Override
    public void close() {
        Map<String, Long> ended = new HashMap<>();
        open.values().forEach(field -> ended.merge(field, 1L, Long::sum));
        Map<String, Double> before = new HashMap<>();
        ended.keySet().forEach(field -> before.put(field, PrometheusMetrics.value("live_events_subscribers", "field",
                field)));
        if (!socket.isOutputClosed()) {
            // the service may be closing it at the same moment
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(closed -> socket).join();
        }
        ended.forEach((field, count) -> Await.until("the service forgets the subscriptions to " + field,
                () -> PrometheusMetrics.value("live_events_subscribers", "field", field) <= before.get(field) - count));
        socket.abort();
    }

    private void send(Map<String, Object> message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebSocket.Builder builder(Map<String, String> headers) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().subprotocols(PROTOCOL)
                .connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        return builder;
    }

    private static URI uri() {
        return URI.create(RestAssured.baseURI.replaceFirst("^http", "ws") + ":" + RestAssured.port + "/graphql");
    }

    private static final class Listener implements WebSocket.Listener {

        private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        private final List<String> received = new CopyOnWriteArrayList<>();
        private final CompletableFuture<Closing> closing = new CompletableFuture<>();
        private final Map<String, String> open = new ConcurrentHashMap<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                received.add(message);
                try {
                    JsonNode json = JSON.readTree(message);
                    String type = json.path("type").asText();
                    if ("ping".equals(type)) {
                        socket.sendText("{\"type\":\"pong\"}", true);
                    } else {
                        if ("complete".equals(type) || "error".equals(type)) {
                            open.remove(json.path("id").asText());
                        }
                        messages.add(json);
                    }
                } catch (IOException e) {
                    messages.add(JSON.createObjectNode().put("type", "not JSON").put("text", message));
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closing.complete(new Closing(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closing.completeExceptionally(error);
        }
    }

    /** Waits for a condition the service reaches a moment after something happened. */
    private static final class Await {

        static void until(String what, BooleanSupplier condition) {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Waited " + PATIENCE + " for " + what);
                }
                pause();
            }
        }

        static void pause() {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
