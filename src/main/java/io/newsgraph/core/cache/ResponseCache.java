package io.newsgraph.core.cache;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.events.ContentChange;
import io.newsgraph.core.events.ContentChangeSubscriber;
import io.newsgraph.core.events.ContentChanges;
import io.quarkus.runtime.StartupEvent;

/**
 * The answers to anonymous reads, kept as the bytes that were sent, with what each read, and evicted as soon as
 * PostgreSQL notifies a change that affects what they read ({@link ContentChanges}): never stale once the eviction
 * is done. Bounded by bytes ({@link ResponseCacheConfig}), with a time-to-live as a backstop. Requests that miss the
 * same answer at the same time compute it once; the others wait for it. While the service does not listen for
 * changes, the cache is empty and answers nothing.
 * <p>
 * An answer computed while a change arrived is kept only if that change affects nothing it read: it may have read
 * the rows before the change, and the change's evictions came before it was kept. A request that arrives after a
 * change never waits for an answer whose computation began before it.
 */
@ApplicationScoped
public class ResponseCache implements ContentChangeSubscriber {

    /** How many changes are remembered for the answers being computed: far more than arrive during one. */
    private static final int REMEMBERED_CHANGES = 1024;
    /** An answer heavier than this share of the cache is not kept, so that one cannot push out all the others. */
    private static final int LARGEST_SHARE = 16;

    private final ResponseCacheConfig config;
    private final ContentChanges changes;
    private final ResponseCacheMetrics metrics;
    private final Cache<CacheKey, CachedAnswer> answers;
    private final ConcurrentHashMap<CacheKey, Computation> computations = new ConcurrentHashMap<>();
    private final ReadIndex<CachedAnswer> index = new ReadIndex<>(CachedAnswer::reads);
    private final RecentChanges recent = new RecentChanges(REMEMBERED_CHANGES);
    /** Counts the interruptions of listening: an answer computed across one is never kept. */
    private final AtomicLong interruptions = new AtomicLong();
    private final long largestAnswer;
    private volatile boolean available;

    ResponseCache(ResponseCacheConfig config, ContentChanges changes, ResponseCacheMetrics metrics) {
        this.config = config;
        this.changes = changes;
        this.metrics = metrics;
        this.largestAnswer = config.maxBytes().asLongValue() / LARGEST_SHARE;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.maxBytes().asLongValue())
                .weigher((CacheKey key, CachedAnswer answer) -> answer.weight())
                .expireAfterWrite(config.timeToLive())
                // on the thread that removes an answer, so that the index never holds answers the cache let go
                .executor(Runnable::run)
                .removalListener(this::removed)
                .build();
        metrics.holding(() -> answers.policy().eviction().orElseThrow().weightedSize().orElse(0),
                answers::estimatedSize);
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            changes.subscribe(this);
        }
    }

    boolean enabled() {
        return config.enabled();
    }

    /** What the cache can do for a request: answer it, have it wait for another's answer, or have it compute one. */
    sealed interface Lookup permits CachedAnswer, Shared, Miss, Unavailable {
    }

    /** Another request computes the answer: the answer, or null when it could not be kept (compute it yourself). */
    record Shared(CompletableFuture<CachedAnswer> answer) implements Lookup {
    }

    /** Compute the answer, record what it reads into the computation, then {@link #store} or {@link #abandon} it. */
    record Miss(Computation computation) implements Lookup {
    }

    /** The cache is off for now (it does not listen for changes): compute the answer and keep nothing. */
    record Unavailable() implements Lookup {
    }

    /** One request's computation of an answer. */
    static final class Computation {

        private final CacheKey key;
        private final long changesSeen;
        private final long interruptionsSeen;
        private final Reads reads = new Reads();
        private final CompletableFuture<CachedAnswer> answer = new CompletableFuture<>();
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile boolean outdated;

        private Computation(CacheKey key, long changesSeen, long interruptionsSeen) {
            this.key = key;
            this.changesSeen = changesSeen;
            this.interruptionsSeen = interruptionsSeen;
        }

        /** Where the read paths record what the answer reads. */
        Reads reads() {
            return reads;
        }

        /**
         * Whether the answer may show what a change since its start altered, or the cache could not tell (it stopped
         * listening meanwhile): known once it is stored.
         */
        boolean outdated() {
            return outdated;
        }
    }

    /**
     * The answer kept for the key, if the cache answers now; never waits, and computes nothing. A request it answers
     * counts as a hit; one it does not is counted by its {@link #lookup}.
     */
    Optional<CachedAnswer> cached(CacheKey key) {
        CachedAnswer cached = available ? answers.getIfPresent(key) : null;
        if (cached == null) {
            return Optional.empty();
        }
        metrics.hit();
        return Optional.of(cached);
    }

    Lookup lookup(CacheKey key) {
        if (!available) {
            return new Unavailable();
        }
        CachedAnswer cached = answers.getIfPresent(key);
        if (cached != null) {
            metrics.hit();
            return cached;
        }
        long changesSeen = recent.last();
        long interruptionsSeen = interruptions.get();
        Computation[] started = new Computation[1];
        CachedAnswer[] kept = new CachedAnswer[1];
        Computation computation = computations.compute(key, (ignored, running) -> {
            if (running != null && running.changesSeen == changesSeen && running.interruptionsSeen == interruptionsSeen) {
                return running;
            }
            // a computation lets go of its key only after it kept its answer: one that finished since the look-up
            // above left the answer there
            kept[0] = answers.getIfPresent(key);
            if (kept[0] != null) {
                return running;
            }
            started[0] = new Computation(key, changesSeen, interruptionsSeen);
            return started[0];
        });
        if (kept[0] != null) {
            metrics.hit();
            return kept[0];
        }
        if (started[0] == null) {
            metrics.shared();
            return new Shared(computation.answer);
        }
        metrics.miss();
        return new Miss(computation);
    }

    /**
     * Keeps a clean answer (data, no errors) unless a change affected what it read while it was computed.
     *
     * @param digest the digest of the bytes, sent again with them
     */
    void store(Computation computation, byte[] body, String digest) {
        if (computation.finished.compareAndSet(false, true)) {
            // kept before the computation is let go, so that a request arriving in between finds the answer
            CachedAnswer kept = keep(computation, body, digest);
            computations.remove(computation.key, computation);
            computation.answer.complete(kept);
        }
    }

    /** Keeps nothing: the answer had errors, or the request ended without one. */
    void abandon(Computation computation) {
        if (computation.finished.compareAndSet(false, true)) {
            computations.remove(computation.key, computation);
            computation.answer.complete(null);
        }
    }

    /** The answer kept, or null. */
    private CachedAnswer keep(Computation computation, byte[] body, String digest) {
        if (body.length > largestAnswer) {
            return null;
        }
        CachedAnswer answer = new CachedAnswer(computation.key, body, digest, computation.reads.subjects());
        // indexed first, so that a change arriving from now on finds it; checked after, for those that came before
        index.add(answer);
        answers.put(computation.key, answer);
        if (interruptions.get() != computation.interruptionsSeen || !available
                || recent.affectSince(computation.changesSeen, computation.reads)) {
            computation.outdated = true;
            if (answers.asMap().remove(computation.key, answer)) {
                metrics.evicted("content-change", 1);
            }
            return null;
        }
        return answer;
    }

    @Override
    public void changed(ContentChange change) {
        recent.add(change);
        int evicted = 0;
        for (CachedAnswer answer : index.affectedBy(change)) {
            if (answers.asMap().remove(answer.key(), answer)) {
                evicted++;
            }
        }
        metrics.evicted("content-change", evicted);
        metrics.changeApplied(change.at());
    }

    @Override
    public void listening() {
        available = true;
    }

    @Override
    public void interrupted() {
        interruptions.incrementAndGet();
        available = false;
        int held = answers.asMap().size();
        answers.invalidateAll();
        metrics.evicted("listener-interrupted", held);
    }

    private void removed(CacheKey key, CachedAnswer answer, RemovalCause cause) {
        if (answer == null) {
            return;
        }
        index.remove(answer);
        if (cause == RemovalCause.SIZE) {
            metrics.evicted("size", 1);
        } else if (cause == RemovalCause.EXPIRED) {
            metrics.evicted("expired", 1);
        }
    }
}
