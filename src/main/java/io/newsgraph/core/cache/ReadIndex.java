package io.newsgraph.core.cache;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.events.ContentChange;

/**
 * The cached answers by what they read: for each subject, the answers that read each of its keys, and those that read
 * it whole. A change finds the answers it affects through it, without looking at the others. Safe for concurrent use.
 */
final class ReadIndex {

    private final Map<ReadSubject, SubjectAnswers> bySubject = new ConcurrentHashMap<>();

    private static final class SubjectAnswers {
        final Map<Long, Set<CachedAnswer>> byKey = new ConcurrentHashMap<>();
        final Set<CachedAnswer> whole = ConcurrentHashMap.newKeySet();
    }

    void add(CachedAnswer answer) {
        for (Reads.SubjectRead read : answer.reads()) {
            SubjectAnswers answers = bySubject.computeIfAbsent(read.subject(), subject -> new SubjectAnswers());
            if (read.whole()) {
                answers.whole.add(answer);
            } else {
                for (Long key : read.keys()) {
                    answers.byKey.computeIfAbsent(key, ignored -> ConcurrentHashMap.newKeySet()).add(answer);
                }
            }
        }
    }

    void remove(CachedAnswer answer) {
        for (Reads.SubjectRead read : answer.reads()) {
            SubjectAnswers answers = bySubject.get(read.subject());
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

    /** The answers that read something the change affects. */
    Set<CachedAnswer> affectedBy(ContentChange change) {
        Set<CachedAnswer> affected = Collections.newSetFromMap(new IdentityHashMap<>());
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
