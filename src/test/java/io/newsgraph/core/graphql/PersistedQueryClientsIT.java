package io.newsgraph.core.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PersistedQueryClientsIT extends PersistedQueryClientsTest {
}
