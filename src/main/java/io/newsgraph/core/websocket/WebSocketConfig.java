package io.newsgraph.core.websocket;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What one client may hold open over GraphQL's WebSocket, per copy of the service. */
@ConfigMapping(prefix = "newsgraph.websocket")
public interface WebSocketConfig {

    /** Sockets one client address may keep open at once; an upgrade beyond is refused with 429. */
    @WithDefault("8")
    int maxSocketsPerClient();

    /** Subscriptions one socket may run at once; a subscribe beyond gets an error (RATE_LIMITED). */
    @WithDefault("20")
    int maxSubscriptionsPerSocket();

    /**
     * How often the service pings an acknowledged socket: the pings keep a quiet subscription's socket from meeting the
     * HTTP server's idle timeout ({@code quarkus.http.idle-timeout}), which must be longer, and from a proxy's.
     */
    @WithDefault("10S")
    Duration keepAlive();

    /** Time a socket has to send {@code connection_init} before it is closed with 4408. */
    @WithDefault("3S")
    Duration connectionInitTimeout();

    /**
     * The largest message a client may send, fragmented or not; a larger one closes the socket with 1009. A single
     * frame is held to the HTTP server's own limit too, 64 KiB by default.
     */
    @WithDefault("64K")
    MemorySize maxMessageSize();

    /**
     * Subscribe messages one socket may send: a burst of this many, refilled evenly over the period; a subscribe beyond
     * gets an error (RATE_LIMITED).
     */
    SubscribeRate subscribeRate();

    /**
     * Messages of any kind one socket may send (pings included): a burst of this many, refilled evenly over the period;
     * a socket that sends more is closed with 1008. A client pings every few seconds at most, and subscribes at its own
     * rate, well within it.
     */
    MessageRate messageRate();

    interface SubscribeRate {

        @WithDefault("20")
        int requests();

        @WithDefault("10S")
        Duration period();
    }

    interface MessageRate {

        @WithDefault("100")
        int requests();

        @WithDefault("10S")
        Duration period();
    }
}
