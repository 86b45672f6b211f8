package io.newsgraph.core.http;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How caches on the way may keep a clean answer to an anonymous GET. Browsers keep it but ask again before each use
 * ({@code max-age=0, must-revalidate}), which its ETag makes a 304 without a body while it has not changed, so that a
 * reader never sees an answer older than the last change; shared caches (CDNs, Varnish) keep it for
 * {@link #sharedMaxAge()} ({@code s-maxage}, and {@code Surrogate-Control: max-age}, which Fastly and the project's
 * VCL read and strip), since the service purges them when it changes (see {@code io.newsgraph.core.edge}), and may
 * answer with it for {@link #staleIfError()} more while the service fails. Answers to requests with credentials are
 * {@code private, no-store}, and answers with errors {@code no-store}.
 */
@ConfigMapping(prefix = "newsgraph.http")
public interface HttpCachingConfig {

    /**
     * Seconds shared caches may keep it without asking again. Unset: a day when changes purge the edge
     * ({@code newsgraph.edge.purge.target}), a minute when nothing purges it.
     */
    Optional<Long> sharedMaxAge();

    /** Seconds after that during which a shared cache may still answer with it while the service fails; 0 leaves it out. */
    @WithDefault("86400")
    long staleIfError();
}
