package io.newsgraph.core.http;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.READ_PATH_HEADER;
import static io.newsgraph.testing.GraphQLClient.document;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The caching headers of GET answers: strong ETags from the answers' bytes, 304, Cache-Control and Vary. */
@QuarkusTest
class HttpCachingTest {

    private static final String SHARED = "public, max-age=60, stale-while-revalidate=30";
    private static final String TAGS = "{ tags(first: 2) { totalCount } }";

    @Test
    void aCleanAnonymousAnswerCarriesAStrongETagAndMayBeShared() {
        get(given(), TAGS).statusCode(200)
                .header("ETag", matchesPattern("\"j[A-Za-z0-9_-]{43}\""))
                .header("Cache-Control", is(SHARED));
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
                .header("Cache-Control", nullValue());
    }

    private static ValidatableResponse get(RequestSpecification request, String query) {
        return request.queryParam("query", query).get("/graphql").then();
    }
}
