package io.newsgraph.core.websocket;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many sockets each client address holds open on this copy. An address is remembered only while it holds one, so
 * the map is bounded by the sockets open, which the limit per address bounds in turn.
 */
@ApplicationScoped
class ClientSockets {

    private final Map<String, Integer> open = new ConcurrentHashMap<>();
    private final int maxPerClient;

    ClientSockets(WebSocketConfig config) {
        this.maxPerClient = config.maxSocketsPerClient();
    }

    /** Counts a socket the client opens; false, counting nothing, when it holds as many as it may already. */
    boolean open(String client) {
        AtomicBoolean opened = new AtomicBoolean();
        open.compute(client, (address, count) -> {
            int held = count == null ? 0 : count;
            if (held >= maxPerClient) {
                return count;
            }
            opened.set(true);
            return held + 1;
        });
        return opened.get();
    }

    /** Forgets a socket the client closed. */
    void close(String client) {
        open.computeIfPresent(client, (address, count) -> count == 1 ? null : count - 1);
    }
}
