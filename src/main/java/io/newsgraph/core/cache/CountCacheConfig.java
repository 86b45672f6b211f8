package io.newsgraph.core.cache;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The count cache's settings; see {@link CountCache}. */
@ConfigMapping(prefix = "newsgraph.count-cache")
public interface CountCacheConfig {

    /**
     * Whether the counts of top-level lists ({@code totalCount}) are kept between requests; false counts them in every
     * statement that asks for them. Independent of the response cache: the count cache serves the requests that miss
     * it, or all of them when it is off.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * How many counts are kept at most: one per list and filter values (a language, an author, a tag) that readers
     * asked for. A count with its key takes a few hundred bytes.
     */
    @WithDefault("10000")
    int maxSize();

    /**
     * How long a count is kept at most. Changes evict counts as soon as PostgreSQL notifies them; this only bounds the
     * damage of a change that no trigger reported (a table written with triggers disabled).
     */
    @WithDefault("10M")
    Duration timeToLive();
}
