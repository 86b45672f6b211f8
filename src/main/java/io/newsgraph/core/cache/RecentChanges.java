package io.newsgraph.core.cache;

import java.util.ArrayList;
import java.util.List;

import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.events.ContentChange;

/**
 * The last changes a cache was told of, numbered in the order they came, so that an answer (or a count) computed while
 * some arrived is kept only if none of them affects what it read: it may have read the rows before such a change, and
 * the change's evictions came before it was there to be evicted. Bounded: an answer whose computation saw more changes
 * than are remembered is not kept.
 */
final class RecentChanges {

    private final ContentChange[] ring;
    private volatile long last;

    RecentChanges(int capacity) {
        this.ring = new ContentChange[capacity];
    }

    /** The number of the last change: what a computation that starts now has seen. */
    long last() {
        return last;
    }

    synchronized void add(ContentChange change) {
        ring[(int) ((last + 1) % ring.length)] = change;
        last++;
    }

    /** Whether a change that came after the {@code seen}-th affects what was read, or may have. */
    boolean affectSince(long seen, Reads reads) {
        List<ContentChange> since = new ArrayList<>();
        synchronized (this) {
            if (last - seen > ring.length) {
                return true;
            }
            for (long number = seen + 1; number <= last; number++) {
                since.add(ring[(int) (number % ring.length)]);
            }
        }
        return since.stream().anyMatch(reads::affectedBy);
    }
}
