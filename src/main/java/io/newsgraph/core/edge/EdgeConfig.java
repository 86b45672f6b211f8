package io.newsgraph.core.edge;

import java.net.URI;
import java.time.Duration;
import java.util.List;
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

    /** Where purges go, and how. */
    Purge purge();

    interface Purge {

        /** The CDN or cache that changes purge; none by default. */
        @WithDefault("none")
        PurgeTarget target();

        /** The most keys one purge request names; unset, the target's own limit. */
        Optional<Integer> maxKeysPerRequest();

        /**
         * The most keys waiting to be purged, while the target is slow or down: beyond it, they are replaced by the
         * global key, which purges everything once the target answers.
         */
        @WithDefault("10000")
        int maxPendingKeys();

        /** The longest wait between two attempts at a purge that failed; the first retry comes after 100 ms. */
        @WithDefault("30S")
        Duration maxRetryDelay();

        /** How long a purge request may take before it counts as failed. */
        @WithDefault("5S")
        Duration timeout();

        /** Varnish: the address of each instance, each purged with the project's VCL ({@code deploy/varnish}). */
        Optional<List<URI>> varnishUrls();

        /** Fastly: the service whose keys are purged. */
        Optional<String> fastlyServiceId();

        /** Fastly: an API token with purge rights on the service (a secret). */
        Optional<String> fastlyApiToken();

        @WithDefault("https://api.fastly.com")
        URI fastlyApiUrl();

        /** Cloudflare: the zone whose tags are purged. */
        Optional<String> cloudflareZoneId();

        /** Cloudflare: an API token with the Cache Purge permission on the zone (a secret). */
        Optional<String> cloudflareApiToken();

        @WithDefault("https://api.cloudflare.com/client/v4")
        URI cloudflareApiUrl();

        /** Webhook: where the keys are posted. */
        Optional<URI> webhookUrl();

        /** Webhook: the key of the body's HMAC-SHA256, sent in {@code Newsgraph-Signature} (a secret). */
        Optional<String> webhookSecret();
    }
}
