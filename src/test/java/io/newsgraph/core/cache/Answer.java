package io.newsgraph.core.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsgraph.testing.GraphQLClient;

/**
 * One answer of the service, with the read path that gave it: {@code cache}, {@code planned} or {@code resolvers}, as
 * the response says where the tests may choose the path.
 */
record Answer(String path, byte[] body, JsonNode json) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    boolean fromCache() {
        return "cache".equals(path);
    }

    static Answer read(String fixture, Map<String, Object> variables) {
        return query(GraphQLClient.document(fixture), variables, Map.of());
    }

    static Answer query(String query, Map<String, Object> variables, Map<String, String> headers) {
        Map<String, Object> request = new HashMap<>();
        request.put("query", query);
        request.put("variables", variables);
        try {
            return of(GraphQLClient.post(JSON.writeValueAsBytes(request), headers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer of(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + new String(response.body()));
        }
        try {
            return new Answer(response.headers().firstValue(GraphQLClient.READ_PATH_HEADER).orElse("none"),
                    response.body(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads until an answer shows the change, as the eviction it waits for comes a moment after the COMMIT. */
    static Answer awaitChange(Supplier<Answer> read, Predicate<JsonNode> changed) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Answer answer = read.get();
            if (changed.test(answer.json())) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No answer showed the change within " + PATIENCE + "; the last: "
                        + answer.json());
            }
            pause();
        }
    }

    /** Waits until {@code condition} holds, as a metric that changes a moment after the event it counts. */
    static void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + PATIENCE);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
