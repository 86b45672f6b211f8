package io.newsgraph.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** With no OTLP endpoint configured, as by default, no span is recorded, even for a caller that samples its trace. */
@QuarkusTest
class TracesWithoutEndpointTest {

    @Inject
    RecordedSpans recorded;

    @Test
    void nothingIsRecorded() throws InterruptedException {
        given().contentType(ContentType.JSON)
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .body(Map.of("query", GraphQLClient.document("front-page"), "variables", Map.of("first", 2)))
                .post("/graphql")
                .then().statusCode(200);
        // a recorded span would be exported within the batch processor's delay: wait several rounds of it
        Thread.sleep(1_000);
        assertEquals(List.of(), recorded.finished());
    }
}
