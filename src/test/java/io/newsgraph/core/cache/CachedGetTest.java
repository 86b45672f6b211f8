package io.newsgraph.core.cache;

import static io.newsgraph.testing.GraphQLClient.READ_PATH_HEADER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.GraphQLClient;
import io.newsgraph.testing.PrometheusMetrics;
import io.newsgraph.testing.SampleContent;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The response cache and the HTTP headers agree: a GET whose If-None-Match names the answer the cache holds gets 304
 * before anything executes, and once a change evicts the answer, the answer computed again has the ETag of its new
 * bytes, which the old tag no longer matches. Requests with credentials never meet the cached answers.
 */
@QuarkusTest
@TestProfile(ResponseCacheOn.class)
class CachedGetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE_PAGE = GraphQLClient.document("article-page");

    @Test
    void anIfNoneMatchNamingTheCachedAnswerGets304BeforeAnythingExecutes() {
        String slug = SampleContent.publishedArticles().get(23).get("slug").asText();
        String tag = get(given(), slug).statusCode(200).extract().header("ETag");
        get(given(), slug).statusCode(200).header(READ_PATH_HEADER, is("cache")).header("ETag", is(tag));
        Supplier<double[]> counts = () -> new double[] { readsBy("cache"), readsBy("planned") + readsBy("resolvers"),
                PrometheusMetrics.value("response_cache_lookups_total", "result", "hit") };
        double[] before = counts.get();

        get(given().header("If-None-Match", tag), slug).statusCode(304)
                .header("ETag", is(tag))
                // a day where the profile's Varnish is purged, a minute where it is not installed
                .header("Cache-Control", startsWith("public, max-age=0, must-revalidate, s-maxage="))
                .header("Surrogate-Key", containsString("article-"))
                .body(emptyString());

        double[] after = counts.get();
        assertEquals(before[0], after[0], "reads answered by the cache's route, which runs after the 304's");
        assertEquals(before[1], after[1], "reads computed");
        assertEquals(before[2] + 1, after[2], "hits of the cache");
    }

    @Test
    void anEvictedAnswerGetsANewETagAndTheOldOneNoLongerGets304() {
        String slug = SampleContent.publishedArticles().get(24).get("slug").asText();
        String old = get(given(), slug).statusCode(200).extract().header("ETag");
        get(given().header("If-None-Match", old), slug).statusCode(304);

        ContentDatabase.execute("update article set title = 'Retitled under an ETag' where slug = ?", slug);

        Answer.awaitChange(() -> answer(get(given().header("If-None-Match", old), slug).extract()),
                json -> json.at("/data/article/title").asText().equals("Retitled under an ETag"));
        ExtractableResponse<Response> fresh = get(given().header("If-None-Match", old), slug).statusCode(200).extract();
        String tag = fresh.header("ETag");
        assertNotEquals(old, tag);
        assertEquals("cache", fresh.header(READ_PATH_HEADER), "the answer computed again is cached again");
        get(given().header("If-None-Match", tag), slug).statusCode(304).header("ETag", is(tag));
    }

    @Test
    void aGetWithCredentialsIsNeverAnsweredFromTheCache() {
        String slug = SampleContent.publishedArticles().get(23).get("slug").asText();
        String tag = get(given(), slug).statusCode(200).extract().header("ETag");
        get(given(), slug).header(READ_PATH_HEADER, is("cache"));
        get(given().header("Authorization", "Bearer " + Tokens.withRoles()).header("If-None-Match", tag), slug).statusCode(200)
                .header(READ_PATH_HEADER, not("cache"))
                .header("Cache-Control", is("private, no-store"))
                .header("ETag", nullValue());
    }

    private static ValidatableResponse get(RequestSpecification request, String slug) {
        return request.queryParam("query", ARTICLE_PAGE).queryParam("variables", "{\"slug\": \"" + slug + "\"}")
                .get("/graphql").then();
    }

    /** A 304 has no body: the answer the client already holds is the one it has. */
    private static Answer answer(ExtractableResponse<Response> response) {
        try {
            JsonNode json = response.statusCode() == 304 ? JSON.createObjectNode() : JSON.readTree(response.asByteArray());
            return new Answer(response.header(READ_PATH_HEADER), response.asByteArray(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double readsBy(String path) {
        return PrometheusMetrics.value("graphql_reads_total", "path", path);
    }
}
