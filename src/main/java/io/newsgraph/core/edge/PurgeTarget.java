package io.newsgraph.core.edge;

/** The kinds of edge a change's keys can be purged from. */
public enum PurgeTarget {
    /** Nothing is purged: shared caches keep answers a minute by default. */
    NONE,
    /** Varnish instances with the project's VCL, purged by xkey over HTTP. */
    VARNISH,
    /** Fastly's surrogate-key purge API. */
    FASTLY,
    /** Cloudflare's cache-tag purge API. */
    CLOUDFLARE,
    /** A webhook of one's own, with the keys in a JSON body signed by HMAC-SHA256. */
    WEBHOOK
}
