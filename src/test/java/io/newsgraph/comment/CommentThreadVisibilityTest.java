package io.newsgraph.comment;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.newsgraph.testing.Call;
import io.newsgraph.testing.Editing;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Readers see a comment only while it and every comment above it are approved: rejecting a comment hides the whole
 * conversation below it from lookups by id, lists and counts, on both read paths, until it is approved again; deleting
 * it deletes that conversation. A reply below a comment readers do not see cannot be approved, nor answered.
 * <p>
 * Each test has an article of its own with one conversation, three levels deep: a comment, an approved reply to it, an
 * approved reply to that reply, and a reply to the comment still waiting for a moderator.
 */
@QuarkusTest
class CommentThreadVisibilityTest {

    private static final String ADD = "mutation($input: CommentInput!) { addComment(input: $input) { comment { id } } }";
    private static final String MODERATE = "mutation($id: ID!, $decision: ModerationDecision!) {"
            + " moderateComment(id: $id, decision: $decision) { comment { id status } } }";
    private static final String DELETE = "mutation($id: ID!) { deleteComment(id: $id) { deletedId } }";
    private static final String QUEUE = "{ moderationQueue(last: 100) { edges { node { id } } } }";
    /** The conversation as a page shows it, to the third level, with every count. */
    private static final String THREAD = "query($id: ID!) { article(id: $id) { commentCount comments { totalCount"
            + " edges { node { id replies { totalCount edges { node { id replies { totalCount edges { node { id } } } } } } } }"
            + " } } }";
    /** Each comment by its id, as a link to it would. */
    private static final String BY_ID = "query($comment: ID!, $reply: ID!, $replyToReply: ID!) {"
            + " comment: node(id: $comment) { id } reply: node(id: $reply) { id ... on Comment { parent { id } } }"
            + " replyToReply: node(id: $replyToReply) { id ... on Comment { parent { id } } } }";

    private String articleId;
    private String comment;
    private String reply;
    private String replyToReply;
    private String pendingReply;

    @BeforeEach
    void aConversationThreeLevelsDeep() {
        articleId = Editing.publishedArticle("A conversation to moderate").getString("article.id");
        comment = approved(add(null, "Awa", "The comment that starts it."));
        reply = approved(add(comment, "Bruno", "A reply."));
        replyToReply = approved(add(reply, "Chloé", "A reply to the reply."));
        pendingReply = add(comment, "Driss", "A reply still waiting.");
        assertReadersSee(List.of(comment, reply, replyToReply));
    }

    @AfterEach
    void deleteTheArticle() {
        Editing.deleteArticle(articleId);
    }

    @Test
    void rejectingACommentHidesTheConversationBelowItUntilItIsApprovedAgain() {
        assertNoErrors(moderate(comment, "REJECT"));
        assertReadersSee(List.of());

        assertNoErrors(moderate(comment, "APPROVE"));
        assertReadersSee(List.of(comment, reply, replyToReply));
        assertNoErrors(moderate(pendingReply, "APPROVE"));
        for (Call reader : readers(THREAD)) {
            assertNoErrors(reader.variable("id", articleId).ok())
                    .body("data.article.commentCount", is(4))
                    .body("data.article.comments.edges[0].node.replies.edges.node.id", contains(reply, pendingReply));
        }
    }

    @Test
    void rejectingAReplyHidesTheRepliesBelowItAndLeavesTheCommentAboveIt() {
        assertNoErrors(moderate(reply, "REJECT"));
        assertReadersSee(List.of(comment));
    }

    @Test
    void aReplyBelowACommentReadersDoNotSeeCannotBeApproved() {
        assertNoErrors(moderate(comment, "REJECT"));
        for (String below : List.of(pendingReply, reply, replyToReply)) {
            assertError(moderate(below, "APPROVE"), "CONFLICT")
                    .body("errors[0].message", containsString("which readers do not see"))
                    .body("errors[0].message", containsString("approve that one first"))
                    .body("data.moderateComment", nullValue());
        }
        assertReadersSee(List.of());
        // moderators still see what waits for them, and may reject it
        assertNoErrors(Call.of(QUEUE).as(Tokens.moderator()).ok())
                .body("data.moderationQueue.edges.node.id", hasItem(pendingReply));
        assertNoErrors(moderate(pendingReply, "REJECT")).body("data.moderateComment.comment.status", is("REJECTED"));
    }

    @Test
    void aCommentReadersDoNotSeeCannotBeAnswered() {
        assertNoErrors(moderate(comment, "REJECT"));
        assertError(send(input(reply, "Élise", "Too late.")), "BAD_USER_INPUT")
                .body("errors[0].extensions.violations.field", contains("input.parentId"));
    }

    @Test
    void deletingACommentDeletesTheConversationBelowIt() {
        assertNoErrors(Call.of(DELETE).variable("id", comment).as(Tokens.moderator()).ok());
        assertReadersSee(List.of());
        assertError(moderate(pendingReply, "APPROVE"), "NOT_FOUND");
    }

    /** What readers see on both read paths: exactly these comments, of the conversation's three levels, in order. */
    private void assertReadersSee(List<String> visible) {
        for (Call reader : readers(THREAD)) {
            ValidatableResponse thread = assertNoErrors(reader.variable("id", articleId).ok())
                    .body("data.article.commentCount", is(visible.size()))
                    .body("data.article.comments.totalCount", is(visible.isEmpty() ? 0 : 1));
            if (visible.isEmpty()) {
                thread.body("data.article.comments.edges", empty());
                continue;
            }
            String first = "data.article.comments.edges[0].node";
            thread.body(first + ".id", is(visible.get(0)))
                    .body(first + ".replies.totalCount", is(visible.size() > 1 ? 1 : 0))
                    .body(first + ".replies.edges.node.id", is(visible.subList(1, Math.min(2, visible.size()))))
                    .body(first + ".replies.edges.node.replies.totalCount",
                            is(visible.size() > 1 ? List.of(visible.size() > 2 ? 1 : 0) : List.of()));
        }
        for (Call reader : readers(BY_ID)) {
            ValidatableResponse byId = assertNoErrors(reader.variable("comment", comment).variable("reply", reply)
                    .variable("replyToReply", replyToReply).ok());
            byId.body("data.comment", visible.contains(comment) ? is(Map.of("id", comment)) : nullValue());
            byId.body("data.reply", visible.contains(reply) ? is(Map.of("id", reply, "parent", Map.of("id", comment)))
                    : nullValue());
            byId.body("data.replyToReply", visible.contains(replyToReply)
                    ? is(Map.of("id", replyToReply, "parent", Map.of("id", reply)))
                    : nullValue());
        }
    }

    private String add(String parentId, String name, String body) {
        return assertNoErrors(send(input(parentId, name, body))).extract().path("data.addComment.comment.id");
    }

    private Map<String, Object> input(String parentId, String name, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("articleId", articleId);
        input.put("parentId", parentId);
        input.put("authorName", name);
        input.put("authorEmail", "reader@example.org");
        input.put("body", body);
        return input;
    }

    private static ValidatableResponse send(Map<String, Object> input) {
        return Call.of(ADD).variable("input", input).from(Call.newAddress()).ok();
    }

    private static String approved(String commentId) {
        assertNoErrors(moderate(commentId, "APPROVE")).body("data.moderateComment.comment.status", is("APPROVED"));
        return commentId;
    }

    private static ValidatableResponse moderate(String id, String decision) {
        return Call.of(MODERATE).variable("id", id).variable("decision", decision).as(Tokens.moderator()).ok();
    }

    private static List<Call> readers(String query) {
        return List.of(Call.of(query), Call.of(query).onResolvers());
    }
}
