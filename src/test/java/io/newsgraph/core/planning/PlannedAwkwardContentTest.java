package io.newsgraph.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The planner copies PostgreSQL's strings into the answer as the bytes PostgreSQL escaped them into, and reads its
 * timestamps without a {@code BigDecimal}: an article and comments written from SQL, with every character either side
 * escapes and timestamps on both sides of the epoch, must be answered byte for byte as the resolvers answer them.
 */
@QuarkusTest
class PlannedAwkwardContentTest {

    private static final String SLUG = "awkward-content-of-the-planner-test";
    /** Every character PostgreSQL's text can hold that an escape could differ on (it cannot hold U+0000). */
    private static final String AWKWARD_TEXT = controlCharacters() + " \"quoted\" back\\slash /slash \u007f é ß ü"
            + " 日本語 😀 \u2028line\u2029paragraph";
    private static final ObjectMapper JSON = new ObjectMapper();

    private long article;

    @BeforeEach
    void writeAwkwardContent() {
        article = (Long) ContentDatabase.queryValue("""
                insert into article (slug, title, lede, body, language, status, byline, published_at, updated_at,
                    reading_time_minutes, author_id)
                values (?, ?, ?, ?, 'fr', 'PUBLISHED', ?, '1969-12-31 23:59:58.5+00', '2026-01-02 03:04:05.123456+00', 3,
                    (select min(id) from author))
                returning id""", SLUG, "Title " + AWKWARD_TEXT, AWKWARD_TEXT,
                "First " + AWKWARD_TEXT + "\n\nSecond paragraph", AWKWARD_TEXT).orElseThrow();
        long first = comment(null, "2026-01-02 03:04:05+00");
        comment(first, "2026-01-02 03:04:05.0001+00");
        comment(null, "1969-12-31 23:59:59.999999+00");
    }

    @AfterEach
    void removeIt() {
        ContentDatabase.execute("delete from article where id = ?", article);
    }

    @Test
    void textWithEveryCharacterEitherSideEscapesIsAnsweredAsTheResolversAnswerIt() throws JsonProcessingException {
        assertBothPathsAnswerTheSame("article-page", Map.of("slug", SLUG));
    }

    @Test
    void timestampsBeforeTheEpochToTheMicrosecondAndOnWholeSecondsAreAnsweredAsTheResolversAnswerThem()
            throws JsonProcessingException {
        assertBothPathsAnswerTheSame("comment-thread", Map.of("slug", SLUG, "first", 3));
    }

    private void assertBothPathsAnswerTheSame(String document, Map<String, Object> variables)
            throws JsonProcessingException {
        byte[] request = JSON.writeValueAsBytes(Map.of("query", GraphQLClient.document(document), "variables",
                variables));
        HttpResponse<byte[]> planned = GraphQLClient.post(request, Map.of());
        HttpResponse<byte[]> resolvers = GraphQLClient.post(request,
                Map.of(GraphQLClient.READ_PATH_HEADER, "resolvers"));
        assertEquals("planned", planned.headers().firstValue(GraphQLClient.READ_PATH_HEADER).orElse(null));
        assertEquals("resolvers", resolvers.headers().firstValue(GraphQLClient.READ_PATH_HEADER).orElse(null));
        assertEquals(new String(resolvers.body(), StandardCharsets.UTF_8),
                new String(planned.body(), StandardCharsets.UTF_8));
    }

    private long comment(Long parent, String createdAt) {
        return (Long) ContentDatabase.queryValue("""
                insert into comment (article_id, parent_id, author_name, author_email, body, status, created_at)
                values (?, ?, ?, 'reader@example.org', ?, 'APPROVED', cast(? as timestamptz))
                returning id""", article, parent, "Name " + AWKWARD_TEXT, "Comment " + AWKWARD_TEXT, createdAt)
                .orElseThrow();
    }

    private static String controlCharacters() {
        StringBuilder characters = new StringBuilder();
        for (char c = 1; c < 0x20; c++) {
            characters.append(c);
        }
        return characters.toString();
    }
}
