package io.newsgraph.core.write;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class IdempotentWritesIT extends IdempotentWritesTest {
}
