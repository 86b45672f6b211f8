package io.newsgraph.core.cache;

import static io.newsgraph.testing.GraphQLClient.variables;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.PrometheusMetrics;
import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * When the connection that listens for changes is ended from the database's side, the service notices, empties the
 * cache and answers afresh, so that nothing stale is served while changes cannot reach it; it listens again by
 * itself, and caching resumes. Readiness stays up throughout.
 */
@QuarkusTest
@TestProfile(ResponseCacheOn.class)
class ListenerInterruptionTest {

    @Test
    void nothingStaleIsServedWhileTheListenerIsDownAndCachingResumesAfterItReconnects() {
        String slug = SampleContent.publishedArticles().get(20).get("slug").asText();
        Map<String, Object> variables = variables("slug", slug);
        Answer.read("article-page", variables);
        assertTrue(Answer.read("article-page", variables).fromCache());
        double interruptions = PrometheusMetrics.value("content_changes_interruptions_total");

        assertEquals(1L, ContentDatabase.queryValue("select count(pg_terminate_backend(pid, 5000))"
                + " from pg_stat_activity where application_name = 'newsgraph content changes'").orElseThrow());
        Answer.await("the service noticing its listening connection ended",
                () -> PrometheusMetrics.value("content_changes_interruptions_total") > interruptions);

        ContentDatabase.execute("update article set title = 'Changed while nobody listened' where slug = ?", slug);
        Answer afterwards = Answer.read("article-page", variables);
        assertFalse(afterwards.fromCache());
        assertEquals("Changed while nobody listened", afterwards.json().at("/data/article/title").asText());
        given().get("/q/health/ready").then().statusCode(200);

        Answer.await("listening again", () -> PrometheusMetrics.value("content_changes_listening") == 1);
        Answer.read("article-page", variables);
        assertTrue(Answer.read("article-page", variables).fromCache(), "caching resumed");
        ContentDatabase.execute("update article set title = 'Changed after the service listened again' where slug = ?",
                slug);
        Answer.awaitChange(() -> Answer.read("article-page", variables),
                json -> json.at("/data/article/title").asText().equals("Changed after the service listened again"));
    }
}
