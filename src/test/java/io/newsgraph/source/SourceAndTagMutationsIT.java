package io.newsgraph.source;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SourceAndTagMutationsIT extends SourceAndTagMutationsTest {
}
