package io.newsgraph.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsgraph.testing.GraphQLWebSocket;
import io.newsgraph.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client whose request headers never end is disconnected once {@code quarkus.http.idle-timeout} has passed without
 * a byte from it, rather than holding a connection for as long as it likes; a quiet WebSocket subscriber, whom the
 * service pings, is not.
 */
@QuarkusTest
class HeaderReadTimeoutTest {

    /** How late the disconnection may come: the idle check runs on a timer of the event loop. */
    private static final Duration MARGIN = Duration.ofSeconds(5);
    /** The longest a connection may be held without a byte, whatever the configuration says. */
    private static final Duration BOUND = Duration.ofMinutes(1);

    @Test
    void aClientWhoseHeadersNeverEndIsDisconnectedAndAQuietSubscriberIsNot() throws IOException {
        Duration timeout = ConfigProvider.getConfig().getValue("quarkus.http.idle-timeout", Duration.class);
        assertTrue(timeout.compareTo(BOUND) <= 0, "a silent client may hold a connection for " + timeout);
        try (GraphQLWebSocket subscriber = GraphQLWebSocket.connect(); Socket slow = RawHttp.connect("127.0.0.1")) {
            long start = System.nanoTime();
            slow.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Never-Ends: a"
                    .getBytes(StandardCharsets.US_ASCII));
            slow.setSoTimeout((int) timeout.plus(MARGIN).toMillis());
            assertDisconnected(slow.getInputStream());
            Duration held = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(held.compareTo(timeout.plus(MARGIN)) < 0, "held for " + held);

            // still open: it answers a subscription the schema refuses
            String id = subscriber.execute("subscription { noSuchField }", Map.of());
            JsonNode answer = subscriber.next();
            assertEquals("error", answer.path("type").asText(), answer.toString());
            assertEquals(id, answer.path("id").asText(), answer.toString());
        }
    }

    /** Waits for the end of the connection, which the service closes without an answer (or resets). */
    private static void assertDisconnected(InputStream in) throws IOException {
        try {
            assertEquals(-1, in.read(), "the service answered headers that never ended");
        } catch (SocketException reset) {
            // closed with a reset: disconnected all the same
        }
    }
}
