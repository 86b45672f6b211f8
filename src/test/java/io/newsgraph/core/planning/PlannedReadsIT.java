package io.newsgraph.core.planning;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PlannedReadsIT extends PlannedReadsTest {
}
