package io.newsgraph.core.graphql;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.junit.jupiter.api.Test;

import io.newsgraph.core.json.ResponseJson;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A handler added before the resolvers, as the read planner adds one, answers the requests it knows with what the
 * gate left on the routing context, and lets the others go on to SmallRye's resolvers.
 */
@QuarkusTest
class BeforeResolversTest {

    private static final String TWO_OPERATIONS = "query Tags { tags(first: 1) { totalCount } }"
            + " query Authors { authors(first: 1) { totalCount } }";

    /** Answers the requests that carry its header with their operation name and how many definitions they have. */
    @ApplicationScoped
    static class AnsweringHandler {

        static final String HEADER = "X-Answer-Before-Resolvers";

        private final GraphQLResponses responses;

        AnsweringHandler(GraphQLResponses responses) {
            this.responses = responses;
        }

        void install(@Observes Router router) {
            GraphQLRoutes.beforeResolvers(router).blockingHandler(this::answer, false);
        }

        void answer(RoutingContext context) {
            if (context.request().getHeader(HEADER) == null) {
                context.next();
                return;
            }
            GraphQLRequest request = GraphQLExchange.request(context);
            int definitions = GraphQLExchange.document(context).getDocument().getDefinitions().size();
            responses.send(context, ResponseJson.write(json -> {
                json.writeStartObject();
                json.writeObjectFieldStart("data");
                json.writeStringField("operation", request.operationName());
                json.writeNumberField("definitions", definitions);
                json.writeEndObject();
                json.writeEndObject();
            }), true, false);
        }
    }

    @Test
    void itAnswersWhatItKnowsWithTheRequestAndDocumentTheGateLeft() {
        given().contentType(ContentType.JSON).header(AnsweringHandler.HEADER, "yes")
                .accept("application/graphql-response+json")
                .body(Map.of("query", TWO_OPERATIONS, "operationName", "Authors"))
                .post("/graphql").then().statusCode(200)
                .contentType(is("application/graphql-response+json; charset=utf-8"))
                .body(is("{\"data\":{\"operation\":\"Authors\",\"definitions\":2}}"));
    }

    @Test
    void itsAnswersToGetFollowTheCacheRules() {
        given().header(AnsweringHandler.HEADER, "yes").queryParam("query", TWO_OPERATIONS)
                .queryParam("operationName", "Tags")
                .get("/graphql").then().statusCode(200)
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=30"))
                .body("data.operation", is("Tags"));
    }

    @Test
    void whatItDoesNotKnowGoesOnToTheResolvers() {
        given().contentType(ContentType.JSON).body(Map.of("query", TWO_OPERATIONS, "operationName", "Tags"))
                .post("/graphql").then().statusCode(200)
                .body("data.tags.totalCount", greaterThan(0))
                .body("errors", nullValue());
    }

    @Test
    void itNeverSeesWhatTheGateRefused() {
        assertError(given().contentType(ContentType.JSON).header(AnsweringHandler.HEADER, "yes")
                .body(Map.of("query", "{ tags { nope } }"))
                .post("/graphql").then().statusCode(200), "BAD_USER_INPUT");
    }
}
