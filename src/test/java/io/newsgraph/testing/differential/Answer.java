package io.newsgraph.testing.differential;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the service sent back for one request: status, media type and the body's exact bytes, and which path answered
 * a read (the {@value ReadPaths#HEADER} header of the response; null when none did, as for a refused document).
 */
record Answer(int status, String contentType, byte[] body, String path) {

    Answer(int status, String contentType, byte[] body) {
        this(status, contentType, body, null);
    }

    boolean plannedRead() {
        return "planned".equals(path);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON, or empty when it is not JSON (which no GraphQL answer should be). */
    Optional<JsonNode> json() {
        try {
            return Optional.of(Json.read(body));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The {@code extensions.code} of each error, in order. */
    List<String> errorCodes() {
        List<String> codes = new ArrayList<>();
        json().map(root -> root.get("errors")).ifPresent(errors -> errors
                .forEach(error -> codes.add(error.path("extensions").path("code").asText("(no code)"))));
        return codes;
    }

    boolean hasErrors() {
        return json().map(root -> root.has("errors")).orElse(true);
    }

    /** Whether {@code data} holds anything: a refused request has none, or null. */
    boolean hasData() {
        return json().map(root -> root.path("data").isObject()).orElse(false);
    }
}
