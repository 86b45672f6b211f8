package io.newsgraph.core.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ErrorResponsesIT extends ErrorResponsesTest {
}
