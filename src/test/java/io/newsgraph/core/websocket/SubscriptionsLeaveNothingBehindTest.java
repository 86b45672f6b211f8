package io.newsgraph.core.websocket;

import static io.newsgraph.testing.GraphQLClient.variables;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.newsgraph.core.node.GlobalId;
import io.newsgraph.testing.Call;
import io.newsgraph.testing.GraphQLWebSocket;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client that opens subscriptions and ends them, again and again, leaves nothing behind: SmallRye GraphQL's own
 * WebSocket handler kept every finished subscription reachable, and a copy with the heap it ships with (96 MiB) ran out
 * of memory after about 1,600. Here ten thousand are opened and completed, twenty to a socket, and the heap in use after
 * a full collection comes back to where it was (in the integration test, the packaged application runs with the JVM
 * options it ships with, so that a leak would stop it).
 */
@QuarkusTest
class SubscriptionsLeaveNothingBehindTest {

    private static final int SUBSCRIPTIONS = 10_000;
    private static final int PER_SOCKET = 20;
    /** Sockets open at once: fewer than one client address may hold. */
    private static final int CLIENTS = 4;
    private static final long TOLERANCE_BYTES = 10L * 1024 * 1024;
    private static final String COMMENT_ADDED = "subscription($id: ID!) { commentAdded(articleId: $id) { id body } }";

    @Test
    void tenThousandSubscriptionsOpenedAndCompletedLeaveTheHeapWhereItWas() {
        // classes loaded, caches and pools filled: what stays for good is there before the baseline
        subscribeAndComplete(1_000);
        OptionalLong before = heapInUseAfterCollection();
        subscribeAndComplete(SUBSCRIPTIONS);
        OptionalLong after = heapInUseAfterCollection();
        if (before.isPresent()) {
            long grown = after.getAsLong() - before.getAsLong();
            assertTrue(grown < TOLERANCE_BYTES, () -> "The heap in use grew by " + grown / 1024 + " KiB over "
                    + SUBSCRIPTIONS + " subscriptions");
        }
        // and the service still serves
        Call.of("{ articles(first: 1) { totalCount } }").ok();
        try (GraphQLWebSocket client = GraphQLWebSocket.connect()) {
            client.subscribe("commentAdded", COMMENT_ADDED, variables("id", GlobalId.encode("Article", 1)));
        }
    }

    /**
     * The service's heap in use after a full collection, where the test can collect it: in the JVM it shares with a
     * {@code @QuarkusTest}; not in the packaged application's.
     */
    OptionalLong heapInUseAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return OptionalLong.of(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /**
     * Opens the sockets side by side, as many clients do: one after the other, the client's round trips (the upgrade,
     * the acknowledgement, the close) were most of the test's time.
     */
    private static void subscribeAndComplete(int subscriptions) {
        Map<String, Object> article = variables("id", GlobalId.encode("Article", 1));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            CompletableFuture.allOf(IntStream.range(0, subscriptions / PER_SOCKET)
                    .mapToObj(socket -> CompletableFuture.runAsync(() -> subscribeAndComplete(socket, article), clients))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            clients.shutdownNow();
        }
    }

    /** One socket's share, from an address of its own among 200, so that no client reaches its limit of sockets. */
    private static void subscribeAndComplete(int socket, Map<String, Object> article) {
        try (GraphQLWebSocket client = GraphQLWebSocket.connect(Map.of("X-Forwarded-For",
                "198.51.100." + (socket % 200)))) {
            for (int i = 0; i < PER_SOCKET; i++) {
                client.complete(client.execute(COMMENT_ADDED, article));
            }
        }
    }
}
