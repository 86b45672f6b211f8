package io.newsgraph.core.cache;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same, with every read answered by the resolvers: what they read is recorded as exactly as the planner's. */
@QuarkusTest
@TestProfile(ResponseCacheOnResolversTest.PlannerOff.class)
class ResponseCacheOnResolversTest extends ResponseCacheTest {

    public static class PlannerOff extends ResponseCacheOn {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.planner.enabled", "false");
        }
    }
}
