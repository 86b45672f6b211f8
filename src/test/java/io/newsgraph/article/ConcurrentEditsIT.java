package io.newsgraph.article;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ConcurrentEditsIT extends ConcurrentEditsTest {
}
