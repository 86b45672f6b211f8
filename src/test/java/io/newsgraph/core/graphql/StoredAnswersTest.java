package io.newsgraph.core.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The seam for a response cache: with an answer stored for a request ({@link StoredAnswers}), a GET whose If-None-Match
 * names it gets 304 before anything executes, and the stored bytes are sent with the ETag of their digest. Here the
 * stored answers are a fixed one, for the operations whose name starts with "Stored"; in the packaged application the
 * response cache stores them, so this test has no integration test.
 */
@QuarkusTest
@TestProfile(StoredAnswersTest.WithStoredAnswers.class)
class StoredAnswersTest {

    public static class WithStoredAnswers implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FixedStoredAnswers.class);
        }
    }

    @Alternative
    @ApplicationScoped
    static class FixedStoredAnswers implements StoredAnswers {

        static final StoredAnswer STORED = StoredAnswer.of(Buffer.buffer("{\"data\":{\"stored\":true}}"));

        @Override
        public Optional<StoredAnswer> find(RoutingContext context) {
            String operation = GraphQLExchange.request(context).operationName();
            return operation != null && operation.startsWith("Stored") ? Optional.of(STORED) : Optional.empty();
        }
    }

    /** A response cache's hit path, for the requests with its header: the stored answer, sent as it was stored. */
    @ApplicationScoped
    static class StoredAnswerHandler {

        static final String HEADER = "X-Answer-From-Store";

        private final StoredAnswers storedAnswers;
        private final GraphQLResponses responses;

        StoredAnswerHandler(StoredAnswers storedAnswers, GraphQLResponses responses) {
            this.storedAnswers = storedAnswers;
            this.responses = responses;
        }

        // before the planner's route, which has the same order and would answer first otherwise
        void install(@Observes @Priority(Interceptor.Priority.APPLICATION) Router router) {
            GraphQLRoutes.beforeResolvers(router).handler(this::answer);
        }

        void answer(RoutingContext context) {
            Optional<StoredAnswer> stored = context.request().getHeader(HEADER) == null ? Optional.empty()
                    : storedAnswers.find(context);
            if (stored.isPresent()) {
                responses.send(context, stored.get());
            } else {
                context.next();
            }
        }
    }

    private static final String STORED_TAG = EntityTags.of(FixedStoredAnswers.STORED.digest(), ResponseMediaType.JSON);

    @Test
    void anIfNoneMatchNamingTheStoredAnswerGets304AndNothingExecutes() {
        get(given().header("If-None-Match", STORED_TAG), "StoredNotExecuted").statusCode(304)
                .header("ETag", is(STORED_TAG))
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=30"))
                .body(emptyString());
        given().get("/q/metrics").then().statusCode(200)
                .body(not(containsString("operation=\"StoredNotExecuted\"")));
    }

    @Test
    void aTagThatIsNoLongerTheStoredOnesExecutesAndTheAnswerHasTheTagOfItsOwnBytes() {
        ExtractableResponse<Response> answer = get(given().header("If-None-Match", "\"jstale\""), "StoredStale")
                .statusCode(200).body("data.tags.totalCount", greaterThan(0)).extract();
        assertEquals(EntityTags.of(Sha256.base64Url(Buffer.buffer(answer.asByteArray())), ResponseMediaType.JSON),
                answer.header("ETag"));
        given().get("/q/metrics").then().body(containsString("operation=\"StoredStale\""));
    }

    @Test
    void aRequestWithCredentialsIsNeverAnsweredFromTheStore() {
        get(given().header("If-None-Match", STORED_TAG).header("Authorization", "Basic cmVhZGVyOnNlY3JldA=="),
                "StoredPrivate").statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .header("ETag", nullValue());
    }

    @Test
    void theStoredBytesAreSentWithTheTagOfTheirDigest() {
        get(given().header(StoredAnswerHandler.HEADER, "yes"), "StoredHit").statusCode(200)
                .header("ETag", is(STORED_TAG))
                .body(is("{\"data\":{\"stored\":true}}"));
        get(given().header(StoredAnswerHandler.HEADER, "yes").header("If-None-Match", STORED_TAG), "StoredHit")
                .statusCode(304);
    }

    private static ValidatableResponse get(RequestSpecification request, String operation) {
        return request.queryParam("query", "query " + operation + " { tags(first: 1) { totalCount } }")
                .queryParam("operationName", operation).get("/graphql").then();
    }
}
