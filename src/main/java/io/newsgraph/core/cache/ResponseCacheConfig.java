package io.newsgraph.core.cache;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The response cache's settings; see {@link ResponseCache}. */
@ConfigMapping(prefix = "newsgraph.response-cache")
public interface ResponseCacheConfig {

    /** Whether anonymous reads are answered from the cache; false answers every request afresh. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The most the cached answers may take: their bytes, plus an estimate of what keeping their reads costs. A front
     * page of 20 articles with their comments weighs about 50 KiB, an article page less, so the default keeps a few
     * hundred pages in a heap of 96 MiB.
     */
    @WithDefault("16M")
    MemorySize maxBytes();

    /**
     * How long an answer is kept at most. Changes evict answers as soon as PostgreSQL notifies them; this only bounds
     * the damage of a change that no trigger reported (a table written with triggers disabled).
     */
    @WithDefault("10M")
    Duration timeToLive();
}
