package io.newsgraph.core.cache;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The count cache's meters: {@value #LOOKUPS} by result ({@code hit}; {@code miss}, counted by the statement),
 * {@value #EVICTIONS} by cause ({@code content-change}, {@code size}, {@code expired}, {@code listener-interrupted}),
 * and the counts held.
 */
@ApplicationScoped
class CountCacheMetrics implements ExactEntries.Evictions {

    static final String LOOKUPS = "count.cache.lookups";
    static final String EVICTIONS = "count.cache.evictions";

    private final MeterRegistry registry;
    private final Counter hits;
    private final Counter misses;

    CountCacheMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.hits = lookups("hit");
        this.misses = lookups("miss");
    }

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    @Override
    public void evicted(String cause, int counts) {
        if (counts > 0) {
            Counter.builder(EVICTIONS)
                    .description("Counts evicted from the count cache, by cause")
                    .tag("cause", cause)
                    .register(registry)
                    .increment(counts);
        }
    }

    /** The number of counts the cache holds, read when the metrics are scraped. */
    void holding(Supplier<Number> counts) {
        Gauge.builder("count.cache.counts", counts).description("The counts the count cache holds").register(registry);
    }

    private Counter lookups(String result) {
        return Counter.builder(LOOKUPS)
                .description("Lookups of top-level lists' counts in the count cache, by result")
                .tag("result", result)
                .register(registry);
    }
}
