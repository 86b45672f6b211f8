package io.newsgraph.core.cache;

import static io.newsgraph.testing.GraphQLClient.variables;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsgraph.comment.Comment;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.GraphQLClient;
import io.newsgraph.testing.PrometheusMetrics;
import io.newsgraph.testing.SampleContent;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Anonymous reads come from the response cache, byte for byte what was computed, until a change to what they read,
 * written from a connection of the test's own as another copy of the service or psql would write it, evicts exactly
 * them. Each test works on articles and authors of its own, since the tests share a database they write to.
 */
@QuarkusTest
@TestProfile(ResponseCacheOn.class)
class ResponseCacheTest {

    /** An article's conversations, three levels deep, with their counts. */
    private static final String THREAD = "query($slug: String!) { article(slug: $slug) { commentCount comments(first: 10)"
            + " { totalCount edges { node { id replies(first: 3) { totalCount edges { node { id replies(first: 3) {"
            + " totalCount edges { node { id } } } } } } } } } } }";
    private static final String NODE = "query($id: ID!) { node(id: $id) { id ... on Comment { body } } }";
    /** A short front page, so that some published articles are not on it. */
    private static final Map<String, Object> FRONT_PAGE = variables("first", 5);

    @Test
    void aRepeatedReadIsAnsweredFromTheCacheWithTheSameBytes() {
        Map<String, Object> variables = variables("first", 3);
        Answer computed = Answer.read("directories", variables);
        Answer cached = Answer.read("directories", variables);
        assertFalse(computed.fromCache(), computed.path());
        assertTrue(cached.fromCache(), cached.path());
        assertArrayEquals(computed.body(), cached.body());
    }

    @Test
    void variablesInAnotherOrderShareTheAnswer() {
        String author = SampleContent.publishedArticles().get(3).get("author").asText();
        Answer computed = Answer.read("author-page", variables("slug", author, "first", 3));
        Answer cached = Answer.read("author-page", variables("first", 3, "slug", author));
        assertTrue(cached.fromCache(), cached.path());
        assertArrayEquals(computed.body(), cached.body());
    }

    @Test
    void requestsWithCredentialsNeverShareAnswers() {
        String query = GraphQLClient.document("front-page");
        Map<String, Object> variables = variables("first", 4);
        Answer.query(query, variables, Map.of());
        Map<String, String> credentials = Map.of("Authorization", "Bearer " + Tokens.editor());
        assertFalse(Answer.query(query, variables, credentials).fromCache());
        assertFalse(Answer.query(query, variables, credentials).fromCache());
        assertTrue(Answer.query(query, variables, Map.of()).fromCache());
    }

    @Test
    void answersWithErrorsAreNotKept() {
        String query = "{ article(id: \"not-an-id\") { title } }";
        Answer first = Answer.query(query, Map.of(), Map.of());
        assertEquals("BAD_USER_INPUT", first.json().at("/errors/0/extensions/code").asText(), first.json().toString());
        assertFalse(Answer.query(query, Map.of(), Map.of()).fromCache());
    }

    @Test
    void theTestsRequestForTheResolversGoesPastTheCache() {
        Map<String, Object> variables = variables("first", 6);
        Answer.read("front-page", variables);
        assertTrue(Answer.read("front-page", variables).fromCache());
        Answer resolved = Answer.query(GraphQLClient.document("front-page"), variables,
                Map.of(GraphQLClient.READ_PATH_HEADER, "resolvers"));
        assertEquals("resolvers", resolved.path());
    }

    @Test
    void concurrentMissesOfOneAnswerComputeItOnce() throws Exception {
        Map<String, Object> variables = variables("first", 7);
        double computedBefore = computedReads();
        ExecutorService readers = Executors.newFixedThreadPool(12);
        try {
            List<CompletableFuture<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> Answer.read("front-page", variables), readers));
            }
            byte[] first = answers.get(0).get().body();
            for (CompletableFuture<Answer> answer : answers) {
                assertArrayEquals(first, answer.get().body());
            }
        } finally {
            readers.shutdown();
        }
        assertEquals(computedBefore + 1, computedReads(), "reads computed for 12 concurrent identical requests");
    }

    @Test
    void aNewApprovedCommentEvictsWhatShowsTheArticlesCommentsAndNothingElse() {
        List<JsonNode> published = SampleContent.publishedArticles();
        String onFrontPage = published.get(0).get("slug").asText();
        String otherArticle = published.get(12).get("slug").asText();
        String unrelatedAuthor = authorOfNone(published.subList(0, 5), published.get(12));
        Answer.read("front-page", FRONT_PAGE);
        Answer.read("article-page", variables("slug", onFrontPage));
        Answer.read("article-page", variables("slug", otherArticle));
        Answer.read("author-page", variables("slug", unrelatedAuthor, "first", 20));
        int comments = Answer.read("article-page", variables("slug", onFrontPage)).json()
                .at("/data/article/commentCount").asInt();

        ContentDatabase.execute("insert into comment (article_id, author_name, author_email, body, status)"
                + " select id, 'A reader', 'reader@example.org', 'Seen from the cache test.', 'APPROVED'"
                + " from article where slug = ?", onFrontPage);

        Answer page = Answer.awaitChange(() -> Answer.read("article-page", variables("slug", onFrontPage)),
                json -> json.at("/data/article/commentCount").asInt() == comments + 1);
        assertFalse(page.fromCache());
        Answer front = Answer.read("front-page", FRONT_PAGE);
        assertFalse(front.fromCache(), "the front page shows the article's comment count");
        assertEquals(comments + 1, onFrontPage(front, onFrontPage).get("commentCount").asInt());
        assertTrue(Answer.read("article-page", variables("slug", otherArticle)).fromCache(), "another article's page");
        assertTrue(Answer.read("author-page", variables("slug", unrelatedAuthor, "first", 20)).fromCache(),
                "the page of an author who wrote none of these articles");
    }

    @Test
    void aTitleChangeEvictsTheAnswersThatShowTheArticleOnly() {
        List<JsonNode> published = SampleContent.publishedArticles();
        String offFrontPage = published.get(15).get("slug").asText();
        String onFrontPage = published.get(1).get("slug").asText();
        Answer.read("front-page", FRONT_PAGE);
        Answer.read("article-page", variables("slug", offFrontPage));
        Answer.read("article-page", variables("slug", onFrontPage));

        ContentDatabase.execute("update article set title = 'Retitled off the front page' where slug = ?", offFrontPage);
        Answer.awaitChange(() -> Answer.read("article-page", variables("slug", offFrontPage)),
                json -> json.at("/data/article/title").asText().equals("Retitled off the front page"));
        assertTrue(Answer.read("front-page", FRONT_PAGE).fromCache(), "the front page does not show that article");
        assertTrue(Answer.read("article-page", variables("slug", onFrontPage)).fromCache(), "another article's page");

        ContentDatabase.execute("update article set title = 'Retitled on the front page' where slug = ?", onFrontPage);
        Answer front = Answer.awaitChange(() -> Answer.read("front-page", FRONT_PAGE),
                json -> onFrontPage(json, onFrontPage).get("title").asText().equals("Retitled on the front page"));
        assertFalse(front.fromCache());
    }

    @Test
    void aPublishedDraftEvictsTheListsItJoinsButNotOtherPages() {
        JsonNode draft = SampleContent.articles(article -> article.get("status").asText().equals("DRAFT")).get(0);
        String author = draft.get("author").asText();
        List<JsonNode> published = SampleContent.publishedArticles();
        JsonNode otherArticle = published.stream().filter(article -> !article.get("author").asText().equals(author))
                .skip(8).findFirst().orElseThrow();
        String unrelatedAuthor = authorOfNone(List.of(draft, otherArticle), otherArticle);
        Answer.read("author-page", variables("slug", author, "first", 20));
        Answer.read("author-page", variables("slug", unrelatedAuthor, "first", 20));
        Answer.read("article-page", variables("slug", otherArticle.get("slug").asText()));
        // kept, so that the front page showing the draft below says the change was heard, not only committed
        Answer.read("front-page", FRONT_PAGE);

        ContentDatabase.execute("update article set status = 'PUBLISHED', published_at = now() where slug = ?",
                draft.get("slug").asText());

        Answer front = Answer.awaitChange(() -> Answer.read("front-page", FRONT_PAGE),
                json -> json.at("/data/articles/edges/0/node/slug").asText().equals(draft.get("slug").asText()));
        Answer authorPage = Answer.read("author-page", variables("slug", author, "first", 20));
        assertFalse(authorPage.fromCache());
        assertTrue(slugs(authorPage.json().at("/data/author/articles/edges")).contains(draft.get("slug").asText()));
        assertTrue(Answer.read("author-page", variables("slug", unrelatedAuthor, "first", 20)).fromCache(),
                "another author's page");
        assertTrue(Answer.read("article-page", variables("slug", otherArticle.get("slug").asText())).fromCache(),
                "another article's page");
        assertFalse(front.json().has("errors"));
    }

    @Test
    void aCommentsStatusEvictsWhatShowsOrCountsTheRepliesBelowIt() {
        List<JsonNode> published = SampleContent.publishedArticles();
        String slug = published.get(27).get("slug").asText();
        String otherArticle = published.get(28).get("slug").asText();
        long comment = approvedComment(slug, null);
        long reply = approvedComment(slug, comment);
        long replyToReply = approvedComment(slug, reply);
        try {
            Map<String, Object> thread = variables("slug", slug);
            Map<String, Object> byId = variables("id", GlobalId.encode(Comment.TYPE, replyToReply));
            Answer shown = Answer.awaitChange(() -> Answer.query(THREAD, thread, Map.of()),
                    json -> json.toString().contains(GlobalId.encode(Comment.TYPE, replyToReply)));
            int comments = shown.json().at("/data/article/commentCount").asInt();
            // the changes that wrote the conversation may arrive after a first answer, which they then evict
            Answer.await("the conversation kept", () -> Answer.query(THREAD, thread, Map.of()).fromCache());
            Answer.await("the reply kept", () -> Answer.query(NODE, byId, Map.of()).fromCache());
            Answer.await("another page kept", () -> Answer.read("article-page", variables("slug", otherArticle))
                    .fromCache());

            ContentDatabase.execute("update comment set status = 'REJECTED' where id = ?", comment);
            Answer hidden = Answer.awaitChange(() -> Answer.query(THREAD, thread, Map.of()),
                    json -> json.at("/data/article/commentCount").asInt() == comments - 3);
            assertFalse(hidden.json().toString().contains(GlobalId.encode(Comment.TYPE, comment)), hidden.json().toString());
            Answer.awaitChange(() -> Answer.query(NODE, byId, Map.of()), json -> json.at("/data/node").isNull());
            assertTrue(Answer.read("article-page", variables("slug", otherArticle)).fromCache(), "another article's page");

            ContentDatabase.execute("update comment set status = 'APPROVED' where id = ?", comment);
            Answer.awaitChange(() -> Answer.query(NODE, byId, Map.of()), json -> !json.at("/data/node").isNull());
            Answer.awaitChange(() -> Answer.query(THREAD, thread, Map.of()),
                    json -> json.at("/data/article/commentCount").asInt() == comments);

            ContentDatabase.execute("update comment set status = 'REJECTED' where id = ?", reply);
            Answer.awaitChange(() -> Answer.query(NODE, byId, Map.of()), json -> json.at("/data/node").isNull());
            Answer.awaitChange(() -> Answer.query(THREAD, thread, Map.of()),
                    json -> json.at("/data/article/commentCount").asInt() == comments - 2);
        } finally {
            ContentDatabase.execute("delete from comment where id = ?", comment);
        }
    }

    /** An approved comment on an article, or a reply to another comment, written as psql would; its key. */
    private static long approvedComment(String slug, Long parent) {
        return (Long) ContentDatabase.queryValue("insert into comment (article_id, parent_id, author_name, author_email,"
                + " body, status) select id, cast(? as bigint), 'A reader', 'reader@example.org', 'In a thread.',"
                + " 'APPROVED' from article where slug = ? returning id", parent, slug).orElseThrow();
    }

    private static double computedReads() {
        return PrometheusMetrics.value("graphql_reads_total", "path", "planned")
                + PrometheusMetrics.value("graphql_reads_total", "path", "resolvers");
    }

    /** An author with published articles who wrote none of {@code articles}, nor {@code also}. */
    private static String authorOfNone(List<JsonNode> articles, JsonNode also) {
        List<String> excluded = new ArrayList<>(articles.stream().map(article -> article.get("author").asText()).toList());
        excluded.add(also.get("author").asText());
        return SampleContent.publishedArticles().stream().map(article -> article.get("author").asText())
                .filter(author -> !excluded.contains(author)).findFirst().orElseThrow();
    }

    /** The card of an article on the front page. */
    private static JsonNode onFrontPage(Answer front, String slug) {
        return onFrontPage(front.json(), slug);
    }

    private static JsonNode onFrontPage(JsonNode front, String slug) {
        return StreamSupport.stream(front.at("/data/articles/edges").spliterator(), false).map(edge -> edge.get("node"))
                .filter(node -> node.get("slug").asText().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " is not on the front page: " + front));
    }

    private static List<String> slugs(JsonNode edges) {
        return StreamSupport.stream(edges.spliterator(), false).map(edge -> edge.at("/node/slug").asText()).toList();
    }
}
