package io.newsgraph.core.write;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.Call;
import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.Editing;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * A write sent again with its idempotency key, as a client does when an answer is lost, is done once: sent many times at
 * the same moment, one of them writes and every other answers with what it wrote (or, while it is being saved, CONFLICT),
 * never with an error about the change itself; and a different request with the same key is refused, however alike
 * their arguments read as text.
 */
@QuarkusTest
class IdempotentWritesTest {

    private static final int SENDS = 8;
    private static final String CREATE_TAG = "mutation($input: TagInput!, $key: String) { createTag(input: $input,"
            + " idempotencyKey: $key) { tag { id name version } } }";
    private static final String CREATE_ARTICLE = "mutation($input: ArticleInput!, $key: String) {"
            + " createArticle(input: $input, idempotencyKey: $key) { article { id slug version } } }";
    private static final String ADD_COMMENT = "mutation($input: CommentInput!, $key: String) { addComment(input: $input,"
            + " idempotencyKey: $key) { comment { id body status } } }";

    @Test
    void aNewTagSentEightTimesAtOnceWithOneKeyIsMadeOnceAndEveryAnswerIsIt() {
        String name = "Retried " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        JsonPath made = sameAnswers("createTag", concurrently(() -> Call.of(CREATE_TAG)
                .variable("input", Map.of("name", name)).variable("key", key).as(Tokens.editor()).send()));
        assertEquals(1L, ContentDatabase.queryValue("select count(*) from tag where name = ?", name).orElseThrow());
        assertNoErrors(Call.of("mutation($id: ID!) { deleteTag(id: $id, version: 0) { deletedId } }")
                .variable("id", made.getString("data.createTag.tag.id")).as(Tokens.editor()).ok());
    }

    @Test
    void aNewArticleSentEightTimesAtOnceWithOneKeyIsMadeOnceAndEveryAnswerIsIt() {
        String title = "Retried " + UUID.randomUUID();
        Map<String, Object> input = Editing.articleInput(title);
        String key = UUID.randomUUID().toString();
        JsonPath made = sameAnswers("createArticle", concurrently(() -> Call.of(CREATE_ARTICLE).variable("input", input)
                .variable("key", key).as(Tokens.editor()).send()));
        assertEquals(1L, ContentDatabase.queryValue("select count(*) from article where title = ?", title).orElseThrow());
        Editing.deleteArticle(made.getString("data.createArticle.article.id"));
    }

    @Test
    void aCommentSentEightTimesAtOnceWithOneKeyIsLeftOnceAndEveryAnswerIsIt() {
        String articleId = Editing.publishedArticle("Retried comments").getString("article.id");
        try {
            Map<String, Object> input = comment(articleId, "Awa", "awa@example.org", "Sent again " + UUID.randomUUID());
            String key = UUID.randomUUID().toString();
            // from addresses of their own, as a client that moves between networks, each under the rate limit
            sameAnswers("addComment", concurrently(() -> Call.of(ADD_COMMENT).variable("input", input).variable("key", key)
                    .from(Call.newAddress()).send()));
            assertEquals(1L, ContentDatabase.queryValue("select count(*) from comment where body = ?", input.get("body"))
                    .orElseThrow());
        } finally {
            Editing.deleteArticle(articleId);
        }
    }

    @Test
    void twoEmailAddressesWithOneHashCodeAreTwoRequests() {
        assertEquals("Aa@example.org".hashCode(), "BB@example.org".hashCode(), "the addresses this test is about");
        String articleId = Editing.publishedArticle("Two commenters").getString("article.id");
        try {
            assertAnotherRequest(comment(articleId, "Awa", "Aa@example.org", "Same words."),
                    comment(articleId, "Awa", "BB@example.org", "Same words."));
        } finally {
            Editing.deleteArticle(articleId);
        }
    }

    @Test
    void textMovedFromTheBodyToTheNameIsAnotherRequest() {
        String email = "awa@example.org";
        String between = ", authorEmail hash=" + email.hashCode() + ", body=";
        String articleId = Editing.publishedArticle("Moved text").getString("article.id");
        try {
            assertAnotherRequest(comment(articleId, "Awa", email, "Hello" + between + "again"),
                    comment(articleId, "Awa" + between + "Hello", email, "again"));
        } finally {
            Editing.deleteArticle(articleId);
        }
    }

    @Test
    void aSendWhileTheFirstIsSavedLongerThanAStatementMayRunIsAConflictAndThenGetsItsOutcome() throws SQLException {
        String name = "In flight " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Supplier<ValidatableResponse> send = () -> Call.of(CREATE_TAG).variable("input", Map.of("name", name))
                .variable("key", key).as(Tokens.editor()).ok();
        // the key's lock, as IdempotentWrites takes it, held as a first request still being saved would hold it
        try (Connection first = ContentDatabase.connect();
                PreparedStatement claim = first.prepareStatement(
                        "select pg_advisory_xact_lock(hashtext('newsgraph.idempotency-key'), hashtext(?))")) {
            first.setAutoCommit(false);
            claim.setString(1, key);
            claim.execute();
            assertError(send.get(), "CONFLICT").body("errors[0].message", containsString("still being saved"));
            first.rollback();
        }
        String tagId = assertNoErrors(send.get()).extract().path("data.createTag.tag.id");
        assertNoErrors(send.get()).body("data.createTag.tag.id", is(tagId));
        assertNoErrors(Call.of("mutation($id: ID!) { deleteTag(id: $id, version: 0) { deletedId } }")
                .variable("id", tagId).as(Tokens.editor()).ok());
    }

    /** The first request is done; the second, with the same key, is refused rather than answered with the first's. */
    private static void assertAnotherRequest(Map<String, Object> first, Map<String, Object> second) {
        String key = UUID.randomUUID().toString();
        Function<Map<String, Object>, ValidatableResponse> send = input -> Call.of(ADD_COMMENT).variable("input", input)
                .variable("key", key).from(Call.newAddress()).ok();
        assertNoErrors(send.apply(first));
        assertError(send.apply(second), "BAD_USER_INPUT")
                .body("errors[0].extensions.violations.field", contains("idempotencyKey"))
                .body("errors[0].message", containsString("another request"));
    }

    /**
     * The answers of one write sent again and again, of which at least one tells what was written and every other
     * tells the same, or says that the first is still being saved (CONFLICT): none is an error about the change, nor a
     * collision with the first one's write. The one.
     */
    private static JsonPath sameAnswers(String mutation, List<JsonPath> answers) {
        List<Object> written = new ArrayList<>();
        for (JsonPath answer : answers) {
            List<String> codes = answer.getList("errors.extensions.code");
            if (codes == null) {
                written.add(answer.get("data." + mutation));
            } else {
                assertEquals(List.of("CONFLICT"), codes, answer::prettify);
                assertTrue(answer.getString("errors[0].message").contains("still being saved"), answer::prettify);
            }
        }
        assertFalse(written.isEmpty(), "every send was refused");
        written.forEach(answer -> assertEquals(written.get(0), answer, "another answer to the same write"));
        return answers.stream().filter(answer -> answer.get("errors") == null).findFirst().orElseThrow();
    }

    /** Sends a request {@value #SENDS} times at the same moment; their answers. */
    private static List<JsonPath> concurrently(Supplier<ValidatableResponse> send) {
        ExecutorService clients = Executors.newFixedThreadPool(SENDS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<JsonPath>> sent = new ArrayList<>();
            for (int i = 0; i < SENDS; i++) {
                sent.add(clients.submit(() -> {
                    start.await();
                    return send.get().statusCode(200).extract().jsonPath();
                }));
            }
            start.countDown();
            List<JsonPath> answers = new ArrayList<>();
            for (Future<JsonPath> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            clients.shutdown();
        }
    }

    private static Map<String, Object> comment(String articleId, String name, String email, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("articleId", articleId);
        input.put("authorName", name);
        input.put("authorEmail", email);
        input.put("body", body);
        return input;
    }
}
