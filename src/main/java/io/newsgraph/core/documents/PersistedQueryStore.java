package io.newsgraph.core.documents;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The query texts that clients registered with their SHA-256 hashes, as Apollo's automatic persisted queries expect of
 * a server: in this copy's memory, bounded by an estimate of their bytes ({@link DocumentsConfig#persistedQueriesMaxBytes}).
 * Losing one costs its client one more request, with the query, so a flood of registrations can evict the site's own
 * queries for a while but never fill the heap.
 */
@ApplicationScoped
class PersistedQueryStore {

    /** What a cache entry and the two strings take besides their characters, rounded up. */
    private static final int BYTES_PER_ENTRY = 160;

    private final Cache<String, String> queries;

    PersistedQueryStore(DocumentsConfig config) {
        this.queries = Caffeine.newBuilder()
                .maximumWeight(config.persistedQueriesMaxBytes().asLongValue())
                .weigher((String hash, String query) -> weight(hash, query))
                // evictions run on the thread that registers, so that a flood of registrations cannot outrun them
                .executor(Runnable::run)
                .build();
    }

    /** The query registered with this hash, if this copy still has it. */
    Optional<String> find(String sha256Hash) {
        return Optional.ofNullable(queries.getIfPresent(sha256Hash));
    }

    /** Keeps a query under its hash, which the caller has checked is the query's. */
    void register(String sha256Hash, String query) {
        queries.put(sha256Hash, query);
    }

    /** What the store holds, by its estimate in bytes. */
    long weightedSize() {
        return queries.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    static int weight(String id, String text) {
        // a Java string takes at most two bytes a character
        return (int) Math.min(Integer.MAX_VALUE, 2L * (id.length() + text.length()) + BYTES_PER_ENTRY);
    }
}
