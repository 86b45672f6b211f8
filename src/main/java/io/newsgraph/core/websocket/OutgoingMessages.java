package io.newsgraph.core.websocket;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * The messages the server sends in graphql-transport-ws, as JSON text; payloads arrive as JSON already (results and
 * errors written by {@link io.newsgraph.core.execution.SubscriptionExecution}).
 */
final class OutgoingMessages {

    static final String CONNECTION_ACK = "{\"type\":\"connection_ack\"}";
    static final String PING = "{\"type\":\"ping\"}";
    static final String PONG = "{\"type\":\"pong\"}";

    private OutgoingMessages() {
    }

    /** One result of a subscription. */
    static String next(String id, String result) {
        return "{\"id\":" + quoted(id) + ",\"type\":\"next\",\"payload\":" + result + "}";
    }

    /** The errors that ended a subscription before it ran, as a JSON array. */
    static String error(String id, String errors) {
        return "{\"id\":" + quoted(id) + ",\"type\":\"error\",\"payload\":" + errors + "}";
    }

    /** The end of a subscription's results. */
    static String complete(String id) {
        return "{\"id\":" + quoted(id) + ",\"type\":\"complete\"}";
    }

    private static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
