package io.newsgraph.core.cache;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

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

    /** An answer heavier than this share of the cache is not kept, so that one cannot push out all the others. */
    private static final int LARGEST_SHARE = 16;

    private final ResponseCacheConfig config;
    private final ContentChanges changes;
    private final ResponseCacheMetrics metrics;
    private final ExactEntries<CacheKey, CachedAnswer> answers;
    private final ConcurrentHashMap<CacheKey, Computation> computations = new ConcurrentHashMap<>();
    private final long largestAnswer;

    ResponseCache(ResponseCacheConfig config, ContentChanges changes, ResponseCacheMetrics metrics) {
        this.config = config;
        this.changes = changes;
        this.metrics = metrics;
        this.largestAnswer = config.maxBytes().asLongValue() / LARGEST_SHARE;
        this.answers = new ExactEntries<>(bounds -> bounds
                .maximumWeight(config.maxBytes().asLongValue())
                .weigher((CacheKey key, CachedAnswer answer) -> answer.weight())
                .expireAfterWrite(config.timeToLive()), CachedAnswer::key, CachedAnswer::reads, metrics);
        metrics.holding(answers::weight, answers::size);
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
        private final ExactEntries.Watch watch;
        private final Reads reads = new Reads();
        private final CompletableFuture<CachedAnswer> answer = new CompletableFuture<>();
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile boolean outdated;

        private Computation(CacheKey key, ExactEntries.Watch watch) {
            this.key = key;
            this.watch = watch;
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
        CachedAnswer cached = answers.available() ? answers.get(key) : null;
        if (cached == null) {
            return Optional.empty();
        }
        metrics.hit();
        return Optional.of(cached);
    }

    Lookup lookup(CacheKey key) {
        if (!answers.available()) {
            return new Unavailable();
        }
        CachedAnswer cached = answers.get(key);
        if (cached != null) {
            metrics.hit();
            return cached;
        }
        ExactEntries.Watch watch = answers.watch();
        Computation[] started = new Computation[1];
        CachedAnswer[] kept = new CachedAnswer[1];
        Computation computation = computations.compute(key, (ignored, running) -> {
            if (running != null && running.watch.equals(watch)) {
                return running;
            }
            // a computation lets go of its key only after it kept its answer: one that finished since the look-up
            // above left the answer there
            kept[0] = answers.get(key);
            if (kept[0] != null) {
                return running;
            }
            started[0] = new Computation(key, watch);
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
        if (!answers.keep(answer, computation.watch, computation.reads)) {
            computation.outdated = true;
            return null;
        }
        return answer;
    }

    @Override
    public void changed(ContentChange change) {
        answers.changed(change);
        metrics.changeApplied(change.at());
    }

    @Override
    public void listening() {
        answers.listening();
    }

    @Override
    public void interrupted() {
        answers.interrupted();
    }
}
