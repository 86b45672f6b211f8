package io.newsgraph.comment;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsgraph.core.cache.ResponseCacheOn;
import io.newsgraph.testing.Call;
import io.newsgraph.testing.Editing;
import io.newsgraph.testing.GraphQLWebSocket;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A site that shows comments without moderation: new comments are APPROVED, readers see them at once, and subscribers
 * get them as they are left. Under the profile that turns the response cache on, which approves new comments at once
 * too: this is the read the cache must not answer from before the comment.
 */
@QuarkusTest
@TestProfile(ResponseCacheOn.class)
class CommentsApprovedAtOnceTest {

    @Test
    void aNewCommentIsShownAndSentAtOnce() {
        String articleId = Editing.publishedArticle("No moderation here").getString("article.id");
        try (GraphQLWebSocket subscriber = GraphQLWebSocket.connect()) {
            String subscription = subscriber.subscribe("commentAdded", GraphQLWebSocket.document("comment-added"),
                    Map.of("articleId", articleId));
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
            assertEquals(commentId, subscriber.nextEvent(subscription).at("/data/commentAdded/id").asText());
        } finally {
            Editing.deleteArticle(articleId);
        }
    }
}
