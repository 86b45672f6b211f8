package io.newsgraph.core.cache.tracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsgraph.core.events.ContentChange;
import io.newsgraph.core.fetching.ListingReads;

/**
 * What one answer read, as it was computed: keys of {@link ReadSubject}s. Both read paths record into it, the planner
 * from the rows its writers stream, the resolvers from what {@link ListingReads} sees them read. A subject with more
 * than {@value #MAX_KEYS_PER_SUBJECT} keys counts as read whole, so that what an answer costs to keep stays bounded.
 * Safe to record into from several threads.
 */
public class Reads {

    /** The parent key of a top-level list: no row has it, since keys are positive. */
    public static final long TOP_LEVEL = 0;
    static final int MAX_KEYS_PER_SUBJECT = 1000;

    /** Records nothing: for requests whose answer nobody keeps. */
    public static final Reads IGNORED = new Reads() {
        @Override
        public void read(ReadSubject subject, long key) {
        }
    };

    /** The keys read of one subject, or the whole subject. */
    public record SubjectRead(ReadSubject subject, Set<Long> keys, boolean whole) {
    }

    private final Map<ReadSubject, Set<Long>> keysBySubject = new HashMap<>();
    private final Set<ReadSubject> wholeSubjects = new HashSet<>();

    /** What an answer kept read, as {@link #subjects} listed it. */
    public static Reads of(List<SubjectRead> subjects) {
        Reads reads = new Reads();
        for (SubjectRead read : subjects) {
            if (read.whole()) {
                reads.wholeSubjects.add(read.subject());
            } else {
                reads.keysBySubject.put(read.subject(), new HashSet<>(read.keys()));
            }
        }
        return reads;
    }

    /** An answer read the key of a subject: a row, or the list under a parent. */
    public synchronized void read(ReadSubject subject, long key) {
        if (wholeSubjects.contains(subject)) {
            return;
        }
        Set<Long> keys = keysBySubject.computeIfAbsent(subject, ignored -> new HashSet<>());
        keys.add(key);
        if (keys.size() > MAX_KEYS_PER_SUBJECT) {
            keysBySubject.remove(subject);
            wholeSubjects.add(subject);
        }
    }

    /** Everything read, subject by subject. */
    public synchronized List<SubjectRead> subjects() {
        List<SubjectRead> reads = new ArrayList<>();
        keysBySubject.forEach((subject, keys) -> reads.add(new SubjectRead(subject, Set.copyOf(keys), false)));
        wholeSubjects.forEach(subject -> reads.add(new SubjectRead(subject, Set.of(), true)));
        return reads;
    }

    /** Whether a change affects anything that was read. */
    public synchronized boolean affectedBy(ContentChange change) {
        for (ReadSubject subject : wholeSubjects) {
            if (!subject.affectedBy(change).none()) {
                return true;
            }
        }
        for (Map.Entry<ReadSubject, Set<Long>> read : keysBySubject.entrySet()) {
            ReadSubject.Affected affected = read.getKey().affectedBy(change);
            if (affected.all() || affected.keys().stream().anyMatch(read.getValue()::contains)) {
                return true;
            }
        }
        return false;
    }
}
