package io.newsgraph.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.newsgraph.core.events.ContentChange.Operation;

/** The payloads the triggers write, read back. */
class ChangeNotificationsTest {

    @Test
    void anUpdateWithItsKeysAndColumns() {
        ContentChange change = ChangeNotifications.parse("{\"at\": 1764633600123456, \"op\": \"UPDATE\", \"keys\":"
                + " {\"id\": [4051], \"article_id\": [112, 113]}, \"table\": \"comment\", \"columns\": [\"status\"]}");
        assertEquals(new ContentChange("comment", Operation.UPDATE,
                Map.of("id", Set.of(4051L), "article_id", Set.of(112L, 113L)), Set.of("status"),
                Instant.parse("2025-12-02T00:00:00.123456Z")), change);
        assertEquals(Optional.of(Set.of()), change.keys("parent_id"), "listed keys name every key column");
    }

    @Test
    void aBulkInsertWithoutKeys() {
        ContentChange change = ChangeNotifications.parse("{\"at\": 1764633600000000, \"op\": \"INSERT\","
                + " \"table\": \"comment\"}");
        assertEquals(Optional.empty(), change.keys("article_id"), "any key");
        assertNull(change.columns());
        assertEquals(true, change.mayHaveChanged("body"));
    }

    @Test
    void somethingTheTriggersDoNotWrite() {
        assertThrows(IllegalArgumentException.class, () -> ChangeNotifications.parse("hello"));
        assertThrows(IllegalArgumentException.class, () -> ChangeNotifications.parse("{\"table\": \"comment\"}"));
        assertThrows(IllegalArgumentException.class, () -> ChangeNotifications.parse(
                "{\"at\": 1, \"op\": \"MERGE\", \"table\": \"comment\"}"));
    }
}
