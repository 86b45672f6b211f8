package io.newsgraph.core.ratelimit;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.newsgraph.core.error.RateLimitedException;

/**
 * One Bucket4j token bucket per client address, in a bounded cache: a bucket unused for a whole period is full again,
 * so forgetting it then changes nothing.
 */
@ApplicationScoped
class ClientRateLimits {

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    ClientRateLimits(RateLimitConfig config) {
        this.config = config;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.maxClients())
                .expireAfterAccess(config.period())
                .build();
    }

    /** Takes one request off the client's allowance, or refuses it with RATE_LIMITED. */
    void consume(String client) {
        ConsumptionProbe probe = buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(
                    probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1)));
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(config.requests()).refillGreedy(config.requests(), config.period()))
                .build();
    }
}
