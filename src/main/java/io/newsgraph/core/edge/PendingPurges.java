package io.newsgraph.core.edge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The keys waiting to be purged, with when each change that named them committed, bounded: past
 * {@code maxKeys} they are replaced by the global key alone, which purges everything. Keys named by several changes
 * before they are sent are sent once. Safe for the listening thread that adds and the purging thread that takes.
 */
final class PendingPurges {

    /** Keys taken to be sent, and the commit times of the changes whose last keys they are. */
    record Batch(List<String> keys, List<Instant> changes) {
    }

    private final String globalKey;
    private final int maxKeys;
    private final Set<String> keys = new LinkedHashSet<>();
    private final List<Instant> changes = new ArrayList<>();

    PendingPurges(String globalKey, int maxKeys) {
        this.globalKey = globalKey;
        this.maxKeys = maxKeys;
    }

    synchronized void add(Collection<String> changed, Instant committed) {
        if (!keys.contains(globalKey)) {
            keys.addAll(changed);
            if (keys.size() > maxKeys) {
                keys.clear();
                keys.add(globalKey);
            }
        }
        if (changes.size() < maxKeys) {
            changes.add(committed);
        }
        notifyAll();
    }

    /** Everything must go: what this copy may have missed is unknown. */
    synchronized void everything(Instant now) {
        keys.clear();
        add(List.of(globalKey), now);
    }

    /** Forgets every key: another copy purges now. */
    synchronized void clear() {
        keys.clear();
        changes.clear();
    }

    /** Up to {@code max} keys, waiting up to {@code waitMillis} for one; an empty batch if none came. */
    synchronized Batch take(int max, long waitMillis) throws InterruptedException {
        if (keys.isEmpty()) {
            TimeUnit.MILLISECONDS.timedWait(this, waitMillis);
        }
        List<String> taken = new ArrayList<>();
        for (Iterator<String> pending = keys.iterator(); pending.hasNext() && taken.size() < max;) {
            taken.add(pending.next());
            pending.remove();
        }
        List<Instant> done = List.of();
        if (keys.isEmpty()) {
            done = List.copyOf(changes);
            changes.clear();
        }
        return new Batch(taken, done);
    }

    /** A batch that failed goes back, to be sent again first. */
    synchronized void putBack(Batch batch) {
        Set<String> again = new LinkedHashSet<>(batch.keys());
        again.addAll(keys);
        keys.clear();
        keys.addAll(again);
        changes.addAll(0, batch.changes());
        if (keys.size() > maxKeys) {
            keys.clear();
            keys.add(globalKey);
        }
    }

    synchronized int size() {
        return keys.size();
    }
}
