package io.newsgraph.core.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long caches on the way (browsers, CDNs, proxies) may keep a clean answer to an anonymous GET, which says so in
 * {@code Cache-Control: public, max-age=N, stale-while-revalidate=M}. Answers to requests with credentials are
 * {@code private, no-store}, and answers with errors {@code no-store}.
 */
@ConfigMapping(prefix = "newsgraph.http")
public interface HttpCachingConfig {

    /** Seconds a cache may answer with it without asking again. */
    @WithDefault("60")
    long getMaxAge();

    /**
     * Seconds after that during which a cache may still answer with it while it asks again in the background, which
     * costs a 304 and no body when the answer's ETag has not changed; 0 leaves the directive out.
     */
    @WithDefault("30")
    long getStaleWhileRevalidate();
}
