package io.newsgraph.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.events.ContentChange;
import io.newsgraph.core.events.ContentChange.Operation;
import io.newsgraph.core.sql.Footprint;

/**
 * The count cache keeps a count until a change to what it counts, and never one counted while such a change arrived or
 * while changes could go unheard. Changes are told to it here as {@code ContentChanges} tells them.
 */
class CountCacheTest {

    /** The published articles, narrowed by language: what {@code articles(filter: {language})} counts. */
    private static final ReadSubject.ListOf PUBLISHED_IN_LANGUAGE = new ReadSubject.ListOf("article",
            new Footprint(Map.of("article", Set.of("status", "language"))), null);
    private static final CountKey FRENCH = new CountKey(
            "(select count(*) from article counted where counted.status = 'PUBLISHED' and counted.language = ?)",
            List.of("fr"));
    private static final CountKey SPANISH = new CountKey(FRENCH.sql(), List.of("es"));

    private CountCache cache;

    @BeforeEach
    void listeningCache() {
        // never subscribed to ContentChanges here: each test tells it of changes itself
        cache = new CountCache(new Config(), null, new CountCacheMetrics(new SimpleMeterRegistry()));
        cache.listening();
    }

    @Test
    void aCountedCountIsGivenToTheNextRequest() {
        CountLookup first = lookUp(FRENCH);
        assertNull(first.cached());
        first.counted(42);
        assertEquals(42L, lookUp(FRENCH).cached());
    }

    @Test
    void countsWithOtherValuesAreNotShared() {
        lookUp(FRENCH).counted(42);
        assertNull(lookUp(SPANISH).cached());
        assertNull(lookUp(new CountKey("(select count(*) from tag counted where true)", List.of("fr"))).cached());
    }

    @Test
    void aChangeToWhatACountReadsEvictsIt() {
        lookUp(FRENCH).counted(42);
        cache.changed(update("article", "status"));
        assertNull(lookUp(FRENCH).cached());
        lookUp(FRENCH).counted(41);
        cache.changed(change("article", Operation.INSERT, null));
        assertNull(lookUp(FRENCH).cached());
    }

    @Test
    void aChangeToWhatACountDoesNotReadLeavesIt() {
        lookUp(FRENCH).counted(42);
        cache.changed(update("article", "title"));
        cache.changed(change("comment", Operation.INSERT, null));
        assertEquals(42L, lookUp(FRENCH).cached());
    }

    @Test
    void aCountMadeWhileAChangeToWhatItReadsArrivedIsNotKept() {
        CountLookup counting = lookUp(FRENCH);
        // the statement may have counted before the change committed
        cache.changed(update("article", "language"));
        counting.counted(42);
        assertNull(lookUp(FRENCH).cached());
    }

    @Test
    void aCountMadeWhileAnotherChangeArrivedIsKept() {
        CountLookup counting = lookUp(FRENCH);
        cache.changed(update("article", "title"));
        counting.counted(42);
        assertEquals(42L, lookUp(FRENCH).cached());
    }

    @Test
    void anInterruptionEmptiesTheCacheWhichKeepsNothingUntilItListensAgain() {
        lookUp(FRENCH).counted(42);
        CountLookup counting = lookUp(SPANISH);
        cache.interrupted();
        CountLookup unheard = lookUp(FRENCH);
        assertInstanceOf(CountCache.Unavailable.class, unheard);
        unheard.counted(42);
        cache.listening();
        counting.counted(7);
        assertNull(lookUp(FRENCH).cached());
        assertNull(lookUp(SPANISH).cached(), "a count made across an interruption was kept");
    }

    @Test
    void theCacheHoldsAtMostItsSize() {
        for (int i = 0; i < 3 * Config.MAX_SIZE; i++) {
            lookUp(new CountKey(FRENCH.sql(), List.of("fr-" + i))).counted(i);
        }
        long held = 0;
        for (int i = 0; i < 3 * Config.MAX_SIZE; i++) {
            held += lookUp(new CountKey(FRENCH.sql(), List.of("fr-" + i))).cached() == null ? 0 : 1;
        }
        assertTrue(held <= Config.MAX_SIZE, held + " counts held");
    }

    private CountLookup lookUp(CountKey key) {
        return cache.lookup(key, PUBLISHED_IN_LANGUAGE);
    }

    private static ContentChange update(String table, String column) {
        return change(table, Operation.UPDATE, Set.of(column));
    }

    private static ContentChange change(String table, Operation operation, Set<String> columns) {
        return new ContentChange(table, operation, Map.of("id", Set.of(7L)), columns, Instant.now());
    }

    private static final class Config implements CountCacheConfig {

        static final int MAX_SIZE = 10;

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public int maxSize() {
            return MAX_SIZE;
        }

        @Override
        public Duration timeToLive() {
            return Duration.ofMinutes(10);
        }
    }
}
