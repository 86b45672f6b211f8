package io.newsgraph.article;

import static io.newsgraph.testing.GraphQLClient.variables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsgraph.core.node.GlobalId;
import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.Editing;
import io.newsgraph.testing.GraphQLWebSocket;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A front page that updates live: {@code articlePublished} sends each article as it is published, through the API or
 * by another client of the database, in the language subscribed to (and its regional variants), never a draft.
 */
@QuarkusTest
class ArticlePublishedTest {

    private final List<GraphQLWebSocket> clients = new ArrayList<>();
    private final List<String> articles = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        clients.forEach(GraphQLWebSocket::close);
        articles.forEach(Editing::deleteArticle);
    }

    @Test
    void anArticleIsSentWhenItIsPublishedInTheLanguageSubscribedTo() {
        GraphQLWebSocket french = subscriber();
        String inFrench = subscribe(french, "fr");
        GraphQLWebSocket any = subscriber();
        String inAnyLanguage = subscribe(any, null);

        JsonPath englishDraft = draft("Published in English", "en");
        draft("A draft in French", "fr");
        JsonPath canadianDraft = draft("Publié au Canada", "fr-CA");
        JsonPath english = publish(englishDraft);
        JsonPath canadian = publish(canadianDraft);

        JsonNode event = french.nextEvent(inFrench).path("data").path("articlePublished");
        assertEquals(canadian.getString("article.id"), event.path("id").asText(), "fr covers fr-CA; drafts are not sent");
        assertEquals("Publié au Canada", event.path("title").asText());
        assertEquals("PUBLISHED", event.path("status").asText());
        assertEquals(canadian.getString("article.publishedAt"), event.path("publishedAt").asText());
        assertEquals(canadian.getString("article.slug"), event.path("slug").asText());
        assertFalse(event.path("author").path("name").asText().isEmpty());

        assertEquals(english.getString("article.id"), any.nextEvent(inAnyLanguage).at("/data/articlePublished/id").asText());
        assertEquals(canadian.getString("article.id"), any.nextEvent(inAnyLanguage).at("/data/articlePublished/id").asText());
    }

    @Test
    void anArticlePublishedByAnotherConnectionIsSent() {
        GraphQLWebSocket subscriber = subscriber();
        String subscription = subscribe(subscriber, "de");
        String id = draft("Anderswo veröffentlicht", "de").getString("article.id");

        ContentDatabase.execute("update article set status = 'PUBLISHED', published_at = now(), version = version + 1"
                + " where id = ?", GlobalId.decodeKey(id, Article.TYPE));

        JsonNode event = subscriber.nextEvent(subscription).path("data").path("articlePublished");
        assertEquals(id, event.path("id").asText());
        assertEquals("Anderswo veröffentlicht", event.path("title").asText());
    }

    @Test
    void anArticlePublishedAgainIsSentAgain() {
        GraphQLWebSocket subscriber = subscriber();
        String subscription = subscribe(subscriber, "it");
        JsonPath published = publish(draft("Di nuovo", "it"));
        String id = published.getString("article.id");
        assertEquals(id, subscriber.nextEvent(subscription).at("/data/articlePublished/id").asText());

        JsonPath unpublished = Editing.articleChange("unpublishArticle", id, published.getInt("article.version"));
        Editing.articleChange("publishArticle", id, unpublished.getInt("article.version"));
        assertEquals(id, subscriber.nextEvent(subscription).at("/data/articlePublished/id").asText());
    }

    @Test
    void aLanguageThatIsNotATagIsRefused() {
        GraphQLWebSocket subscriber = subscriber();
        String id = subscriber.execute(GraphQLWebSocket.document("article-published"), variables("language", "French!"));
        subscriber.assertRefusedAsBadInput(id, "articlePublished");
    }

    private GraphQLWebSocket subscriber() {
        GraphQLWebSocket client = GraphQLWebSocket.connect();
        clients.add(client);
        return client;
    }

    private static String subscribe(GraphQLWebSocket client, String language) {
        return client.subscribe("articlePublished", GraphQLWebSocket.document("article-published"),
                variables("language", language));
    }

    private JsonPath draft(String title, String language) {
        Map<String, Object> input = Editing.articleInput(title);
        input.put("language", language);
        JsonPath draft = Editing.createArticle(input);
        articles.add(draft.getString("article.id"));
        return draft;
    }

    private static JsonPath publish(JsonPath draft) {
        return Editing.articleChange("publishArticle", draft.getString("article.id"), draft.getInt("article.version"));
    }
}
