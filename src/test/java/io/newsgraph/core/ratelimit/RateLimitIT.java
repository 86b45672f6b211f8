package io.newsgraph.core.ratelimit;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class RateLimitIT extends RateLimitTest {
}
