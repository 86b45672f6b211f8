package io.newsgraph.core.execution;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import graphql.parser.ParserOptions;
import io.newsgraph.core.documents.PreparedDocuments;
import io.newsgraph.testing.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * How often a document is parsed on the resolvers' path, counted by a parsing listener on graphql-java's default
 * options, which both {@link PreparedDocuments} and SmallRye's own parsing derive theirs from. (The read planner
 * never hands a document to SmallRye: these requests go to the resolvers.)
 */
@QuarkusTest
class SmallRyeQueryCacheTest {

    @BeforeEach
    void buildTheEngine() {
        // SmallRye builds its engine, and with it hands over its cache, on the first request
        post("{ tags(first: 1) { totalCount } }");
    }

    @Test
    void aQuerySentAgainAndAgainIsParsedOnce() {
        String marker = marker();
        assertEquals(1, parsesOf(marker, "{ " + marker + ": tags(first: 1) { totalCount } }", 3));
    }

    @Test
    void aDocumentTooHeavyToShareIsParsedAgainBySmallRye() {
        String marker = marker();
        String heavy = "#" + "x".repeat(10_000) + "\n{ " + marker + ": tags(first: 1) { totalCount } }";
        assertEquals(1 + 3, parsesOf(marker, heavy, 3));
    }

    private static int parsesOf(String marker, String query, int requests) {
        ParserOptions original = ParserOptions.getDefaultOperationParserOptions();
        AtomicInteger parses = new AtomicInteger();
        ParserOptions.setDefaultOperationParserOptions(original.transform(options -> options.parsingListener(token -> {
            if (token.getText().equals(marker)) {
                parses.incrementAndGet();
            }
        })));
        try {
            for (int i = 0; i < requests; i++) {
                post(query);
            }
        } finally {
            ParserOptions.setDefaultOperationParserOptions(original);
        }
        return parses.get();
    }

    private static void post(String query) {
        assertNoErrors(given().contentType(ContentType.JSON).header(GraphQLClient.READ_PATH_HEADER, "resolvers")
                .body(Map.of("query", query)).post("/graphql").then().statusCode(200));
    }

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "");
    }
}
