package io.newsgraph.core.security;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class AuthenticationIT extends AuthenticationTest {
}
