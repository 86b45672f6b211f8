package io.newsgraph.core.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The keys waiting to be purged: each once, in batches, bounded by a purge of everything. */
class PendingPurgesTest {

    private static final Instant AT = Instant.parse("2026-12-06T07:00:00Z");

    @Test
    void keysNamedByTwoChangesAreSentOnceAndTheChangesAreDoneWithTheLastBatch() throws InterruptedException {
        PendingPurges pending = new PendingPurges("newsgraph", 100);
        pending.add(List.of("article-1", "article"), AT);
        pending.add(List.of("article-1", "author-2"), AT.plusSeconds(1));
        PendingPurges.Batch first = pending.take(2, 0);
        assertEquals(List.of("article-1", "article"), first.keys());
        assertEquals(List.of(), first.changes());
        PendingPurges.Batch last = pending.take(2, 0);
        assertEquals(List.of("author-2"), last.keys());
        assertEquals(List.of(AT, AT.plusSeconds(1)), last.changes());
    }

    @Test
    void pastTheBoundTheKeysGiveWayToTheGlobalKey() throws InterruptedException {
        PendingPurges pending = new PendingPurges("newsgraph", 3);
        pending.add(List.of("article-1", "article-2", "article-3", "article-4"), AT);
        pending.add(List.of("article-5"), AT);
        assertEquals(List.of("newsgraph"), pending.take(10, 0).keys());
    }

    @Test
    void aBatchPutBackIsSentAgainFirst() throws InterruptedException {
        PendingPurges pending = new PendingPurges("newsgraph", 100);
        pending.add(List.of("article-1"), AT);
        PendingPurges.Batch failed = pending.take(10, 0);
        pending.add(List.of("article-2"), AT.plusSeconds(1));
        pending.putBack(failed);
        PendingPurges.Batch again = pending.take(10, 0);
        assertEquals(List.of("article-1", "article-2"), again.keys());
        assertEquals(List.of(AT, AT.plusSeconds(1)), again.changes());
    }
}
