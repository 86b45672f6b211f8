package io.newsgraph.core.validation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class NamesIT extends NamesTest {
}
