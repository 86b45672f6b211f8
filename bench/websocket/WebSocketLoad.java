import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/websocket-flood.sh, run with the JDK alone (java bench/websocket/WebSocketLoad.java ...):
 *
 * <pre>
 *   flood   PORT COUNT PER_SOCKET     COUNT subscriptions to commentAdded, PER_SOCKET to a socket, each completed at once
 *   attack  PORT SECONDS SOCKETS SUBS one client at its limits: SOCKETS sockets of SUBS subscriptions each, churned at the
 *                                     subscribe rate, with pings at the message rate
 *   queries PORT SECONDS CONNECTIONS  other clients: a front page by POST, back to back on each connection; prints
 *                                     "requests N failures F p50_ms X p99_ms Y"
 *   writer  PORT SECONDS              a reader commenting on the first article, five times a second
 * </pre>
 */
public class WebSocketLoad {

    static final String PROTOCOL = "graphql-transport-ws";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String COMMENT_ADDED = "subscription($a: ID!) { commentAdded(articleId: $a) { id body createdAt"
            + " article { id title commentCount } } }";
    static final String FRONT_PAGE = "{ articles(first: 20) { edges { node { id title lede publishedAt"
            + " readingTimeMinutes author { name } source { name } tags { name } commentCount } } } }";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        switch (args[0]) {
            case "flood" -> flood(port, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "attack" -> attack(port, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "queries" -> queries(port, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "writer" -> writer(port, Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void flood(int port, int count, int perSocket) throws Exception {
        String article = firstArticle(port);
        long start = System.nanoTime();
        int errors = 0;
        for (int opened = 0; opened < count; opened += perSocket) {
            Socket socket = Socket.connect(port);
            for (int i = 0; i < perSocket; i++) {
                String id = Integer.toString(i);
                socket.subscribe(id, article);
                socket.send("{\"id\":\"" + id + "\",\"type\":\"complete\"}");
            }
            errors += socket.close();
            if ((opened + perSocket) % (count / 10 > 0 ? count / 10 : perSocket) == 0) {
                System.err.printf("  %d subscriptions opened and completed%n", opened + perSocket);
            }
        }
        System.out.printf("subscriptions %d errors %d seconds %.1f%n", count, errors, (System.nanoTime() - start) / 1e9);
    }

    static void attack(int port, int seconds, int sockets, int subscriptions) throws Exception {
        String article = firstArticle(port);
        List<Socket> open = new ArrayList<>();
        for (int s = 0; s < sockets; s++) {
            Socket socket = Socket.connect(port);
            for (int i = 0; i < subscriptions; i++) {
                socket.subscribe(Integer.toString(i), article);
            }
            open.add(socket);
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int next = subscriptions;
        long churned = 0;
        while (System.nanoTime() < end) {
            // a subscribe and a complete per socket every 600 ms, within a burst of 20 refilled over 10 s, and pings
            for (Socket socket : open) {
                socket.send("{\"id\":\"" + (next - subscriptions) + "\",\"type\":\"complete\"}");
                socket.subscribe(Integer.toString(next), article);
                for (int p = 0; p < 3; p++) {
                    socket.send("{\"type\":\"ping\"}");
                }
            }
            next++;
            churned += open.size();
            Thread.sleep(600);
        }
        long events = open.stream().mapToLong(socket -> socket.events.get()).sum();
        long closed = open.stream().filter(socket -> socket.closed.isDone()).count();
        for (Socket socket : open) {
            socket.close();
        }
        System.out.printf("sockets %d subscriptions %d churned %d events %d closed %d%n", sockets,
                sockets * subscriptions, churned, events, closed);
    }

    static void queries(int port, int seconds, int connections) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> results = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        for (int c = 0; c < connections; c++) {
            results.add(pool.submit(() -> {
                HttpClient client = HttpClient.newHttpClient();
                long[] latencies = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end && n < latencies.length) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = client.send(post(port, FRONT_PAGE, "{}"),
                            HttpResponse.BodyHandlers.ofString());
                    latencies[n++] = System.nanoTime() - start;
                    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                        failures.incrementAndGet();
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            for (long latency : result.get()) {
                all.add(latency);
            }
        }
        pool.shutdown();
        all.sort(null);
        System.out.printf("requests %d failures %d p50_ms %.2f p99_ms %.2f%n", all.size(), failures.get(),
                percentile(all, 0.50), percentile(all, 0.99));
    }

    static void writer(int port, int seconds) throws Exception {
        String article = firstArticle(port);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int written = 0;
        int failures = 0;
        String firstFailure = "";
        while (System.nanoTime() < end) {
            String variables = "{\"input\":{\"articleId\":\"" + article + "\",\"authorName\":\"Bench reader\","
                    + "\"authorEmail\":\"bench@example.org\",\"body\":\"A comment from the bench, number " + written
                    + ".\"}}";
            HttpResponse<String> response = HTTP.send(post(port,
                    "mutation($input: CommentInput!) { addComment(input: $input) { comment { id status } } }",
                    variables), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("APPROVED")) {
                failures++;
                firstFailure = firstFailure.isEmpty() ? response.body() : firstFailure;
            }
            written++;
            Thread.sleep(200);
        }
        System.out.printf("comments %d failures %d %s%n", written, failures, firstFailure);
    }

    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    static HttpRequest post(int port, String query, String variables) {
        String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":" + variables + "}";
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String firstArticle(int port) throws Exception {
        String body = HTTP.send(post(port, "{ articles(first: 1) { edges { node { id } } } }", "{}"),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("No article in " + body);
        }
        return id.group(1);
    }

    /** One graphql-transport-ws client socket. */
    static final class Socket implements WebSocket.Listener {

        final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final AtomicLong events = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        private final StringBuilder text = new StringBuilder();
        WebSocket socket;

        static Socket connect(int port) throws Exception {
            Socket listener = new Socket();
            listener.socket = HTTP.newWebSocketBuilder().subprotocols(PROTOCOL)
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql"), listener).join();
            listener.send("{\"type\":\"connection_init\"}");
            String ack = listener.messages.poll(10, TimeUnit.SECONDS);
            if (ack == null || !ack.contains("connection_ack")) {
                throw new IllegalStateException("Not acknowledged: " + ack + ", closed " + listener.closed.getNow(null));
            }
            return listener;
        }

        void subscribe(String id, String article) {
            send("{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\""
                    + COMMENT_ADDED.replace("\"", "\\\"") + "\",\"variables\":{\"a\":\"" + article + "\"}}}");
        }

        void send(String message) {
            socket.sendText(message, true).join();
        }

        /** Closes it; the errors it received. */
        int close() throws Exception {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> socket).join();
            try {
                closed.get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                socket.abort();
            }
            return (int) errors.get();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                if (message.contains("\"type\":\"next\"")) {
                    events.incrementAndGet();
                } else if (message.contains("\"type\":\"error\"")) {
                    errors.incrementAndGet();
                    System.err.println("  error: " + message);
                } else {
                    messages.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
