package io.newsgraph.core.cache;

import static io.newsgraph.testing.GraphQLClient.variables;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.PrometheusMetrics;
import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A top-level list's {@code totalCount} comes from the count cache on the cold path (the response cache is off in the
 * tests), so that its statement does not count again, and stays exact: a change written from a connection of the
 * test's own, as psql or another copy of the service would write it, changes the next count, and while the service
 * does not listen for changes every count is counted. Each test moves one article to a language of its own and back.
 */
@QuarkusTest
class CachedCountsTest {

    private static final String COUNT = "query($language: String) { articles(first: 1, filter: {language: $language})"
            + " { totalCount edges { node { slug } } } }";
    private static final String HITS = "count_cache_lookups_total";

    @Test
    void aKeptCountIsNotCountedAgain() throws SQLException {
        String slug = articleSlug(3);
        String language = languageOf(slug);
        long count = publishedIn(language);
        assertEquals(count, totalCount(language));
        double hits = PrometheusMetrics.value(HITS, "result", "hit");
        assertEquals(count, totalCount(language));
        assertEquals(hits + 1, PrometheusMetrics.value(HITS, "result", "hit"), "the second count came from the cache");
        try {
            // with its triggers off, the change is never notified: the cache keeps its count, the table holds one less
            writeUnheard("update article set language = 'is' where slug = ?", slug);
            assertEquals(count - 1, publishedIn(language));
            assertEquals(count, totalCount(language), "the statement counted although the cache had the count");
        } finally {
            writeUnheard("update article set language = ? where slug = ?", language, slug);
        }
    }

    @Test
    void aWriteFromAnotherConnectionChangesTheNextCount() {
        String slug = articleSlug(4);
        String language = languageOf(slug);
        long count = publishedIn(language);
        assertEquals(count, totalCount(language));
        assertEquals(count, totalCount(language));
        try {
            ContentDatabase.execute("update article set language = 'fi' where slug = ?", slug);
            awaitCount(language, count - 1);
            assertEquals(1, totalCount("fi"));
        } finally {
            ContentDatabase.execute("update article set language = ? where slug = ?", language, slug);
        }
        awaitCount(language, count);
        assertEquals(0, totalCount("fi"));
    }

    @Test
    void whileTheServiceDoesNotListenEveryCountIsCounted() {
        String slug = articleSlug(5);
        String language = languageOf(slug);
        long count = publishedIn(language);
        assertEquals(count, totalCount(language));
        double interruptions = PrometheusMetrics.value("content_changes_interruptions_total");
        assertEquals(1L, ContentDatabase.queryValue("select count(pg_terminate_backend(pid, 5000))"
                + " from pg_stat_activity where application_name = 'newsgraph content changes'").orElseThrow());
        Answer.await("the service noticing its listening connection ended",
                () -> PrometheusMetrics.value("content_changes_interruptions_total") > interruptions);
        try {
            ContentDatabase.execute("update article set language = 'is' where slug = ?", slug);
            assertEquals(count - 1, totalCount(language), "a count kept before the interruption was given");
        } finally {
            ContentDatabase.execute("update article set language = ? where slug = ?", language, slug);
        }
        Answer.await("listening again", () -> PrometheusMetrics.value("content_changes_listening") == 1);
        assertEquals(count, totalCount(language));
    }

    private static String articleSlug(int index) {
        return SampleContent.publishedArticles().get(index).get("slug").asText();
    }

    private static String languageOf(String slug) {
        return (String) ContentDatabase.queryValue("select language from article where slug = ?", slug).orElseThrow();
    }

    /** What PostgreSQL counts now, as the filter reads a language: the tag or one of its regional forms. */
    private static long publishedIn(String language) {
        return (Long) ContentDatabase.queryValue("select count(*) from article where status = 'PUBLISHED'"
                + " and (language = ? or language like ? || '-%')", language, language).orElseThrow();
    }

    private static long totalCount(String language) {
        Answer answer = Answer.query(COUNT, variables("language", language), Map.of());
        assertEquals("planned", answer.path(), answer.json().toString());
        return answer.json().at("/data/articles/totalCount").asLong();
    }

    /** Reads until the count shows a change, as the eviction it waits for comes a moment after the COMMIT. */
    private static void awaitCount(String language, long expected) {
        Answer.awaitChange(() -> Answer.query(COUNT, variables("language", language), Map.of()),
                json -> json.at("/data/articles/totalCount").asLong() == expected);
    }

    /** A change made with the tables' triggers off, so that PostgreSQL notifies nobody of it. */
    private static void writeUnheard(String sql, Object... parameters) throws SQLException {
        try (Connection connection = ContentDatabase.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                assertEquals(1, statement.executeUpdate(), sql);
            }
        }
    }
}
