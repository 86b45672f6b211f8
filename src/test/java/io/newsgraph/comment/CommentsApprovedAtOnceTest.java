package io.newsgraph.comment;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.Call;
import io.newsgraph.testing.Editing;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A site that shows comments without moderation: new comments are APPROVED, and readers see them at once. */
@QuarkusTest
@TestProfile(CommentsApprovedAtOnceTest.ApprovedAtOnce.class)
class CommentsApprovedAtOnceTest {

    public static class ApprovedAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.comments.approve-at-once", "true");
        }
    }

    @Test
    void aNewCommentIsShownAtOnce() {
        String articleId = Editing.publishedArticle("No moderation here").getString("article.id");
        try {
            String commentId = assertNoErrors(Call.of("mutation($input: CommentInput!) { addComment(input: $input) {"
                    + " comment { id status } } }").variable("input", Map.of("articleId", articleId, "authorName", "Awa",
                            "authorEmail", "awa@example.org", "body", "Tout de suite."))
                    .from(Call.newAddress()).ok())
                    .body("data.addComment.comment.status", is("APPROVED"))
                    .extract().path("data.addComment.comment.id");
            String thread = "query($id: ID!) { article(id: $id) { comments { edges { node { id } } } } }";
            for (Call reader : List.of(Call.of(thread), Call.of(thread).onResolvers())) {
                assertNoErrors(reader.variable("id", articleId).ok())
                        .body("data.article.comments.edges.node.id", contains(commentId));
            }
        } finally {
            Editing.deleteArticle(articleId);
        }
    }
}
