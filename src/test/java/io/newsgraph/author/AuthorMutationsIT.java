package io.newsgraph.author;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class AuthorMutationsIT extends AuthorMutationsTest {
}
