package io.newsgraph.core.node;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class NodeGraphQLApiIT extends NodeGraphQLApiTest {
}
