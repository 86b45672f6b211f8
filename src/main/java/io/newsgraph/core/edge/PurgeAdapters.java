package io.newsgraph.core.edge;

import java.util.Optional;

/** The adapter of the configured target, refusing to start without what it needs. */
final class PurgeAdapters {

    private PurgeAdapters() {
    }

    static PurgeAdapter of(EdgeConfig.Purge config) {
        return switch (config.target()) {
            case VARNISH -> new VarnishPurge(required(config.varnishUrls(), "varnish-urls"));
            case FASTLY -> new FastlyPurge(config.fastlyApiUrl(), required(config.fastlyServiceId(), "fastly-service-id"),
                    required(config.fastlyApiToken(), "fastly-api-token"));
            case CLOUDFLARE -> new CloudflarePurge(config.cloudflareApiUrl(),
                    required(config.cloudflareZoneId(), "cloudflare-zone-id"),
                    required(config.cloudflareApiToken(), "cloudflare-api-token"));
            case WEBHOOK -> new WebhookPurge(required(config.webhookUrl(), "webhook-url"),
                    required(config.webhookSecret(), "webhook-secret"));
            case NONE -> throw new IllegalArgumentException("No edge to purge");
        };
    }

    private static <T> T required(Optional<T> value, String property) {
        return value.orElseThrow(() -> new IllegalStateException(
                "newsgraph.edge.purge.target needs newsgraph.edge.purge." + property));
    }
}
