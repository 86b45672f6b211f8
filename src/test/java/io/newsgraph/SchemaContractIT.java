package io.newsgraph;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SchemaContractIT extends SchemaContractTest {
}
