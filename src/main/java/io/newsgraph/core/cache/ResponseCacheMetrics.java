package io.newsgraph.core.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The response cache's meters: {@value #LOOKUPS} by result ({@code hit}; {@code shared}, an answer another request was
 * computing; {@code miss}), {@value #EVICTIONS} by cause ({@code content-change}, {@code size}, {@code expired},
 * {@code listener-interrupted}), the bytes and answers held, and {@value #EVICTION_DELAY}: from the statement that
 * changed the content, by the database's clock, to the end of its evictions here.
 */
@ApplicationScoped
class ResponseCacheMetrics implements ExactEntries.Evictions {

    static final String LOOKUPS = "response.cache.lookups";
    static final String EVICTIONS = "response.cache.evictions";
    static final String EVICTION_DELAY = "response.cache.eviction.delay";

    private final MeterRegistry registry;
    private final Counter hits;
    private final Counter shared;
    private final Counter misses;
    private final Timer evictionDelay;

    ResponseCacheMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.hits = lookups("hit");
        this.shared = lookups("shared");
        this.misses = lookups("miss");
        this.evictionDelay = Timer.builder(EVICTION_DELAY)
                .description("From a statement that changed the content to the end of the evictions it caused here")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    void hit() {
        hits.increment();
    }

    void shared() {
        shared.increment();
    }

    void miss() {
        misses.increment();
    }

    @Override
    public void evicted(String cause, int answers) {
        if (answers > 0) {
            Counter.builder(EVICTIONS)
                    .description("Answers evicted from the response cache, by cause")
                    .tag("cause", cause)
                    .register(registry)
                    .increment(answers);
        }
    }

    void changeApplied(Instant statementTime) {
        evictionDelay.record(Duration.between(statementTime, Instant.now()));
    }

    /** The bytes and the number of answers the cache holds, read when the metrics are scraped. */
    void holding(Supplier<Number> bytes, Supplier<Number> answers) {
        Gauge.builder("response.cache.weight", bytes).description("What the cached answers weigh, in bytes")
                .baseUnit("bytes").register(registry);
        Gauge.builder("response.cache.answers", answers).description("The answers the response cache holds")
                .register(registry);
    }

    private Counter lookups(String result) {
        return Counter.builder(LOOKUPS)
                .description("Lookups of anonymous reads in the response cache, by result")
                .tag("result", result)
                .register(registry);
    }
}
