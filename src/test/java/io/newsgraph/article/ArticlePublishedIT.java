package io.newsgraph.article;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ArticlePublishedIT extends ArticlePublishedTest {
}
