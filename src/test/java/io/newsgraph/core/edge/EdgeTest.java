package io.newsgraph.core.edge;

import static io.newsgraph.testing.GraphQLClient.document;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsgraph.core.cache.ResponseCacheOn;
import io.newsgraph.core.cache.tracking.ReadSubjects;
import io.newsgraph.core.events.ContentChanges;
import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.Editing;
import io.newsgraph.testing.PrometheusMetrics;
import io.newsgraph.testing.SampleContent;
import io.newsgraph.testing.Varnish;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.core.Vertx;

/**
 * Readers through a real Varnish with the project's VCL, writers through the API and straight through JDBC: once the
 * edge acknowledged the purge of a change, no reader gets an answer older than the change, and every answer that did
 * not read what changed is still served by Varnish, as a ledger of what each cached address read says. Of two copies,
 * one purges; a purge Varnish could not take is sent again when it is back.
 */
@QuarkusTest
@TestProfile(ResponseCacheOn.class)
@ExtendWith(Varnish.class)
class EdgeTest {

    @Inject
    ContentChanges changes;
    @Inject
    ReadSubjects subjects;
    @Inject
    Vertx vertx;

    private static final String ARTICLE_PAGE = document("article-page");
    private static final String FRONT_PAGE = document("front-page");
    private static final String AUTHOR_PAGE = document("author-page");

    @BeforeEach
    void theEdgeIsPurgedOfEverythingBefore() {
        await(() -> PrometheusMetrics.value("edge_purger") == 1 && PrometheusMetrics.value("edge_purge_pending_keys") == 0,
                "this copy purges, and has nothing left to purge");
    }

    @Test
    void aChangeThroughJdbcPurgesExactlyTheAnswersThatReadTheRowOnceAcknowledged() {
        List<String> slugs = SampleContent.publishedArticles().subList(0, 6).stream()
                .map(article -> article.get("slug").asText()).toList();
        Map<String, Map<String, Object>> pages = new LinkedHashMap<>();
        slugs.forEach(slug -> pages.put(ARTICLE_PAGE + slug, Map.of("slug", slug)));
        pages.put(FRONT_PAGE, Map.of("first", 5));
        Map<String, Set<String>> ledger = cache(pages);
        String changed = slugs.get(0);
        long id = ContentDatabase.queryKeys("select id from article where slug = ?", changed).get(0);
        String title = ContentDatabase.queryValue("select title from article where slug = ?", changed).orElseThrow()
                .toString();
        try {
            purged(() -> ContentDatabase.execute("update article set title = 'Retitled at the edge' where slug = ?",
                    changed));

            for (Map.Entry<String, Map<String, Object>> page : pages.entrySet()) {
                boolean read = ledger.get(page.getKey()).contains("article-" + id);
                assertEquals(read ? "MISS" : "HIT", throughVarnish(page).header("X-Cache"),
                        () -> page.getValue() + " read " + ledger.get(page.getKey()));
            }
            assertEquals("Retitled at the edge", throughVarnish(Map.entry(ARTICLE_PAGE, Map.of("slug", changed)))
                    .jsonPath().getString("data.article.title"));
        } finally {
            ContentDatabase.execute("update article set title = ? where slug = ?", title, changed);
        }
    }

    @Test
    void anArticlePublishedThroughTheApiIsOnTheFrontPageThroughVarnishOnceAcknowledged() {
        String otherAuthor = SampleContent.slugs("authors").get(SampleContent.slugs("authors").size() - 1);
        Map<String, Map<String, Object>> pages = new LinkedHashMap<>();
        pages.put(FRONT_PAGE, Map.of("first", 5));
        pages.put(AUTHOR_PAGE, Map.of("slug", otherAuthor, "first", 5));
        Map<String, Set<String>> ledger = cache(pages);
        String[] published = new String[1];
        try {
            purged(() -> published[0] = Editing.publishedArticle("Published at the edge").getString("article.id"));

            ExtractableResponse<Response> front = throughVarnish(Map.entry(FRONT_PAGE, pages.get(FRONT_PAGE)));
            assertEquals("MISS", front.header("X-Cache"));
            assertEquals("Published at the edge", front.jsonPath().getString("data.articles.edges[0].node.title"));
            assertEquals("HIT", throughVarnish(Map.entry(AUTHOR_PAGE, pages.get(AUTHOR_PAGE))).header("X-Cache"),
                    () -> "the page of an author who did not write it, which read " + ledger.get(AUTHOR_PAGE));
        } finally {
            if (published[0] != null) {
                Editing.deleteArticle(published[0]);
            }
        }
    }

    @Test
    void anotherCopyHearsTheChangeButOnlyTheCopyHoldingTheLockPurges() throws Exception {
        SimpleMeterRegistry otherMetrics = new SimpleMeterRegistry();
        try (RecordingEdge webhook = new RecordingEdge(vertx)) {
            EdgeConfig config = new SmallRyeConfigBuilder().withMapping(EdgeConfig.class)
                    .withConverter(Duration.class, 100, new DurationConverter()).withDefaultValues(Map.of(
                            "newsgraph.edge.purge.target", "webhook",
                            "newsgraph.edge.purge.webhook-url", webhook.url() + "/purges",
                            "newsgraph.edge.purge.webhook-secret", "secret"))
                    .build().getConfigMapping(EdgeConfig.class);
            Config database = ConfigProvider.getConfig();
            EdgePurger other = new EdgePurger(config, changes, subjects, vertx, otherMetrics,
                    database.getValue("quarkus.datasource.jdbc.url", String.class),
                    database.getOptionalValue("quarkus.datasource.username", String.class),
                    database.getOptionalValue("quarkus.datasource.password", String.class));
            other.start(null);
            String slug = SampleContent.publishedArticles().get(7).get("slug").asText();
            double sent = PrometheusMetrics.value("edge_purge_requests_total", "result", "acknowledged");
            try {
                purged(() -> ContentDatabase.execute("update article set lede = lede || ' ' where slug = ?", slug));
                // the other copy tried the lock at its start, and again each second since
                Thread.sleep(1_500);
                assertEquals(List.of(), webhook.received());
                assertEquals(0, otherMetrics.get("edge.purger").gauge().value());
                assertEquals(sent + 1, PrometheusMetrics.value("edge_purge_requests_total", "result", "acknowledged"));
            } finally {
                other.stop();
                ContentDatabase.execute("update article set lede = rtrim(lede) where slug = ?", slug);
            }
        }
    }

    @Test
    void aPurgeThatFailedWhileVarnishWasDownIsSentAgainOnceItIsBack() {
        String slug = SampleContent.publishedArticles().get(8).get("slug").asText();
        double acknowledged = PrometheusMetrics.value("edge_purge_delay_seconds_count");
        try {
            Varnish.down(() -> {
                double failed = PrometheusMetrics.value("edge_purge_requests_total", "result", "failed");
                ContentDatabase.execute("update article set lede = lede || ' ' where slug = ?", slug);
                await(() -> PrometheusMetrics.value("edge_purge_requests_total", "result", "failed") > failed,
                        "a purge failed while Varnish was down");
            });
            await(() -> PrometheusMetrics.value("edge_purge_delay_seconds_count") > acknowledged
                    && PrometheusMetrics.value("edge_purge_pending_keys") == 0, "the purge was sent again");
        } finally {
            ContentDatabase.execute("update article set lede = rtrim(lede) where slug = ?", slug);
        }
    }

    /** Reads each page through Varnish until it keeps it; what each read, as the service tags it. */
    private static Map<String, Set<String>> cache(Map<String, Map<String, Object>> pages) {
        Map<String, Set<String>> ledger = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> page : pages.entrySet()) {
            ledger.put(page.getKey(), Set.of(get(given(), page).header("Surrogate-Key").split(" ")));
            throughVarnish(page);
            assertEquals("HIT", throughVarnish(page).header("X-Cache"), () -> "kept by Varnish: " + page.getValue());
        }
        return ledger;
    }

    /** Runs the write, then waits until the edge acknowledged a purge after it and nothing is left to purge. */
    private static void purged(Runnable write) {
        double acknowledged = PrometheusMetrics.value("edge_purge_delay_seconds_count");
        write.run();
        await(() -> PrometheusMetrics.value("edge_purge_delay_seconds_count") > acknowledged
                && PrometheusMetrics.value("edge_purge_pending_keys") == 0, "the edge acknowledged the purge");
    }

    private static ExtractableResponse<Response> throughVarnish(Map.Entry<String, Map<String, Object>> page) {
        URI varnish = URI.create(Varnish.url());
        return get(given().baseUri("http://" + varnish.getHost()).port(varnish.getPort()), page);
    }

    private static ExtractableResponse<Response> get(RequestSpecification request,
            Map.Entry<String, Map<String, Object>> page) {
        String query = page.getKey().startsWith(ARTICLE_PAGE) ? ARTICLE_PAGE : page.getKey();
        return request.queryParam("query", query).queryParam("variables", json(page.getValue())).get("/graphql")
                .then().statusCode(200).extract();
    }

    private static String json(Map<String, Object> variables) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(variables);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited 30 s for: " + what);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
