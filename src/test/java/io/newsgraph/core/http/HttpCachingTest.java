package io.newsgraph.core.http;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.READ_PATH_HEADER;
import static io.newsgraph.testing.GraphQLClient.document;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.SampleContent;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The caching headers of GET answers: strong ETags from the answers' bytes, 304, Cache-Control for browsers (which
 * revalidate) and shared caches (which keep them until purged; a minute here, where nothing purges them), surrogate keys
 * of what they read, and Vary.
 */
@QuarkusTest
class HttpCachingTest {

    private static final String SHARED = "public, max-age=0, must-revalidate, s-maxage=60";
    private static final String TAGS = "{ tags(first: 2) { totalCount } }";

    @Test
    void aCleanAnonymousAnswerCarriesAStrongETagAndMayBeShared() {
        get(given(), TAGS).statusCode(200)
                .header("ETag", matchesPattern("\"j[A-Za-z0-9_-]{43}\""))
                .header("Cache-Control", is(SHARED))
                .header("Surrogate-Control", is("max-age=60, stale-if-error=86400"));
    }

    @Test
    void aSharedAnswerIsTaggedWithTheRowsAndTheListsItReadOnBothReadPaths() {
        String slug = SampleContent.publishedArticles().get(3).get("slug").asText();
        long article = ContentDatabase.queryKeys("select id from article where slug = ?", slug).get(0);
        long author = ContentDatabase.queryKeys("select author_id from article where slug = ?", slug).get(0);
        Map<String, List<String>> keysByPath = new TreeMap<>();
        for (String path : List.of("planned", "resolvers")) {
            keysByPath.put(path, List.of(get(given().header(READ_PATH_HEADER, path).queryParam("variables",
                    "{\"slug\": \"" + slug + "\"}"), document("article-page")).statusCode(200).extract()
                    .header("Surrogate-Key").split(" ")));
        }
        // the article, its author, and its comments' list, whose rows come and go under it
        assertThat(keysByPath.get("planned"), hasItems("newsgraph", "article-" + article, "author-" + author,
                "comment.+@article_id=" + article));
        assertEquals(keysByPath.get("planned"), keysByPath.get("resolvers"));
    }

    @Test
    void theAnswerVariesWithAcceptAuthorizationAndOrigin() {
        assertEquals("Accept, Authorization, Origin", get(given(), TAGS).extract().header("Vary"));
    }

    @Test
    void theSameBytesHaveTheSameETagAndAnIfNoneMatchNamingItGets304WithoutABody() {
        String tag = get(given(), TAGS).extract().header("ETag");
        assertEquals(tag, get(given(), TAGS).extract().header("ETag"));
        get(given().header("If-None-Match", tag), TAGS).statusCode(304)
                .header("ETag", is(tag))
                .header("Cache-Control", is(SHARED))
                .header("Vary", is("Accept, Authorization, Origin"))
                .body(emptyString());
    }

    @Test
    void ifNoneMatchIsComparedWeaklyAndMayListSeveralTagsOrAny() {
        String tag = get(given(), TAGS).extract().header("ETag");
        get(given().header("If-None-Match", "W/" + tag), TAGS).statusCode(304);
        get(given().header("If-None-Match", "\"other\", " + tag), TAGS).statusCode(304);
        get(given().header("If-None-Match", "*"), TAGS).statusCode(304);
        get(given().header("If-None-Match", "\"other\""), TAGS).statusCode(200).header("ETag", is(tag));
    }

    @Test
    void otherBytesOrAnotherMediaTypeHaveAnotherETag() {
        String tag = get(given(), TAGS).extract().header("ETag");
        assertNotEquals(tag, get(given(), "{ other: tags(first: 2) { totalCount } }").extract().header("ETag"));
        String graphqlResponseTag = get(given().accept("application/graphql-response+json"), TAGS).extract()
                .header("ETag");
        assertNotEquals(tag, graphqlResponseTag);
        get(given().accept("application/graphql-response+json").header("If-None-Match", tag), TAGS).statusCode(200);
    }

    @Test
    void theSameAnswerFromThePlannerAndFromTheResolversHasTheSameETag() {
        String query = document("front-page");
        String planned = get(given().queryParam("variables", "{\"first\": 3}"), query).header("Newsgraph-Read-Path",
                is("planned")).extract().header("ETag");
        String resolved = get(given().queryParam("variables", "{\"first\": 3}").header(READ_PATH_HEADER, "resolvers"),
                query).header("Newsgraph-Read-Path", is("resolvers")).extract().header("ETag");
        assertEquals(planned, resolved);
        get(given().queryParam("variables", "{\"first\": 3}").header("If-None-Match", planned), query).statusCode(304);
    }

    @Test
    void anAnswerToARequestWithCredentialsIsPrivateAndNotStored() {
        String tag = get(given(), TAGS).extract().header("ETag");
        get(given().header("Authorization", "Bearer " + Tokens.withRoles()).header("If-None-Match", tag), TAGS)
                .statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .header("Surrogate-Key", nullValue())
                .header("ETag", nullValue());
    }

    @Test
    void anAnswerWithErrorsIsNotStoredAndHasNoETag() {
        given().queryParam("query", "{ tags { nope } }").get("/graphql").then().statusCode(200)
                .header("Cache-Control", is("no-store"))
                .header("ETag", nullValue())
                .body("errors.extensions.code", hasItem("BAD_USER_INPUT"));
    }

    @Test
    void postAnswersCarryNoCachingHeaders() {
        assertNoErrors(given().contentType(ContentType.JSON).body(Map.of("query", TAGS)).post("/graphql").then()
                .statusCode(200))
                .header("ETag", nullValue())
                .header("Cache-Control", nullValue())
                .header("Surrogate-Key", nullValue());
    }

    private static ValidatableResponse get(RequestSpecification request, String query) {
        return request.queryParam("query", query).get("/graphql").then();
    }
}
