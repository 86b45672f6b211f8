package io.newsgraph.comment;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.variables;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsgraph.core.node.GlobalId;
import io.newsgraph.testing.Call;
import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.Editing;
import io.newsgraph.testing.GraphQLWebSocket;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The end of a comment's life on a page that updates live: left PENDING, invisible to readers and to subscribers of
 * {@code commentAdded}; approved, visible to readers on both read paths and sent to every subscriber of its article,
 * also when the approval is written by another client of the database, as another copy of the service would write it.
 * The commenter's e-mail address is in no answer, no event, and no notification PostgreSQL sends.
 */
@QuarkusTest
class CommentAddedTest {

    private static final String ADD = "mutation($input: CommentInput!) { addComment(input: $input) { comment { id } } }";
    private static final String MODERATE = "mutation($id: ID!, $decision: ModerationDecision!) {"
            + " moderateComment(id: $id, decision: $decision) { comment { id status } } }";
    private static final String THREAD = "query($id: ID!) { article(id: $id) { comments { edges { node { id } } } } }";

    private final String email = "live." + UUID.randomUUID() + "@example.org";
    private final List<String> answers = new ArrayList<>();
    private final List<GraphQLWebSocket> clients = new ArrayList<>();
    private final List<String> articles = new ArrayList<>();
    private Connection notifications;

    @BeforeEach
    void listenAsAnotherCopyWould() throws SQLException {
        notifications = ContentDatabase.connect();
        try (Statement statement = notifications.createStatement()) {
            statement.execute("LISTEN newsgraph_content_changes");
        }
    }

    @AfterEach
    void noEmailAddressAnywhere() throws SQLException {
        clients.forEach(GraphQLWebSocket::close);
        articles.forEach(Editing::deleteArticle);
        List<String> seen = new ArrayList<>(answers);
        clients.forEach(client -> seen.addAll(client.received()));
        PGNotification[] notified = notifications.unwrap(PGConnection.class).getNotifications(1_000);
        notifications.close();
        for (PGNotification notification : notified == null ? new PGNotification[0] : notified) {
            seen.add(notification.getParameter());
        }
        seen.forEach(text -> assertFalse(text.contains(email), () -> "the e-mail address in " + text));
    }

    @Test
    void aCommentIsSentOnceAModeratorApprovesIt() {
        String articleId = publishedArticle("Live comments");
        GraphQLWebSocket subscriber = subscriber();
        String subscription = subscribe(subscriber, articleId);

        String pending = add(articleId, "Awa", "Waits for a moderator.");
        String approved = add(articleId, "Bruno", "Approved first.");
        assertReadersSee(articleId, List.of());
        moderate(approved, "APPROVE");

        // the first event is the approved comment: the pending one, committed before it, sent none
        JsonNode event = subscriber.nextEvent(subscription).path("data").path("commentAdded");
        assertEquals(approved, event.path("id").asText());
        assertEquals("Bruno", event.path("authorName").asText());
        assertEquals("Approved first.", event.path("body").asText());
        assertEquals("APPROVED", event.path("status").asText());
        assertTrue(event.path("parent").isNull());
        assertEquals(articleId, event.path("article").path("id").asText());
        assertEquals(1, event.path("article").path("commentCount").asInt(), "the event shows the committed state");
        assertReadersSee(articleId, List.of(approved));

        moderate(pending, "REJECT");
        String reply = add(articleId, approved, "Chloé", "A reply.");
        moderate(reply, "APPROVE");
        JsonNode replied = subscriber.nextEvent(subscription).path("data").path("commentAdded");
        assertEquals(reply, replied.path("id").asText(), "the rejected comment sent nothing");
        assertEquals(approved, replied.path("parent").path("id").asText());
        assertEquals(2, replied.path("article").path("commentCount").asInt(), "each event is read afresh");
    }

    @Test
    void anApprovalWrittenByAnotherConnectionIsSent() {
        String articleId = publishedArticle("Approved elsewhere");
        GraphQLWebSocket subscriber = subscriber();
        String subscription = subscribe(subscriber, articleId);
        String commentId = add(articleId, "Awa", "Approved by another copy.");

        ContentDatabase.execute("update comment set status = 'APPROVED', version = version + 1 where id = ?",
                GlobalId.decodeKey(commentId, Comment.TYPE));

        JsonNode event = subscriber.nextEvent(subscription).path("data").path("commentAdded");
        assertEquals(commentId, event.path("id").asText());
        assertEquals("Approved by another copy.", event.path("body").asText());
        assertReadersSee(articleId, List.of(commentId));
    }

    @Test
    void aCommentIsSentOnceWhateverTheNumberOfChangesThatMadeItVisible() throws SQLException {
        String articleId = publishedArticle("Approved in one transaction");
        GraphQLWebSocket subscriber = subscriber();
        String subscription = subscribe(subscriber, articleId);
        String commentId = add(articleId, "Awa", "Approved in three statements.");

        // three changes of what readers see of it, all read after the COMMIT, all finding it approved
        try (Connection connection = ContentDatabase.connect()) {
            connection.setAutoCommit(false);
            long key = GlobalId.decodeKey(commentId, Comment.TYPE);
            for (String status : List.of("APPROVED", "REJECTED", "APPROVED")) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update comment set status = ?, version = version + 1 where id = ?")) {
                    update.setString(1, status);
                    update.setLong(2, key);
                    update.executeUpdate();
                }
            }
            connection.commit();
        }
        assertEquals(commentId, subscriber.nextEvent(subscription).at("/data/commentAdded/id").asText());
        String next = add(articleId, "Bruno", "The next one.");
        moderate(next, "APPROVE");
        assertEquals(next, subscriber.nextEvent(subscription).at("/data/commentAdded/id").asText(),
                "the first comment was sent once");
    }

    @Test
    void aReplyIsSentOnlyWhileReadersSeeTheCommentsAboveIt() {
        String articleId = publishedArticle("Hidden conversations");
        String comment = add(articleId, "Awa", "Starts a conversation.");
        moderate(comment, "APPROVE");
        String reply = add(articleId, comment, "Bruno", "Answers it.");
        String later = add(articleId, "Chloé", "Comes later.");
        moderate(comment, "REJECT");
        // written before the subscription, so that none of it can be the events below
        GraphQLWebSocket subscriber = subscriber();
        String subscription = subscribe(subscriber, articleId);

        // the service refuses to approve the reply now; another client of the database does it anyway
        ContentDatabase.execute("update comment set status = 'APPROVED', version = version + 1 where id = ?",
                GlobalId.decodeKey(reply, Comment.TYPE));
        moderate(later, "APPROVE");
        assertEquals(later, subscriber.nextEvent(subscription).at("/data/commentAdded/id").asText(),
                "the reply below a rejected comment sent nothing");
        assertReadersSee(articleId, List.of(later));

        moderate(comment, "APPROVE");
        Set<String> shownAgain = Set.of(subscriber.nextEvent(subscription).at("/data/commentAdded/id").asText(),
                subscriber.nextEvent(subscription).at("/data/commentAdded/id").asText());
        assertEquals(Set.of(comment, reply), shownAgain, "the comment approved again, and the reply shown with it");
    }

    @Test
    void eachSubscriberGetsTheCommentsOfItsArticle() {
        String first = publishedArticle("First article");
        String second = publishedArticle("Second article");
        GraphQLWebSocket onFirst = subscriber();
        String firstSubscription = subscribe(onFirst, first);
        GraphQLWebSocket onBoth = subscriber();
        String bothFirst = subscribe(onBoth, first);
        String bothSecond = subscribe(onBoth, second);

        String onSecond = add(second, "Awa", "On the second article.");
        moderate(onSecond, "APPROVE");
        String onFirstArticle = add(first, "Bruno", "On the first article.");
        moderate(onFirstArticle, "APPROVE");

        assertEquals(onFirstArticle, onFirst.nextEvent(firstSubscription).at("/data/commentAdded/id").asText(),
                "a comment on another article is not sent");
        assertEquals(onSecond, onBoth.nextEvent(bothSecond).at("/data/commentAdded/id").asText());
        assertEquals(onFirstArticle, onBoth.nextEvent(bothFirst).at("/data/commentAdded/id").asText());
    }

    @Test
    void aSubscriptionCompletesWhenTheServiceStopsListeningAndCanBeMadeAgain() {
        String articleId = publishedArticle("Interrupted");
        GraphQLWebSocket subscriber = subscriber();
        String interrupted = subscribe(subscriber, articleId);

        assertEquals(1L, ContentDatabase.queryValue("select count(pg_terminate_backend(pid, 5000))"
                + " from pg_stat_activity where application_name = 'newsgraph content changes'").orElseThrow());
        JsonNode complete = subscriber.next();
        assertEquals("complete", complete.path("type").asText(), complete.toString());
        assertEquals(interrupted, complete.path("id").asText());

        String again = subscribe(subscriber, articleId);
        String commentId = add(articleId, "Awa", "After the interruption.");
        moderate(commentId, "APPROVE");
        assertEquals(commentId, subscriber.nextEvent(again).at("/data/commentAdded/id").asText());
    }

    @Test
    void anArticleIdThatIsNotOneIsRefused() {
        GraphQLWebSocket subscriber = subscriber();
        String id = subscriber.execute(GraphQLWebSocket.document("comment-added"),
                variables("articleId", GlobalId.encode(Comment.TYPE, 1)));
        subscriber.assertRefusedAsBadInput(id, "commentAdded");
    }

    private GraphQLWebSocket subscriber() {
        GraphQLWebSocket client = GraphQLWebSocket.connect();
        clients.add(client);
        return client;
    }

    private static String subscribe(GraphQLWebSocket client, String articleId) {
        return client.subscribe("commentAdded", GraphQLWebSocket.document("comment-added"),
                variables("articleId", articleId));
    }

    private String publishedArticle(String title) {
        String id = Editing.publishedArticle(title).getString("article.id");
        articles.add(id);
        return id;
    }

    private String add(String articleId, String name, String body) {
        return add(articleId, null, name, body);
    }

    private String add(String articleId, String parentId, String name, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("articleId", articleId);
        input.put("parentId", parentId);
        input.put("authorName", name);
        input.put("authorEmail", email);
        input.put("body", body);
        return kept(assertNoErrors(Call.of(ADD).variable("input", input).from(Call.newAddress()).ok()))
                .extract().path("data.addComment.comment.id");
    }

    private void moderate(String commentId, String decision) {
        kept(assertNoErrors(Call.of(MODERATE).variable("id", commentId).variable("decision", decision)
                .as(Tokens.moderator()).ok()));
    }

    private void assertReadersSee(String articleId, List<String> commentIds) {
        for (Call reader : List.of(Call.of(THREAD), Call.of(THREAD).onResolvers())) {
            ValidatableResponse thread = kept(assertNoErrors(reader.variable("id", articleId).ok()));
            if (commentIds.isEmpty()) {
                thread.body("data.article.comments.edges", empty());
            } else {
                thread.body("data.article.comments.edges.node.id", contains(commentIds.toArray()));
            }
        }
    }

    /** Keeps the answer, to check at the end that none holds the e-mail address. */
    private ValidatableResponse kept(ValidatableResponse response) {
        answers.add(response.extract().asString());
        return response;
    }
}
