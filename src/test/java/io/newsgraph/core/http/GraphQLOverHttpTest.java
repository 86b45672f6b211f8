package io.newsgraph.core.http;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The endpoint's HTTP rules beyond refusals, which {@link HostileRequestsTest} covers. */
@QuarkusTest
class GraphQLOverHttpTest {

    private static final String TWO_OPERATIONS = "query Tags { tags(first: 1) { totalCount } }"
            + " query Authors { authors(first: 1) { totalCount } }";

    @Test
    void getRunsTheOperationItNames() {
        assertNoErrors(given().queryParam("query", TWO_OPERATIONS).queryParam("operationName", "Authors")
                .get("/graphql").then().statusCode(200))
                .body("data.authors.totalCount", greaterThan(0))
                .body("data.tags", nullValue());
    }

    @Test
    void postRunsTheOperationItNames() {
        assertNoErrors(given().contentType(ContentType.JSON)
                .body(Map.of("query", TWO_OPERATIONS, "operationName", "Tags"))
                .post("/graphql").then().statusCode(200))
                .body("data.tags.totalCount", greaterThan(0));
    }

    @Test
    void getQueriesArriveAsTheyWereSent() {
        assertError(given().queryParam("query", "{ node(id: \"100%+ok\") { id } }")
                .get("/graphql").then().statusCode(200), "BAD_USER_INPUT")
                .body("errors.message", hasItem("The id '100%+ok' is not a valid newsgraph id."));
    }

    @Test
    void anErrorWhileExecutingIsAnAnswerNotAFailedRequest() {
        // the error nulls the whole data, since articles cannot be null, but data is there
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ articles(first: 500) { totalCount } }"))
                .post("/graphql").then().statusCode(200)
                .contentType(startsWith("application/graphql-response+json"))
                .body("errors.extensions.code", hasItem("BAD_USER_INPUT"))
                .body(containsString("\"data\":null"));
    }

    @Test
    void clientsListingBothMediaTypesGetTheGraphQLOne() {
        given().contentType(ContentType.JSON).accept("application/json;q=0.9, application/graphql-response+json")
                .body(Map.of("query", "{ tags(first: 1) { totalCount } }"))
                .post("/graphql").then().statusCode(200)
                .contentType(is("application/graphql-response+json; charset=utf-8"));
    }

    @Test
    void webSocketUpgradesReachSmallRye() throws Exception {
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://localhost:" + RestAssured.port + "/graphql"), new WebSocket.Listener() {
                })
                .get(10, TimeUnit.SECONDS);
        assertEquals("graphql-transport-ws", socket.getSubprotocol());
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
    }

    @Test
    void graphiqlIsServed() {
        given().get("/q/graphql-ui/").then().statusCode(200);
    }

    @Test
    void theSchemaIsServed() {
        given().get("/graphql/schema.graphql").then().statusCode(200).body(notNullValue());
    }
}
