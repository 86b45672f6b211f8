package io.newsgraph.core.cache;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ResponseCacheIT extends ResponseCacheTest {
}
