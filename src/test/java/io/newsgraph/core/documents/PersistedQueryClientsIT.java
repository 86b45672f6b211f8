package io.newsgraph.core.documents;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PersistedQueryClientsIT extends PersistedQueryClientsTest {
}
