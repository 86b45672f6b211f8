package io.newsgraph.core.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.events.ContentChange;
import io.newsgraph.core.events.ContentChange.Operation;
import io.newsgraph.core.sql.Footprint;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * An answer computed while a change to what it read arrived may show the rows from before the change, whose evictions
 * and purges may be done already: the response cache keeps it nowhere and says it is outdated, so that no cache on the
 * way keeps it either. Changes are told to the cache here as {@code ContentChanges} tells them.
 */
class ResponseCacheComputationsTest {

    /** The published articles: what the front page lists. */
    private static final ReadSubject.ListOf PUBLISHED = new ReadSubject.ListOf("article",
            new Footprint(Map.of("article", Set.of("status", "published_at"))), null);
    private static final CacheKey FRONT_PAGE = CacheKey.of("{ articles { totalCount } }", null, Map.of());
    private static final byte[] BODY = "{\"data\":{\"articles\":{\"totalCount\":3}}}".getBytes(StandardCharsets.UTF_8);

    private ResponseCache cache;

    @BeforeEach
    void listeningCache() {
        // never subscribed to ContentChanges here: each test tells it of changes itself
        cache = new ResponseCache(new Config(), null, new ResponseCacheMetrics(new SimpleMeterRegistry()));
        cache.listening();
    }

    @Test
    void anAnswerComputedWhileAChangeToWhatItReadArrivedIsOutdatedAndNotKept() {
        ResponseCache.Computation computing = startComputing();
        cache.changed(update("article", "status"));
        cache.store(computing, BODY, "digest");
        assertTrue(computing.outdated());
        assertInstanceOf(ResponseCache.Miss.class, cache.lookup(FRONT_PAGE));
    }

    @Test
    void anAnswerComputedWhileAnotherChangeArrivedIsKept() {
        ResponseCache.Computation computing = startComputing();
        cache.changed(update("article", "title"));
        cache.store(computing, BODY, "digest");
        assertFalse(computing.outdated());
        assertInstanceOf(CachedAnswer.class, cache.lookup(FRONT_PAGE));
    }

    @Test
    void anAnswerComputedAcrossAnInterruptionIsOutdated() {
        ResponseCache.Computation computing = startComputing();
        cache.interrupted();
        cache.listening();
        cache.store(computing, BODY, "digest");
        assertTrue(computing.outdated(), "changes could have gone unheard while it was computed");
    }

    private ResponseCache.Computation startComputing() {
        ResponseCache.Computation computing = assertInstanceOf(ResponseCache.Miss.class, cache.lookup(FRONT_PAGE))
                .computation();
        computing.reads().read(PUBLISHED, Reads.TOP_LEVEL);
        return computing;
    }

    private static ContentChange update(String table, String column) {
        return new ContentChange(table, Operation.UPDATE, Map.of("id", Set.of(7L)), Set.of(column), Instant.now());
    }

    private static final class Config implements ResponseCacheConfig {

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public MemorySize maxBytes() {
            return new MemorySize(BigInteger.valueOf(1 << 20));
        }

        @Override
        public Duration timeToLive() {
            return Duration.ofMinutes(10);
        }
    }
}
