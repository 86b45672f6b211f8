package io.newsgraph.core.websocket;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.bucket4j.Bucket;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.execution.SubscriptionExecution;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;

/**
 * One socket speaking graphql-transport-ws (the protocol of the graphql-ws library, which Apollo Client and urql use):
 * {@code connection_init} within a time, acknowledged once, with a token in its payload or with the upgrade but not
 * both; then {@code subscribe} and {@code complete} by operation id, {@code ping} and {@code pong}. What the protocol
 * does not allow closes the socket with its code: 4400 for a message that is not one of its messages, 4401 for a
 * subscribe before the acknowledgement, 4403 for a token that fails, 4408 when {@code connection_init} does not come in
 * time, 4409 for an id in use, 4429 for a second {@code connection_init}; 1009 for a message over the size limit, 1008
 * for more messages than the socket's rate allows. Once acknowledged, the socket is pinged now and then, as
 * graphql-transport-ws lets either side ping, so that a quiet subscription outlives idle timeouts.
 * Everything here runs on the socket's event loop, but for starting a subscription (on a worker thread).
 */
final class GraphQLTransportWsConnection {

    static final String PROTOCOL = "graphql-transport-ws";

    private static final Logger LOG = Logger.getLogger(GraphQLTransportWsConnection.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REASON_BYTES = 123;
    private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() {
    };

    private enum Phase {
        AWAITING_INIT,
        AUTHENTICATING,
        ACKNOWLEDGED
    }

    private final ServerWebSocket socket;
    private final Vertx vertx;
    private final Context context;
    private final WebSocketConfig config;
    private final SubscriptionExecution execution;
    private final InitPayloadAuthentication authentication;
    private final String initPayloadAuthorization;
    private final TextMessages messages;
    private final Bucket subscribes;
    private final Bucket messageRate;
    private final Map<String, Subscription> subscriptions = new HashMap<>();
    /** Whether the upgrade carried credentials, which connection_init may then not carry again. */
    private final boolean authenticatedByUpgrade;
    private SecurityIdentity requester;
    private Phase phase = Phase.AWAITING_INIT;
    private long initTimer;
    private long expiryTimer = -1;
    private long keepAliveTimer = -1;
    private boolean closed;

    GraphQLTransportWsConnection(ServerWebSocket socket, Vertx vertx, WebSocketConfig config,
            SubscriptionExecution execution, InitPayloadAuthentication authentication, String initPayloadAuthorization,
            Requester upgrade) {
        this.socket = socket;
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.config = config;
        this.execution = execution;
        this.authentication = authentication;
        this.initPayloadAuthorization = initPayloadAuthorization;
        this.messages = new TextMessages(config.maxMessageSize().asLongValue());
        this.subscribes = bucket(config.subscribeRate().requests(), config.subscribeRate().period());
        this.messageRate = bucket(config.messageRate().requests(), config.messageRate().period());
        this.requester = upgrade.identity();
        this.authenticatedByUpgrade = upgrade.authenticated();
    }

    /** Who opened the socket, as the upgrade request said. */
    record Requester(SecurityIdentity identity, boolean authenticated) {
    }

    /** Starts reading the socket; call once, on its event loop, after the close handler is set to call {@link #closed}. */
    void start() {
        socket.frameHandler(this::frame);
        socket.exceptionHandler(failure -> LOG.debugf("WebSocket failure: %s", failure.getMessage()));
        initTimer = vertx.setTimer(config.connectionInitTimeout().toMillis(), timer -> {
            if (phase != Phase.ACKNOWLEDGED) {
                close(4408, "Connection initialisation timeout");
            }
        });
        expireWith(requester);
    }

    /** Ends every subscription of the socket, which is closed. */
    void closed() {
        closed = true;
        vertx.cancelTimer(initTimer);
        vertx.cancelTimer(expiryTimer);
        vertx.cancelTimer(keepAliveTimer);
        List.copyOf(subscriptions.values()).forEach(Subscription::cancel);
        subscriptions.clear();
    }

    void onLoop(Runnable action) {
        context.runOnContext(ignored -> action.run());
    }

    Future<Void> sendNext(String id, String result) {
        return send(OutgoingMessages.next(id, result));
    }

    void sendError(String id, String errors) {
        send(OutgoingMessages.error(id, errors));
    }

    void sendComplete(String id) {
        send(OutgoingMessages.complete(id));
    }

    /** Forgets a subscription that ended by itself. */
    void ended(Subscription subscription) {
        subscriptions.remove(subscription.id(), subscription);
    }

    private void frame(WebSocketFrame frame) {
        Optional<String> message;
        try {
            message = messages.add(frame);
        } catch (TextMessages.TooBig e) {
            close(1009, e.getMessage());
            return;
        } catch (TextMessages.NotText e) {
            close(4400, e.getMessage());
            return;
        }
        message.ifPresent(this::message);
    }

    private void message(String text) {
        if (!messageRate.tryConsume(1)) {
            close(1008, "Too many messages");
            return;
        }
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            close(4400, "The message is not JSON.");
            return;
        }
        if (message == null || !message.isObject() || !message.path("type").isTextual()) {
            close(4400, "A message is a JSON object with a type.");
            return;
        }
        switch (message.get("type").asText()) {
            case "connection_init" -> init(message.get("payload"));
            case "ping" -> send(OutgoingMessages.PONG);
            case "pong" -> {
            }
            case "subscribe" -> subscribe(message.get("id"), message.get("payload"));
            case "complete" -> complete(message.get("id"));
            default -> close(4400, "Unexpected message type");
        }
    }

    private void init(JsonNode payload) {
        if (phase != Phase.AWAITING_INIT) {
            close(4429, "Too many initialisation requests");
            return;
        }
        if (payload != null && !payload.isNull() && !payload.isObject()) {
            close(4400, "The payload of connection_init is a JSON object.");
            return;
        }
        JsonNode authorization = payload == null ? null : payload.get(initPayloadAuthorization);
        if (authorization == null || authorization.isNull()) {
            acknowledge();
            return;
        }
        if (!authorization.isTextual()) {
            close(4400, initPayloadAuthorization + " in connection_init is a string.");
            return;
        }
        if (authenticatedByUpgrade) {
            close(4400, "Credentials come with the upgrade or in connection_init, not both.");
            return;
        }
        phase = Phase.AUTHENTICATING;
        authentication.authenticate(authorization.asText()).subscribe().with(
                identity -> onLoop(() -> {
                    requester = identity;
                    expireWith(identity);
                    acknowledge();
                }),
                failure -> onLoop(() -> close(4403, "Forbidden")));
    }

    private void acknowledge() {
        if (closed) {
            return;
        }
        phase = Phase.ACKNOWLEDGED;
        vertx.cancelTimer(initTimer);
        send(OutgoingMessages.CONNECTION_ACK);
        keepAliveTimer = vertx.setPeriodic(config.keepAlive().toMillis(), timer -> send(OutgoingMessages.PING));
    }

    /** Closes the socket when the requester's credentials expire, as an HTTP request with them would be refused. */
    private void expireWith(SecurityIdentity identity) {
        if (identity.getAttribute("quarkus.identity.expire-time") instanceof Long expiresAt) {
            vertx.cancelTimer(expiryTimer);
            long delay = Math.max(1, expiresAt * 1000 - System.currentTimeMillis());
            expiryTimer = vertx.setTimer(delay, timer -> close(1008, "Authentication expired"));
        }
    }

    private void subscribe(JsonNode id, JsonNode payload) {
        if (phase != Phase.ACKNOWLEDGED) {
            close(4401, "Unauthorized");
            return;
        }
        if (id == null || !id.isTextual() || id.asText().isEmpty() || payload == null || !payload.isObject()) {
            close(4400, "A subscribe message has an id and a payload object.");
            return;
        }
        String operation = id.asText();
        if (subscriptions.containsKey(operation)) {
            close(4409, "Subscriber for " + operation + " already exists");
            return;
        }
        if (subscriptions.size() >= config.maxSubscriptionsPerSocket()) {
            sendError(operation, SubscriptionExecution.refusal(ErrorCode.RATE_LIMITED, "A socket runs at most "
                    + config.maxSubscriptionsPerSocket() + " subscriptions at once: complete one first."));
            return;
        }
        if (!subscribes.tryConsume(1)) {
            sendError(operation, SubscriptionExecution.refusal(ErrorCode.RATE_LIMITED, "Too many subscriptions started"
                    + " on this socket of late: wait a moment."));
            return;
        }
        Subscription subscription = new Subscription(operation, this);
        subscriptions.put(operation, subscription);
        Map<String, Object> request = JSON.convertValue(payload, PAYLOAD);
        SecurityIdentity subscriber = requester;
        // a context of its own, where the request context of its start lives: the subscriptions of a socket start at
        // the same time on several worker threads
        VertxContext.createNewDuplicatedContext(context).executeBlocking(() -> execution.start(request, subscriber),
                false).onComplete(started -> {
                    if (started.succeeded()) {
                        subscription.started(started.result());
                    } else {
                        LOG.error("A subscription failed to start", started.cause());
                        subscription.started(new SubscriptionExecution.Refused(SubscriptionExecution.internalError()));
                    }
                });
    }

    private void complete(JsonNode id) {
        if (id == null || !id.isTextual()) {
            close(4400, "A complete message has an id.");
            return;
        }
        Subscription subscription = subscriptions.remove(id.asText());
        if (subscription != null) {
            subscription.cancel();
        }
    }

    private Future<Void> send(String message) {
        if (closed) {
            return Future.failedFuture("The socket is closed");
        }
        return socket.writeTextMessage(message);
    }

    private void close(int code, String reason) {
        if (!closed) {
            socket.close((short) code, fitting(reason));
        }
    }

    private static Bucket bucket(int requests, Duration period) {
        return Bucket.builder().addLimit(limit -> limit.capacity(requests).refillGreedy(requests, period)).build();
    }

    /** A close frame's reason takes 123 bytes at most; an id quoted in one may be longer. */
    private static String fitting(String reason) {
        String fitting = reason.length() > MAX_REASON_BYTES ? reason.substring(0, MAX_REASON_BYTES) : reason;
        while (fitting.getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
            fitting = fitting.substring(0, fitting.offsetByCodePoints(fitting.length(), -1));
        }
        return fitting;
    }
}
