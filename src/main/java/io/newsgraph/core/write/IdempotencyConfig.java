package io.newsgraph.core.write;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.idempotency")
public interface IdempotencyConfig {

    /** How long a write's receipt is kept: a retry with the same key within that time gets the write's outcome. */
    @WithDefault("24H")
    Duration retention();
}
