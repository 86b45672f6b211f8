package io.newsgraph.core.cache;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same, with every read answered by the resolvers: what they read is recorded as exactly as the planner's. */
@QuarkusTest
@TestProfile(ResponseCacheOnPlannerOff.class)
class ResponseCacheOnResolversTest extends ResponseCacheTest {
}
