package io.newsgraph.core.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class HostileRequestsIT extends HostileRequestsTest {
}
