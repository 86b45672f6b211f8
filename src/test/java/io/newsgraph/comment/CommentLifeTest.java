package io.newsgraph.comment;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.newsgraph.testing.Call;
import io.newsgraph.testing.Editing;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A comment's life: left PENDING and invisible to readers, in the moderation queue, approved and shown to readers on
 * both read paths, rejected and hidden again, deleted with its replies; kept exactly as written, and the commenter's
 * e-mail address in no answer along the way.
 */
@QuarkusTest
class CommentLifeTest {

    private static final String ADD = "mutation($input: CommentInput!) { addComment(input: $input) { comment {"
            + " id authorName body status createdAt article { id } parent { id } } } }";
    private static final String THREAD = "query($id: ID!) { article(id: $id) { commentCount comments(first: 50) {"
            + " totalCount edges { node { id authorName body replies { edges { node { id body } } } } } } } }";
    private static final String QUEUE = "query($after: String) { moderationQueue(first: 100, after: $after) {"
            + " totalCount edges { node { id createdAt status } } pageInfo { hasNextPage endCursor } } }";
    private static final String MODERATE = "mutation($id: ID!, $decision: ModerationDecision!) {"
            + " moderateComment(id: $id, decision: $decision) { comment { id status body } } }";
    /** Exactly as a reader might type it: spaces around, markup that stays text, a line break, an emoji, an accent. */
    private static final String BODY = "  Merci ! <b>pas de HTML</b> & \"guillemets\"\r\n\tligne 2 😀 e\u0301 ";

    private final List<String> answers = new ArrayList<>();
    private final String email = "awa." + UUID.randomUUID() + "@example.org";
    private String articleId;

    @AfterEach
    void deleteTheArticle() {
        if (articleId != null) {
            Editing.deleteArticle(articleId);
        }
        answers.forEach(answer -> assertFalse(answer.contains(email), () -> "the e-mail address in " + answer));
    }

    @Test
    void aCommentWaitsForAModeratorAndReadersSeeItOnlyOnceApproved() {
        articleId = Editing.publishedArticle("Open to comments").getString("article.id");
        ValidatableResponse added = kept(assertNoErrors(add(comment(articleId, null, "Awa", BODY))));
        added.body("data.addComment.comment.status", is("PENDING"))
                .body("data.addComment.comment.body", is(BODY))
                .body("data.addComment.comment.authorName", is("Awa"))
                .body("data.addComment.comment.article.id", is(articleId));
        String commentId = added.extract().path("data.addComment.comment.id");

        assertReadersSee(List.of());
        for (Call reader : readers("query($id: ID!) { node(id: $id) { id } }")) {
            kept(assertNoErrors(reader.variable("id", commentId).ok())).body("data.node", nullValue());
        }
        List<String> queue = queue();
        assertEquals(commentId, queue.get(queue.size() - 1), "the newest comment comes last");

        kept(assertNoErrors(moderate(commentId, "APPROVE"))).body("data.moderateComment.comment.status", is("APPROVED"));
        assertReadersSee(List.of(commentId));
        assertFalse(queue().contains(commentId));

        String replyId = kept(assertNoErrors(add(comment(articleId, commentId, "Bruno", "Une réponse."))))
                .extract().path("data.addComment.comment.id");
        kept(assertError(add(comment(articleId, replyId, "Chloé", "Réponse à une réponse en attente.")),
                "BAD_USER_INPUT")).body("errors[0].extensions.violations.field", contains("input.parentId"));
        kept(assertNoErrors(moderate(replyId, "APPROVE")));
        for (Call reader : readers(THREAD)) {
            kept(assertNoErrors(reader.variable("id", articleId).ok()))
                    .body("data.article.commentCount", is(2))
                    .body("data.article.comments.edges[0].node.replies.edges.node.id", contains(replyId));
        }

        kept(assertNoErrors(moderate(replyId, "REJECT")));
        kept(assertNoErrors(moderate(commentId, "REJECT"))).body("data.moderateComment.comment.status", is("REJECTED"));
        assertReadersSee(List.of());

        kept(assertNoErrors(Call.of("mutation($id: ID!) { deleteComment(id: $id) { deletedId } }")
                .variable("id", commentId).as(Tokens.moderator()).ok())).body("data.deleteComment.deletedId", is(commentId));
        kept(assertError(moderate(replyId, "APPROVE"), "NOT_FOUND"));
    }

    @Test
    void theQueueListsTheOldestFirst() {
        articleId = Editing.publishedArticle("Queue order").getString("article.id");
        for (String name : List.of("One", "Two", "Three")) {
            kept(assertNoErrors(add(comment(articleId, null, name, "Comment " + name))));
        }
        List<Instant> times = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var page = kept(assertNoErrors(Call.of(QUEUE.replace("first: 100", "first: 2")).variable("after", after)
                    .as(Tokens.moderator()).ok())).extract().jsonPath();
            page.<String> getList("data.moderationQueue.edges.node.createdAt").forEach(time -> times.add(Instant.parse(time)));
            more = page.getBoolean("data.moderationQueue.pageInfo.hasNextPage");
            after = page.getString("data.moderationQueue.pageInfo.endCursor");
        }
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isBefore(times.get(i - 1)), "oldest first");
        }
    }

    @Test
    void commentsGoOnlyToPublishedArticles() {
        articleId = Editing.createArticle(Editing.articleInput("Not yet open")).getString("article.id");
        kept(assertError(add(comment(articleId, null, "Awa", "Trop tôt ?")), "BAD_USER_INPUT"))
                .body("errors[0].extensions.violations.field", contains("input.articleId"));
    }

    @Test
    void lengthsAreCountedInCharactersAndEveryProblemIsReportedAtOnce() {
        articleId = Editing.publishedArticle("Long names").getString("article.id");
        kept(assertNoErrors(add(comment(articleId, null, "😀".repeat(80), "é".repeat(5_000)))))
                .body("data.addComment.comment.authorName", is("😀".repeat(80)));
        Map<String, Object> invalid = comment(articleId, null, "😀".repeat(81), "a".repeat(5_001));
        invalid.put("authorEmail", "not an address");
        kept(assertError(add(invalid), "BAD_USER_INPUT"))
                .body("data.addComment", nullValue())
                .body("errors", org.hamcrest.Matchers.hasSize(1))
                .body("errors[0].extensions.violations.field", hasItems("input.authorEmail", "input.authorName",
                        "input.body"));
        kept(assertError(add(comment(articleId, null, " ", "")), "BAD_USER_INPUT"))
                .body("errors[0].extensions.violations.field", hasItem("input.authorName"))
                .body("errors[0].extensions.violations.field", hasItem("input.body"));
    }

    @Test
    void editorsDoNotModerate() {
        kept(assertError(Call.of(QUEUE).as(Tokens.editor()).ok(), "FORBIDDEN"));
    }

    private void assertReadersSee(List<String> commentIds) {
        for (Call reader : readers(THREAD)) {
            ValidatableResponse thread = kept(assertNoErrors(reader.variable("id", articleId).ok()))
                    .body("data.article.commentCount", is(commentIds.size()))
                    .body("data.article.comments.totalCount", is(commentIds.size()));
            if (commentIds.isEmpty()) {
                thread.body("data.article.comments.edges", empty());
            } else {
                thread.body("data.article.comments.edges.node.id", contains(commentIds.toArray()))
                        .body("data.article.comments.edges[0].node.body", is(BODY));
            }
        }
    }

    /** The ids in the moderation queue, page after page. */
    private List<String> queue() {
        List<String> ids = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var page = kept(assertNoErrors(Call.of(QUEUE).variable("after", after).as(Tokens.moderator()).ok()))
                    .body("data.moderationQueue.edges.node.status", not(hasItem("APPROVED"))).extract().jsonPath();
            ids.addAll(page.getList("data.moderationQueue.edges.node.id"));
            more = page.getBoolean("data.moderationQueue.pageInfo.hasNextPage");
            after = page.getString("data.moderationQueue.pageInfo.endCursor");
        }
        return ids;
    }

    private Map<String, Object> comment(String article, String parent, String name, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("articleId", article);
        input.put("parentId", parent);
        input.put("authorName", name);
        input.put("authorEmail", email);
        input.put("body", body);
        return input;
    }

    private static ValidatableResponse add(Map<String, Object> input) {
        return Call.of(ADD).variable("input", input).from(Call.newAddress()).ok();
    }

    private static ValidatableResponse moderate(String id, String decision) {
        return Call.of(MODERATE).variable("id", id).variable("decision", decision).as(Tokens.moderator()).ok();
    }

    private static List<Call> readers(String query) {
        return List.of(Call.of(query), Call.of(query).onResolvers());
    }

    /** Keeps the answer, to check at the end that none holds the e-mail address. */
    private ValidatableResponse kept(ValidatableResponse response) {
        answers.add(response.extract().asString());
        return response;
    }
}
