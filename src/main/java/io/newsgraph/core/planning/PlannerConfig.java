package io.newsgraph.core.planning;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The read planner's settings. */
@ConfigMapping(prefix = "newsgraph.planner")
public interface PlannerConfig {

    /** Whether read operations the planner knows are answered by one SQL statement; false leaves all to the resolvers. */
    @WithDefault("true")
    boolean enabled();

    /** How much memory the compiled plans may take, estimated from their SQL and their parts. */
    @WithDefault("8M")
    MemorySize cacheMaxBytes();

    /**
     * Whether a request's {@code Newsgraph-Read-Path} header may send it to the resolvers, past the response cache,
     * and the response says which path answered: for the tests that compare both paths, never in production (it would
     * let a client pick the costlier path).
     */
    @WithDefault("false")
    boolean pathHeaderEnabled();
}
