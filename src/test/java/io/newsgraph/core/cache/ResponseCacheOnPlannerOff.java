package io.newsgraph.core.cache;

import java.util.Map;

/**
 * The response cache on, as in production, and the planner off ({@code newsgraph.planner.enabled=false}), as production
 * can switch it: every read the cache does not answer goes to the resolvers. One profile for the tests of both
 * settings, so that the application starts once for them.
 */
public class ResponseCacheOnPlannerOff extends ResponseCacheOn {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsgraph.planner.enabled", "false");
    }
}
