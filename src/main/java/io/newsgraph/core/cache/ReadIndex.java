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

    private final Map<ReadSubject, SubjectAnswers<E>> bySubject = new ConcurrentHashMap<>();
    private final Function<E, List<Reads.SubjectRead>> readsOf;

    /** @param readsOf what an entry read */
    ReadIndex(Function<E, List<Reads.SubjectRead>> readsOf) {
        this.readsOf = readsOf;
    }

    private static final class SubjectAnswers<E> {
        final Map<Long, Set<E>> byKey = new ConcurrentHashMap<>();
        final Set<E> whole = ConcurrentHashMap.newKeySet();
    }

    void add(E answer) {
        for (Reads.SubjectRead read : readsOf.apply(answer)) {
            SubjectAnswers<E> answers = bySubject.computeIfAbsent(read.subject(), subject -> new SubjectAnswers<>());
            if (read.whole()) {
                answers.whole.add(answer);
            } else {
                for (Long key : read.keys()) {
                    answers.byKey.computeIfAbsent(key, ignored -> ConcurrentHashMap.newKeySet()).add(answer);
                }
            }
        }
    }

    void remove(E answer) {
        for (Reads.SubjectRead read : readsOf.apply(answer)) {
            SubjectAnswers<E> answers = bySubject.get(read.subject());
            if (answers == null) {
                continue;
            }
            if (read.whole()) {
                answers.whole.remove(answer);
            } else {
                for (Long key : read.keys()) {
                    answers.byKey.computeIfPresent(key, (ignored, keyAnswers) -> {
                        keyAnswers.remove(answer);
                        return keyAnswers.isEmpty() ? null : keyAnswers;
                    });
                }
            }
        }
    }

    /** The entries that read something the change affects. */
    Set<E> affectedBy(ContentChange change) {
        Set<E> affected = Collections.newSetFromMap(new IdentityHashMap<>());
        bySubject.forEach((subject, answers) -> {
            ReadSubject.Affected keys = subject.affectedBy(change);
            if (keys.none()) {
                return;
            }
            affected.addAll(answers.whole);
            if (keys.all()) {
                answers.byKey.values().forEach(affected::addAll);
            } else {
                for (Long key : keys.keys()) {
                    affected.addAll(answers.byKey.getOrDefault(key, Set.of()));
                }
            }
        });
        return affected;
    }
}
