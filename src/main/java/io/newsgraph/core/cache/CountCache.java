package io.newsgraph.core.cache;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.events.ContentChange;
import io.newsgraph.core.events.ContentChangeSubscriber;
import io.newsgraph.core.events.ContentChanges;
import io.quarkus.runtime.StartupEvent;

/**
 * The counts of top-level lists ({@code totalCount}), kept between requests so that a page that misses the response
 * cache (another cursor, another page size, or the response cache off) does not count the list again: the statement
 * binds the kept count as a parameter, and PostgreSQL never runs the count it would otherwise. A count is evicted as
 * soon as PostgreSQL notifies a change to what it reads ({@link ContentChanges}): the rows of the listed table coming
 * or going, or a column its conditions read (an article's status or language, an author's slug, an article's tags);
 * a comment, or a new title, leaves the count of published articles in place. Bounded by a number of counts, with a
 * time-to-live as a backstop. While the service does not listen for changes, it keeps nothing and every statement
 * counts. Anonymous and other requesters never share a count as long as what tells them apart is bound into the
 * count's SQL: the key holds every value bound into it ({@link CountKey}).
 * <p>
 * A count is kept by the rule of {@link ResponseCache}: only if no change that affects the list arrived between the
 * look-up that missed (before the statement took its snapshot) and the keeping. A change committed after the
 * snapshot is notified after the look-up, so a count is never kept across a change it did not see. Like an answer
 * of the response cache, a count kept may still miss a change that is committed but not yet notified (a few
 * milliseconds).
 */
@ApplicationScoped
public class CountCache implements ContentChangeSubscriber {

    private static final Unavailable UNAVAILABLE = new Unavailable();

    private final CountCacheConfig config;
    private final ContentChanges changes;
    private final CountCacheMetrics metrics;
    private final ExactEntries<CountKey, Count> counts;

    CountCache(CountCacheConfig config, ContentChanges changes, CountCacheMetrics metrics) {
        this.config = config;
        this.changes = changes;
        this.metrics = metrics;
        this.counts = new ExactEntries<>(bounds -> bounds
                .maximumSize(config.maxSize())
                .expireAfterWrite(config.timeToLive()), Count::key, Count::reads, metrics);
        metrics.holding(counts::size);
    }

    /**
     * Subscribes before the response cache does (observers of a lower priority run first), so that each change reaches
     * this cache first: an answer the response cache computes after it heard a change is then never made with a count
     * this cache has not yet evicted for it, which the response cache would keep.
     */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (config.enabled()) {
            changes.subscribe(this);
        }
    }

    /**
     * The count kept for the key, or a miss that keeps what the statement counts.
     *
     * @param list what the count reads, which a change is matched against
     */
    public CountLookup lookup(CountKey key, ReadSubject.ListOf list) {
        if (!counts.available()) {
            return UNAVAILABLE;
        }
        // read before the statement takes its snapshot: a change it does not see is numbered after this
        ExactEntries.Watch watch = counts.watch();
        Count kept = counts.get(key);
        if (kept != null) {
            metrics.hit();
            return new Hit(kept.count);
        }
        metrics.miss();
        Reads reads = new Reads();
        reads.read(list, Reads.TOP_LEVEL);
        return new Miss(key, reads, watch);
    }

    /** A count the cache keeps. */
    record Hit(long count) implements CountLookup {

        @Override
        public Long cached() {
            return count;
        }

        @Override
        public void counted(long count) {
            // the statement gave back the count it was given
        }
    }

    /** The cache keeps no count for the key: the statement counts, and the count is kept if it can be. */
    final class Miss implements CountLookup {

        private final CountKey key;
        private final Reads reads;
        private final ExactEntries.Watch watch;

        private Miss(CountKey key, Reads reads, ExactEntries.Watch watch) {
            this.key = key;
            this.reads = reads;
            this.watch = watch;
        }

        @Override
        public Long cached() {
            return null;
        }

        @Override
        public void counted(long count) {
            counts.keep(new Count(key, count, reads.subjects()), watch, reads);
        }
    }

    /** The cache does not answer now (off, or not listening for changes): the statement counts, nothing is kept. */
    record Unavailable() implements CountLookup {

        @Override
        public Long cached() {
            return null;
        }

        @Override
        public void counted(long count) {
            // nothing is kept while changes may go unheard
        }
    }

    @Override
    public void changed(ContentChange change) {
        counts.changed(change);
    }

    @Override
    public void listening() {
        counts.listening();
    }

    @Override
    public void interrupted() {
        counts.interrupted();
    }

    /** A count kept, with what it read. Equal only to itself, so that the index never mistakes it for a later one. */
    private static final class Count {

        private final CountKey key;
        private final long count;
        private final List<Reads.SubjectRead> reads;

        Count(CountKey key, long count, List<Reads.SubjectRead> reads) {
            this.key = key;
            this.count = count;
            this.reads = List.copyOf(reads);
        }

        CountKey key() {
            return key;
        }

        List<Reads.SubjectRead> reads() {
            return reads;
        }
    }
}
