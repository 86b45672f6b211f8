package io.newsgraph.core.edge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.newsgraph.core.cache.tracking.Reads;

/**
 * The headers that tag a shareable answer with its {@link SurrogateKeys}, within {@link EdgeConfig#maxKeyBytes()}: a
 * CDN truncates or refuses a longer header without a word, and a truncated key list would leave the answer unpurged
 * by a change to what it read. Every answer also carries {@link EdgeConfig#globalKey()}.
 */
@ApplicationScoped
public class EdgeKeys {

    private final String surrogateKeyHeader;
    private final Optional<String> cacheTagHeader;
    private final int maxKeyBytes;
    private final String globalKey;

    @Inject
    EdgeKeys(EdgeConfig config) {
        this(config.surrogateKeyHeader(), config.cacheTagHeader(), config.maxKeyBytes(), config.globalKey());
    }

    EdgeKeys(String surrogateKeyHeader, Optional<String> cacheTagHeader, int maxKeyBytes, String globalKey) {
        this.surrogateKeyHeader = surrogateKeyHeader;
        this.cacheTagHeader = cacheTagHeader;
        this.maxKeyBytes = maxKeyBytes;
        this.globalKey = globalKey;
    }

    /**
     * The headers of an answer that read these subjects; null when what it read was not recorded, which only the global
     * key then covers.
     */
    public Map<String, String> headers(List<Reads.SubjectRead> reads) {
        Set<String> keys = new TreeSet<>(reads == null ? Set.of() : within(reads));
        keys.add(globalKey);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(surrogateKeyHeader, String.join(" ", keys));
        cacheTagHeader.ifPresent(header -> headers.put(header, String.join(",", keys)));
        return headers;
    }

    /** The keys of what was read, by rows and parents or, if those take too many bytes, by what was read only. */
    private Set<String> within(List<Reads.SubjectRead> reads) {
        Set<String> keys = SurrogateKeys.ofReads(reads);
        if (bytes(keys) <= maxKeyBytes) {
            return keys;
        }
        Set<String> whole = SurrogateKeys.ofReadsWhole(reads);
        return bytes(whole) <= maxKeyBytes ? whole : Set.of();
    }

    private int bytes(Set<String> keys) {
        return keys.stream().mapToInt(key -> key.length() + 1).sum() + globalKey.length();
    }
}
