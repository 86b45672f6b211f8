package io.newsgraph.comment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class CommentAddedIT extends CommentAddedTest {
}
