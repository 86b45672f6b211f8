package io.newsgraph.comment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class CommentThreadVisibilityIT extends CommentThreadVisibilityTest {
}
