package io.newsgraph.core.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ProductionSwitchesIT extends ProductionSwitchesTest {
}
