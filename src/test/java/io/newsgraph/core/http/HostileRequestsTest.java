package io.newsgraph.core.http;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Requests no frontend would send: each limit just below and just above its default, and requests that are
 * not GraphQL at all. Every refusal is a clear error, and fast.
 */
@QuarkusTest
class HostileRequestsTest {

    /**
     * Not a measure of speed (bench/ measures that): a refusal that did the work it refuses (expanding fragments,
     * validating thousands of fields) takes minutes, so a bound this generous tells them apart even on a loaded machine.
     */
    private static final long FAST_MILLIS = 5_000;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void depthUpToTheLimitRunsAndBeyondIsRefused() {
        assertNoErrors(post(commentParents(15)));
        assertTooComplex(post(commentParents(16)), "levels deep");
    }

    @Test
    void aThousandLevelDeepDocumentIsRefusedFastWithoutAStackOverflow() throws Exception {
        String deep = "{ " + "a { ".repeat(1_000) + "b" + " }".repeat(1_000) + " }";
        assertTooComplex(post(deep), "");
        assertRefusedFast(deep.replace("b", "c"));
    }

    @Test
    void costUpToTheLimitRunsAndBeyondIsRefused() throws Exception {
        assertNoErrors(post(authorsWithArticles(100, 32)));
        assertTooComplex(post(authorsWithArticles(100, 33)), "costs 10201");
        assertTooComplex(post(authorsWithArticles(100, 100)), "costs");
        assertRefusedFast(authorsWithArticles(100, 99));
    }

    @Test
    void aliasesUpToTheLimitRunAndBeyondAreRefused() {
        assertNoErrors(post(aliasedTags(50)));
        assertTooComplex(post(aliasedTags(51)), "aliases");
    }

    @Test
    void aThousandAliasesAreRefusedFast() throws Exception {
        assertTooComplex(post(aliasedTags(1_000)), "");
        assertRefusedFast(aliasedTags(1_000).replace("t1:", "u1:"));
    }

    @Test
    void repeatedFieldsUpToTheLimitRunAndBeyondAreRefused() {
        assertNoErrors(post("{ tags(first: 1) { " + "totalCount ".repeat(5) + "} }"));
        assertTooComplex(post("{ tags(first: 1) { " + "totalCount ".repeat(6) + "} }"), "selected more than 5 times");
    }

    @Test
    void directivesUpToTheLimitAreMeasuredAndBeyondAreRefused() {
        assertNoErrors(post("{ tags(first: 1) { totalCount @include(if: true) @skip(if: false) } }"));
        assertTooComplex(post("{ tags(first: 1) { totalCount " + "@include(if: true) ".repeat(6) + "} }"),
                "directives");
    }

    @Test
    void tokensUpToTheLimitParseAndBeyondAreRefused() {
        assertNoErrors(post(fragmentsOnTags(300)));
        assertTooComplex(post(fragmentsOnTags(340)), "tokens");
    }

    @Test
    void fragmentsThatExpandExponentiallyAreRefusedBeforeValidation() throws Exception {
        StringBuilder document = new StringBuilder("{ tags(first: 1) { edges { node { ...F30 } } } }\n");
        document.append("fragment F0 on Tag { id name }\n");
        for (int level = 1; level <= 30; level++) {
            document.append("fragment F").append(level).append(" on Tag { ...F").append(level - 1).append(" ...F")
                    .append(level - 1).append(" }\n");
        }
        assertTooComplex(post(document.toString()), "fields");
        assertRefusedFast(document.toString().replace("id name", "name id"));
    }

    @Test
    void aFragmentCycleIsRefused() {
        assertError(post("{ tags(first: 1) { edges { node { ...A } } } }"
                + " fragment A on Tag { id ...B } fragment B on Tag { name ...A }"), "BAD_USER_INPUT");
    }

    @Test
    void bodiesUpToTheLimitAreReadAndBeyondAreRefusedWith413() {
        assertNoErrors(given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ tags(first: 1) { totalCount } }", "variables", Map.of("pad", "x".repeat(900_000))))
                .post("/graphql").then().statusCode(200));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ tags(first: 1) { totalCount } }", "variables",
                        Map.of("pad", "x".repeat(10 * 1024 * 1024))))
                .post("/graphql").then().statusCode(413);
    }

    @Test
    void batchedRequestsAreRefused() {
        assertError(given().contentType(ContentType.JSON)
                .body("[{\"query\": \"{ tags { totalCount } }\"}, {\"query\": \"{ tags { totalCount } }\"}]")
                .post("/graphql").then().statusCode(400), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("Batched"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain" })
    void contentTypesABrowserSendsCrossSiteWithoutPreflightAreRefused(String contentType) {
        assertError(given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .encodeContentTypeAs(contentType.split(";")[0], ContentType.TEXT)))
                .contentType(contentType).body("query={tags{totalCount}}")
                .post("/graphql").then().statusCode(415), "BAD_USER_INPUT");
    }

    @Test
    void malformedJsonIsRefused() {
        assertError(given().contentType(ContentType.JSON).body("{\"query\": ").post("/graphql").then()
                .statusCode(400), "BAD_USER_INPUT");
    }

    @Test
    void graphqlResponseJsonClientsGetItsStatusCodes() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ tags(first: 1) { totalCount } }"))
                .post("/graphql").then().statusCode(200)
                .contentType(startsWith("application/graphql-response+json"))
                .body("data.tags.totalCount", is(org.hamcrest.Matchers.greaterThan(0)));
        assertError(given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ tags { nope } }"))
                .post("/graphql").then().statusCode(400)
                .contentType(startsWith("application/graphql-response+json")), "BAD_USER_INPUT");
        assertError(given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", authorsWithArticles(100, 100)))
                .post("/graphql").then().statusCode(400), "QUERY_TOO_COMPLEX");
    }

    @Test
    void plainJsonClientsGet200ForEveryGraphQLRequest() {
        assertError(given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", "{ tags { nope } }"))
                .post("/graphql").then().statusCode(200).contentType(startsWith("application/json")),
                "BAD_USER_INPUT");
    }

    @Test
    void anUnacceptableMediaTypeIsRefused() {
        given().contentType(ContentType.JSON).accept("text/html")
                .body(Map.of("query", "{ tags { totalCount } }"))
                .post("/graphql").then().statusCode(406);
    }

    @Test
    void queriesRunOverGetAndCanBeCached() {
        given().queryParam("query", "{ tags(first: 2) { totalCount } }")
                .get("/graphql").then().statusCode(200)
                .header("Cache-Control", startsWith("public, max-age="))
                .body("data.tags.totalCount", is(org.hamcrest.Matchers.greaterThan(0)));
        given().queryParam("query", "{ tags { nope } }")
                .get("/graphql").then().statusCode(200)
                .header("Cache-Control", is("no-store"))
                .body("errors.extensions.code", hasItem("BAD_USER_INPUT"));
    }

    @Test
    void crossSiteRequestsFromUnlistedOriginsAreRefused() {
        given().contentType(ContentType.JSON).header("Origin", "https://evil.example")
                .body(Map.of("query", "{ tags { totalCount } }"))
                .post("/graphql").then().statusCode(403);
    }

    @Test
    void sameOriginRequestsSuchAsGraphiQLsAreAllowed() {
        assertNoErrors(given().contentType(ContentType.JSON).header("Origin", "http://localhost:" + RestAssured.port)
                .body(Map.of("query", "{ tags { totalCount } }"))
                .post("/graphql").then().statusCode(200));
    }

    private static ValidatableResponse post(String query) {
        return given().contentType(ContentType.JSON).body(json(Map.of("query", query))).post("/graphql").then()
                .statusCode(200);
    }

    /** The request body, serialised here so that the time measured is the service's, not the client's. */
    private static String json(Map<String, Object> request) {
        try {
            return new ObjectMapper().writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertTooComplex(ValidatableResponse response, String messagePart) {
        assertError(response, "QUERY_TOO_COMPLEX").body("errors[0].message", containsString(messagePart));
    }

    /** Refused in well under a second, measured with a plain HTTP client so that only the service's time counts. */
    private static void assertRefusedFast(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("query", query))))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("QUERY_TOO_COMPLEX"), response::body);
        assertTrue(millis < FAST_MILLIS, () -> "refused in " + millis + " ms");
    }

    /** A document {@code depth} fields deep: node, then parents, then the id. */
    private static String commentParents(int depth) {
        int parents = depth - 2;
        return "{ node(id: \"" + "Q29tbWVudDox" + "\") { ... on Comment { " + "parent { ".repeat(parents) + "id"
                + " }".repeat(parents) + " } } }";
    }

    private static String authorsWithArticles(int authors, int articles) {
        return "{ authors(first: " + authors + ") { edges { node { articles(first: " + articles
                + ") { edges { node { id } } } } } } }";
    }

    private static String aliasedTags(int aliases) {
        return IntStream.range(0, aliases).mapToObj(i -> "t" + i + ": tags(first: 1) { totalCount }")
                .collect(Collectors.joining(" ", "{ ", " }"));
    }

    private static String fragmentsOnTags(int fragments) {
        String spreads = IntStream.range(0, fragments).mapToObj(i -> "...F" + i).collect(Collectors.joining(" "));
        String definitions = IntStream.range(0, fragments).mapToObj(i -> "fragment F" + i + " on Tag { id }")
                .collect(Collectors.joining(" "));
        return "{ tags(first: 1) { edges { node { " + spreads + " } } } } " + definitions;
    }
}
