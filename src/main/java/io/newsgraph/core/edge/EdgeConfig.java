package io.newsgraph.core.edge;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The surrogate keys on shareable answers; see the README's "Behind a CDN". */
@ConfigMapping(prefix = "newsgraph.edge")
public interface EdgeConfig {

    /** The header carrying the keys separated by spaces, as Fastly and Varnish xkey read them. */
    @WithDefault("Surrogate-Key")
    String surrogateKeyHeader();

    /** Cloudflare's header, keys separated by commas: {@code Cache-Tag} to send it; unset, it is not sent. */
    Optional<String> cacheTagHeader();

    /**
     * The most bytes the keys of one answer may take in a header: an answer that read more is tagged by what it read
     * but not by which rows (purged by more changes), and if that is still too long, by {@link #globalKey()} alone
     * (purged by every change). Fastly, Cloudflare and Varnish's default {@code http_resp_hdr_len} take 8 KiB.
     */
    @WithDefault("8000")
    int maxKeyBytes();

    /** The key every shareable answer carries, which a purge of everything names. */
    @WithDefault("newsgraph")
    String globalKey();

    /** Where purges go. */
    Purge purge();

    interface Purge {

        /** The CDN or cache that changes purge; none by default. */
        @WithDefault("none")
        PurgeTarget target();
    }
}
