package io.newsgraph.core.events;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsgraph.core.events.ContentChange.Operation;

/** Reads the payload of a notification on {@value #CHANNEL}, as the triggers of the content tables write it. */
final class ChangeNotifications {

    static final String CHANNEL = "newsgraph_content_changes";

    // the tree model reads any JSON without reflection, so the native executable needs no configuration for it
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangeNotifications() {
    }

    /** The change a payload describes; throws {@link IllegalArgumentException} for one the triggers do not write. */
    static ContentChange parse(String payload) {
        JsonNode message;
        try {
            message = JSON.readTree(payload);
        } catch (IOException e) {
            throw new IllegalArgumentException("A notification that is not JSON: " + payload, e);
        }
        JsonNode table = message.path("table");
        JsonNode operation = message.path("op");
        JsonNode at = message.path("at");
        if (!table.isTextual() || !operation.isTextual() || !at.canConvertToLong()) {
            throw new IllegalArgumentException("A notification without table, op and at: " + payload);
        }
        long micros = at.asLong();
        return new ContentChange(table.asText(), Operation.valueOf(operation.asText()), keys(message.get("keys")),
                columns(message.get("columns")), Instant.ofEpochSecond(TimeUnit.MICROSECONDS.toSeconds(micros),
                        TimeUnit.MICROSECONDS.toNanos(micros % 1_000_000)));
    }

    private static Map<String, Set<Long>> keys(JsonNode keys) {
        if (keys == null) {
            return null;
        }
        Map<String, Set<Long>> values = new HashMap<>();
        for (Map.Entry<String, JsonNode> column : keys.properties()) {
            Set<Long> keysOfColumn = new HashSet<>();
            for (JsonNode key : column.getValue()) {
                keysOfColumn.add(key.asLong());
            }
            values.put(column.getKey(), keysOfColumn);
        }
        return values;
    }

    private static Set<String> columns(JsonNode columns) {
        if (columns == null) {
            return null;
        }
        Set<String> names = new HashSet<>();
        for (JsonNode column : columns) {
            names.add(column.asText());
        }
        return names;
    }
}
