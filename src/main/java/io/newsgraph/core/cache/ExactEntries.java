package io.newsgraph.core.cache;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.events.ContentChange;

/**
 * What the response cache and the count cache share: entries (answers, counts) kept in a bounded map, indexed by what
 * they read, and kept exact by PostgreSQL's change notifications. A change evicts every entry it affects; an entry made
 * while a change that affects it arrived, or while changes could go unheard, is never kept; while the service does not
 * listen, nothing is kept and the map is empty.
 *
 * @param <K> the entries' keys
 * @param <E> the entries: equal only to themselves, so that the index never mistakes one for a later entry of its key
 */
final class ExactEntries<K, E> {

    /** How many changes are remembered for the entries being made: far more than arrive during one. */
    private static final int REMEMBERED_CHANGES = 1024;

    /** Where evictions are counted, by cause. */
    interface Evictions {
        void evicted(String cause, int entries);
    }

    /** What an entry's making had seen when it started: a change or an interruption since makes it unfit to keep. */
    record Watch(long changesSeen, long interruptionsSeen) {
    }

    private final Cache<K, E> entries;
    private final Function<E, K> keyOf;
    private final ReadIndex<E> index;
    private final Evictions evictions;
    private final RecentChanges recent = new RecentChanges(REMEMBERED_CHANGES);
    /** Counts the interruptions of listening: an entry made across one is never kept. */
    private final AtomicLong interruptions = new AtomicLong();
    private volatile boolean available;

    /**
     * @param bounds the map's bounds (size or weight, time-to-live) on Caffeine's builder
     * @param keyOf an entry's key
     * @param readsOf what an entry read
     */
    ExactEntries(UnaryOperator<Caffeine<K, E>> bounds, Function<E, K> keyOf,
            Function<E, List<Reads.SubjectRead>> readsOf, Evictions evictions) {
        this.keyOf = keyOf;
        this.index = new ReadIndex<>(readsOf);
        this.evictions = evictions;
        Caffeine<K, E> builder = Caffeine.newBuilder()
                // on the thread that removes an entry, so that the index never holds entries the map let go
                .executor(Runnable::run)
                .removalListener((K key, E entry, RemovalCause cause) -> removed(entry, cause));
        this.entries = bounds.apply(builder).build();
    }

    boolean available() {
        return available;
    }

    /** What the making of an entry starts from: read before the statement takes its snapshot. */
    Watch watch() {
        return new Watch(recent.last(), interruptions.get());
    }

    /** The entry kept for the key, or null. */
    E get(K key) {
        return entries.getIfPresent(key);
    }

    /**
     * Keeps an entry unless a change that affects what it read arrived since the watch, or listening was interrupted.
     *
     * @return whether it is kept
     */
    boolean keep(E entry, Watch since, Reads reads) {
        K key = keyOf.apply(entry);
        // indexed first, so that a change arriving from now on finds it; checked after, for those that came before
        index.add(entry);
        entries.put(key, entry);
        if (interruptions.get() != since.interruptionsSeen() || !available
                || recent.affectSince(since.changesSeen(), reads)) {
            if (entries.asMap().remove(key, entry)) {
                evictions.evicted("content-change", 1);
            }
            return false;
        }
        return true;
    }

    /** Evicts every entry the change affects, and remembers it for the entries being made. */
    void changed(ContentChange change) {
        recent.add(change);
        int evicted = 0;
        for (E entry : index.affectedBy(change)) {
            if (entries.asMap().remove(keyOf.apply(entry), entry)) {
                evicted++;
            }
        }
        evictions.evicted("content-change", evicted);
    }

    void listening() {
        available = true;
    }

    /** Empties the map and keeps nothing until listening again. */
    void interrupted() {
        interruptions.incrementAndGet();
        available = false;
        int held = entries.asMap().size();
        entries.invalidateAll();
        evictions.evicted("listener-interrupted", held);
    }

    long size() {
        return entries.estimatedSize();
    }

    /** The entries' total weight, for a map bounded by weight. */
    long weight() {
        return entries.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    private void removed(E entry, RemovalCause cause) {
        if (entry == null) {
            return;
        }
        index.remove(entry);
        if (cause == RemovalCause.SIZE) {
            evictions.evicted("size", 1);
        } else if (cause == RemovalCause.EXPIRED) {
            evictions.evicted("expired", 1);
        }
    }
}
