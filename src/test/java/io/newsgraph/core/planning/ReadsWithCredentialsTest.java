package io.newsgraph.core.planning;

import static io.newsgraph.testing.GraphQLClient.document;
import static io.newsgraph.testing.GraphQLClient.variables;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsgraph.core.pipeline.ReadPath;
import io.newsgraph.testing.GraphQLClient;
import io.newsgraph.testing.SampleContent;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 17, item 4: a read with credentials takes the read planner's path too, with what the requester's roles let it
 * see bound into its plan: editors find drafts and archived articles by slug, by id and in the lists of their status;
 * moderators, like readers, find only published ones. Each answer is the resolvers' byte for byte, and none is kept or
 * shared.
 */
@QuarkusTest
class ReadsWithCredentialsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> UNPUBLISHED = SampleContent
            .articles(article -> !article.get("status").asText().equals("PUBLISHED"));

    @Test
    void anEditorFindsEveryUnpublishedArticleBySlugAndByIdThroughThePlanner() throws IOException {
        String editor = Tokens.editor();
        for (JsonNode article : UNPUBLISHED) {
            String slug = article.get("slug").asText();
            JsonNode found = plannedAsOnTheResolvers("article-by-id", variables("slug", slug), editor)
                    .get("data").get("article");
            assertEquals(slug, found.get("slug").asText());
            JsonNode byId = plannedAsOnTheResolvers("article-by-id", variables("id", found.get("id").asText()), editor);
            assertEquals(slug, byId.get("data").get("article").get("slug").asText());
            JsonNode node = plannedAsOnTheResolvers("node", variables("id", found.get("id").asText()), editor);
            assertEquals(slug, node.get("data").get("node").get("slug").asText());
        }
    }

    @Test
    void anEditorListsTheArticlesOfEachStatusThroughThePlanner() throws IOException {
        String editor = Tokens.editor();
        for (String status : List.of("DRAFT", "ARCHIVED", "PUBLISHED")) {
            JsonNode articles = plannedAsOnTheResolvers("articles",
                    variables("first", 100, "filter", Map.of("status", status)), editor).get("data").get("articles");
            long expected = SampleContent.articles(article -> article.get("status").asText().equals(status)).size();
            assertEquals(expected, articles.get("totalCount").asLong(), status);
            assertEquals(expected, articles.get("edges").size(), status);
        }
    }

    @Test
    void aModeratorFindsOnlyWhatReadersFindThroughThePlanner() throws IOException {
        String moderator = Tokens.moderator();
        for (JsonNode article : UNPUBLISHED) {
            JsonNode answer = plannedAsOnTheResolvers("article-by-id",
                    variables("slug", article.get("slug").asText()), moderator);
            assertTrue(answer.get("data").get("article").isNull(), article.get("slug").asText());
        }
        JsonNode drafts = plannedAsOnTheResolvers("articles",
                variables("first", 100, "filter", Map.of("status", "DRAFT")), moderator);
        assertEquals(0, drafts.get("data").get("articles").get("totalCount").asInt());
    }

    @Test
    void aNestedListPagedTwoWaysIsAnsweredWithATokenAsWithout() {
        Map<String, Object> variables = variables("slug", SampleContent.publishedArticles().get(0).get("slug").asText());
        HttpResponse<byte[]> editors = onTheDefaultPath("nested-pages-two-ways", variables, Tokens.editor());
        HttpResponse<byte[]> readers = onTheDefaultPath("nested-pages-two-ways", variables, null);
        assertEquals("planned", editors.headers().firstValue(ReadPath.HEADER).orElse(null));
        assertArrayEquals(readers.body(), editors.body());
    }

    /** Caches on the way read the caching headers of GET answers. */
    @Test
    void aPlannedAnswerWithCredentialsIsPrivateAndNeverStored() {
        given().header("Authorization", "Bearer " + Tokens.editor())
                .queryParam("query", document("articles")).queryParam("variables", "{\"first\": 3}")
                .get("/graphql").then().statusCode(200)
                .header(ReadPath.HEADER, "planned")
                .header("Cache-Control", "private, no-store")
                .header("ETag", nullValue());
    }

    /** The answer the planner gives with the token, after checking that it did and that the resolvers agree. */
    private static JsonNode plannedAsOnTheResolvers(String fixture, Map<String, Object> variables, String token)
            throws IOException {
        HttpResponse<byte[]> planned = onTheDefaultPath(fixture, variables, token);
        HttpResponse<byte[]> resolved = onTheResolvers(fixture, variables, token);
        assertEquals("planned", planned.headers().firstValue(ReadPath.HEADER).orElse(null), fixture + " " + variables);
        assertArrayEquals(resolved.body(), planned.body(), fixture + " " + variables);
        JsonNode answer = JSON.readTree(planned.body());
        assertFalse(answer.has("errors"), answer.toString());
        return answer;
    }

    /** @param token null for a reader's request */
    private static HttpResponse<byte[]> onTheDefaultPath(String fixture, Map<String, Object> variables, String token) {
        return post(fixture, variables, authorization(token));
    }

    private static HttpResponse<byte[]> onTheResolvers(String fixture, Map<String, Object> variables, String token) {
        Map<String, String> headers = authorization(token);
        headers.put(ReadPath.HEADER, ReadPath.RESOLVERS.label());
        return post(fixture, variables, headers);
    }

    private static Map<String, String> authorization(String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return headers;
    }

    private static HttpResponse<byte[]> post(String fixture, Map<String, Object> variables, Map<String, String> headers) {
        try {
            return GraphQLClient.post(JSON.writeValueAsBytes(Map.of("query", document(fixture), "variables", variables)),
                    headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
