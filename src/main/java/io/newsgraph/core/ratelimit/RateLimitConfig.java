package io.newsgraph.core.ratelimit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limit on the {@link RateLimited} methods (posting comments), per client address and per copy of the service:
 * {@link #requests()} at once, refilled evenly over {@link #period()}.
 */
@ConfigMapping(prefix = "newsgraph.rate-limit")
public interface RateLimitConfig {

    /** How many requests a client address may send in one period, and in a burst. */
    @WithDefault("5")
    int requests();

    @WithDefault("1M")
    Duration period();

    /** How many client addresses are remembered at once; those not seen for longest are forgotten first. */
    @WithDefault("100000")
    long maxClients();
}
