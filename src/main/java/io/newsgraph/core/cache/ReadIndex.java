package io.newsgraph.core.cache;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.events.ContentChange;

/**
 * Cached entries (answers, counts) by what they read: for each subject, the entries that read each of its keys, and
 * those that read it whole. A change finds the entries it affects through it, without looking at the others. Entries
 * are told apart by identity, so that the index never mistakes one for a later entry of the same key. Safe for
 * concurrent use.
 *
 * @param <E> the entries: equal only to themselves
 */
final class ReadIndex<E> {

    private final Map<ReadSubject, SubjectEntries<E>> bySubject = new ConcurrentHashMap<>();
    private final Function<E, List<Reads.SubjectRead>> readsOf;

    /** @param readsOf what an entry read */
    ReadIndex(Function<E, List<Reads.SubjectRead>> readsOf) {
        this.readsOf = readsOf;
    }

    private static final class SubjectEntries<E> {
        final Map<Long, Set<E>> byKey = new ConcurrentHashMap<>();
        final Set<E> whole = ConcurrentHashMap.newKeySet();
    }

    void add(E entry) {
        for (Reads.SubjectRead read : readsOf.apply(entry)) {
            SubjectEntries<E> entries = bySubject.computeIfAbsent(read.subject(), subject -> new SubjectEntries<>());
            if (read.whole()) {
                entries.whole.add(entry);
            } else {
                for (Long key : read.keys()) {
                    entries.byKey.computeIfAbsent(key, ignored -> ConcurrentHashMap.newKeySet()).add(entry);
                }
            }
        }
    }

    void remove(E entry) {
        for (Reads.SubjectRead read : readsOf.apply(entry)) {
            SubjectEntries<E> entries = bySubject.get(read.subject());
            if (entries == null) {
                continue;
            }
            if (read.whole()) {
                entries.whole.remove(entry);
            } else {
                for (Long key : read.keys()) {
                    entries.byKey.computeIfPresent(key, (ignored, keyEntries) -> {
                        keyEntries.remove(entry);
                        return keyEntries.isEmpty() ? null : keyEntries;
                    });
                }
            }
        }
    }

    /** The entries that read something the change affects. */
    Set<E> affectedBy(ContentChange change) {
        Set<E> affected = Collections.newSetFromMap(new IdentityHashMap<>());
        bySubject.forEach((subject, entries) -> {
            ReadSubject.Affected keys = subject.affectedBy(change);
            if (keys.none()) {
                return;
            }
            affected.addAll(entries.whole);
            if (keys.all()) {
                entries.byKey.values().forEach(affected::addAll);
            } else {
                for (Long key : keys.keys()) {
                    affected.addAll(entries.byKey.getOrDefault(key, Set.of()));
                }
            }
        });
        return affected;
    }
}
