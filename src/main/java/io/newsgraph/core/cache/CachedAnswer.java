package io.newsgraph.core.cache;

import java.util.List;

import io.newsgraph.core.cache.tracking.Reads;

/**
 * An answer kept by the {@link ResponseCache}: its bytes, their digest (what its entity tag is made of) and what it
 * read. Equal only to itself, so that the index never mistakes it for a later answer to the same request.
 */
final class CachedAnswer implements ResponseCache.Lookup {

    /** What keeping a key of what an answer read costs, in the index and in the answer, rounded up. */
    private static final int BYTES_PER_READ = 96;
    private static final int BYTES_OF_AN_ANSWER = 256;

    private final CacheKey key;
    private final byte[] body;
    private final String digest;
    private final List<Reads.SubjectRead> reads;

    CachedAnswer(CacheKey key, byte[] body, String digest, List<Reads.SubjectRead> reads) {
        this.key = key;
        this.body = body;
        this.digest = digest;
        this.reads = List.copyOf(reads);
    }

    CacheKey key() {
        return key;
    }

    /** The bytes that were sent, which are sent again. */
    byte[] body() {
        return body;
    }

    /** The SHA-256 of the bytes, computed once, when they were sent first. */
    String digest() {
        return digest;
    }

    List<Reads.SubjectRead> reads() {
        return reads;
    }

    /** An estimate of the bytes the answer takes while it is kept. */
    int weight() {
        long keys = reads.stream().mapToLong(read -> Math.max(1, read.keys().size())).sum();
        return (int) Math.min(Integer.MAX_VALUE, BYTES_OF_AN_ANSWER + body.length + BYTES_PER_READ * keys);
    }
}
