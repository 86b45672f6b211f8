package io.newsgraph.operations;

import static io.newsgraph.testing.GraphQLClient.READ_PATH_HEADER;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsgraph.core.observability.TraceOperation;
import io.newsgraph.testing.GraphQLClient;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The spans of one GraphQL operation, on either read path: the HTTP request's span continues the caller's W3C trace
 * context, the operation's span is its child, and every SQL statement is a child of the operation's span.
 */
@QuarkusTest
@TestProfile(OperationTracesTest.InMemorySpans.class)
class OperationTracesTest {

    public static class InMemorySpans implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // an endpoint, so that spans are recorded at all; the recorded spans' exporter takes the place of the
            // OTLP exporter, so nothing is sent there
            return Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:4317");
        }
    }

    private static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("graphql.operation.name");
    private static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");

    @Inject
    RecordedSpans recorded;

    @Test
    void aPlannedReadIsOneOperationWithItsOneStatement() {
        Trace trace = frontPage("planned");
        assertEquals("planned", trace.operation().getAttributes().get(TraceOperation.PATH));
        assertEquals(1, trace.statements().size(), () -> "statements: " + trace.statements());
    }

    @Test
    void aReadOnTheResolversHasASpanPerStatement() {
        Trace trace = frontPage("resolvers");
        assertEquals("resolvers", trace.operation().getAttributes().get(TraceOperation.PATH));
        assertTrue(trace.statements().size() > 1, () -> "statements: " + trace.statements());
    }

    @Test
    void theOperationSaysWhetherItsDocumentAndPlanWereCached() {
        // a comment of its own makes the text a document no other request sent, parsed and planned as the front page
        String query = GraphQLClient.document("front-page") + "\n# " + HexFormat.of().formatHex(randomBytes(8));
        SpanData first = frontPage("planned", query).operation();
        assertEquals(false, first.getAttributes().get(TraceOperation.DOCUMENT_CACHED));
        assertEquals(false, first.getAttributes().get(TraceOperation.PLAN_CACHED));
        SpanData second = frontPage("planned", query).operation();
        assertEquals(true, second.getAttributes().get(TraceOperation.DOCUMENT_CACHED));
        assertEquals(true, second.getAttributes().get(TraceOperation.PLAN_CACHED));
    }

    @Test
    void anOperationRefusedForItsCredentialsEndsItsSpanAsAnError() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        given().contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .header("Authorization", "Bearer not-a-token")
                .body(Map.of("query", GraphQLClient.document("front-page"), "variables", Map.of("first", 3)))
                .post("/graphql")
                .then().statusCode(401);

        List<SpanData> spans = spansOf(traceId, "query FrontPage");
        SpanData operation = only(spans, span -> span.getName().equals("query FrontPage"));
        assertEquals(StatusCode.ERROR, operation.getStatus().getStatusCode());
    }

    private Trace frontPage(String path) {
        return frontPage(path, GraphQLClient.document("front-page"));
    }

    /** Sends a front page with a caller's trace context, down the given path, and checks what both paths share. */
    private Trace frontPage(String path, String query) {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String callerSpanId = HexFormat.of().formatHex(randomBytes(8));
        given().contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .header(READ_PATH_HEADER, path)
                .body(Map.of("query", query, "variables", Map.of("first", 3)))
                .post("/graphql")
                .then().statusCode(200).header(READ_PATH_HEADER, path);

        List<SpanData> spans = spansOf(traceId, "query FrontPage");
        SpanData operation = only(spans, span -> span.getName().equals("query FrontPage"));
        assertEquals("FrontPage", operation.getAttributes().get(OPERATION_NAME));
        assertEquals("query", operation.getAttributes().get(OPERATION_TYPE));
        assertEquals(SpanKind.INTERNAL, operation.getKind());
        assertNotEquals(StatusCode.ERROR, operation.getStatus().getStatusCode());

        SpanData request = only(spans, span -> span.getSpanId().equals(operation.getParentSpanId()));
        assertEquals(SpanKind.SERVER, request.getKind(), "the operation's parent is the HTTP request");
        assertEquals(callerSpanId, request.getParentSpanId(), "the request continues the caller's trace");

        List<SpanData> statements = spans.stream().filter(span -> span.getKind() == SpanKind.CLIENT).toList();
        for (SpanData statement : statements) {
            assertEquals(operation.getSpanId(), statement.getParentSpanId(),
                    () -> "a statement outside the operation's span: " + statement);
            assertTrue(sql(statement).map(sql -> sql.toLowerCase().startsWith("select")).orElse(false),
                    () -> "a statement span without its SQL: " + statement);
        }
        return new Trace(operation, statements);
    }

    private record Trace(SpanData operation, List<SpanData> statements) {
    }

    /** The spans of a trace, once the one named has ended: it ends last, with the response. */
    private List<SpanData> spansOf(String traceId, String last) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            List<SpanData> spans = recorded.finished().stream().filter(span -> span.getTraceId().equals(traceId))
                    .toList();
            if (spans.stream().anyMatch(span -> span.getName().equals(last)) || System.nanoTime() > deadline) {
                return spans;
            }
            Thread.onSpinWait();
        }
    }

    private static SpanData only(List<SpanData> spans, Predicate<SpanData> which) {
        List<SpanData> found = spans.stream().filter(which).toList();
        assertEquals(1, found.size(), () -> "spans of the trace: " + spans);
        return found.get(0);
    }

    /** The statement's text, under the attribute of the semantic conventions in force, old or new. */
    private static Optional<String> sql(SpanData statement) {
        return Optional.ofNullable(statement.getAttributes().get(AttributeKey.stringKey("db.query.text")))
                .or(() -> Optional.ofNullable(statement.getAttributes().get(AttributeKey.stringKey("db.statement"))));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
