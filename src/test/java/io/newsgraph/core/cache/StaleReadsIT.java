package io.newsgraph.core.cache;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class StaleReadsIT extends StaleReadsTest {
}
