package io.newsgraph.article;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ArticleMutationsIT extends ArticleMutationsTest {
}
