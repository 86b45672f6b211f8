package io.newsgraph.core.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsgraph.core.error.BadUserInputException;

class PageRequestTest {

    private static final KeysetOrder<Row> BY_TIME = new KeysetOrder<>("row.TIME", "time", SortDirection.DESC,
            CursorValueType.INSTANT, Row::time, Row::id);

    record Row(long id, Instant time) {
    }

    @Test
    void defaultsToTwentyForward() {
        assertEquals(new PageRequest(PageRequest.DEFAULT_SIZE, false, null), PageRequest.of(null, null, null, null));
    }

    @Test
    void acceptsOneToOneHundred() {
        assertEquals(1, PageRequest.forward(1, null).size());
        assertEquals(100, PageRequest.of(null, null, 100, "c").size());
        assertThrows(BadUserInputException.class, () -> PageRequest.forward(0, null));
        assertThrows(BadUserInputException.class, () -> PageRequest.forward(101, null));
    }

    @Test
    void cursorsRoundTripThroughTheirOrder() {
        Row row = new Row(42, Instant.parse("2026-11-27T08:15:00.123456Z"));
        KeysetOrder.Keyset keyset = BY_TIME.keysetOf(BY_TIME.cursorOf(row));
        assertEquals(row.time(), keyset.value());
        assertEquals(42, keyset.id());
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        KeysetOrder<Row> other = new KeysetOrder<>("row.OTHER", "time", SortDirection.ASC, CursorValueType.INSTANT,
                Row::time, Row::id);
        String cursor = other.cursorOf(new Row(1, Instant.EPOCH));
        assertThrows(BadUserInputException.class, () -> BY_TIME.keysetOf(cursor));
    }

    @Test
    void slicesKnowWhatLiesBeyondThem() {
        List<Integer> fetched = List.of(1, 2, 3);
        Slice<Integer> forward = Slice.of(fetched, new PageRequest(2, false, "after"));
        assertEquals(List.of(1, 2), forward.items());
        assertTrue(forward.hasNext());
        assertTrue(forward.hasPrevious());

        Slice<Integer> backward = Slice.of(fetched, new PageRequest(2, true, null));
        assertEquals(List.of(2, 1), backward.items());
        assertTrue(backward.hasPrevious());
        assertFalse(backward.hasNext());
    }
}
