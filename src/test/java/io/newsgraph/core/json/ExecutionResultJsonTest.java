package io.newsgraph.core.json;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.execution.QuarkusFetcherContext;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.testing.GraphQLClient;
import io.newsgraph.testing.SampleContent;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * Every response body {@link ExecutionResultJson} writes is byte for byte what SmallRye GraphQL writes for the same
 * execution result: the project's documents executed by the engine, errors of every origin, and values chosen to
 * catch escaping, number and encoding differences.
 */
@QuarkusTest
class ExecutionResultJsonTest {

    private static final String EVERY_CONTROL_CHARACTER = controlCharacters();
    private static final String AWKWARD_TEXT = EVERY_CONTROL_CHARACTER + "\"quoted\" back\\slash /slash \u007f é ß ü"
            + " 日本語 😀 \u2028line\u2029paragraph \ud800lone high, lone low\udc00, \udbff\udfff, end\ud83d";

    @Inject
    ExecutionService executionService;

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyDocumentOfTheTestsIsWrittenAsSmallRyeWritesIt(String document, Map<String, Object> variables) {
        ExecutionResult r = execute(GraphQLClient.document(document), variables);
        System.out.println("DOC " + document + " errors=" + r.getErrors().size() + " bytes="
                + ExecutionResultJson.write(r, null).length());
        assertSameBytes(r);
    }

    static Stream<Arguments> documents() {
        JsonNode discussed = SampleContent.publishedArticles().stream()
                .max(Comparator.comparingInt(article -> SampleContent.approvedThreads(article).size())).orElseThrow();
        String article = discussed.get("slug").asText();
        String author = SampleContent.all("authors").get(0).get("slug").asText();
        String source = SampleContent.all("sources").get(0).get("slug").asText();
        String tag = SampleContent.all("tags").get(0).get("slug").asText();
        return Stream.of(
                Arguments.of("article-by-id", Map.of("slug", article)),
                Arguments.of("article-page", Map.of("slug", article)),
                Arguments.of("articles", Map.of("first", 10)),
                Arguments.of("author-page", Map.of("slug", author, "first", 5)),
                Arguments.of("authors", Map.of("first", 5)),
                Arguments.of("comment-thread", Map.of("slug", article, "first", 5)),
                Arguments.of("conflicting-arguments", Map.of()),
                Arguments.of("directories", Map.of("first", 5)),
                Arguments.of("front-page", Map.of("first", 20)),
                Arguments.of("node", Map.of("id", GlobalId.encode("Article", 1))),
                Arguments.of("source-page", Map.of("slug", source)),
                Arguments.of("syntax-error", Map.of()),
                Arguments.of("tag-page", Map.of("slug", tag)),
                Arguments.of("unknown-field", Map.of()));
    }

    @Test
    void errorsRaisedWhileFetchingAreWrittenAsSmallRyeWritesThem() {
        ExecutionResult result = execute("{ articles(first: 500) { totalCount } tags(first: 1) { totalCount } }", Map.of());
        assertFalse(result.getErrors().isEmpty());
        assertTrue(result.isDataPresent());
        assertSameBytes(result);
    }

    @Test
    void variablesThatDoNotFitAreWrittenAsSmallRyeWritesThem() {
        assertSameBytes(execute(GraphQLClient.document("front-page"), Map.of("first", "many")));
        assertSameBytes(execute(GraphQLClient.document("front-page"), Map.of()));
    }

    @Test
    void awkwardTextIsWrittenAsSmallRyeWritesIt() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text", AWKWARD_TEXT);
        data.put(AWKWARD_TEXT, "as a member name");
        data.put("nested", List.of(List.of(AWKWARD_TEXT), Map.of("deeper", AWKWARD_TEXT)));
        for (char c = 0; c < 0x80; c++) {
            data.put("ascii" + (int) c, String.valueOf(c));
        }
        assertSameBytes(ExecutionResultImpl.newExecutionResult().data(data).build());
        assertSameBytes(ExecutionResultImpl.newExecutionResult().data(Map.of("text", AWKWARD_TEXT))
                .addError(ApiErrors.of(ErrorCode.BAD_USER_INPUT, AWKWARD_TEXT, new SourceLocation(3, 7)))
                .build());
    }

    @Test
    void everyKindOfValueIsWrittenAsSmallRyeWritesIt() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("null", null);
        data.put("true", true);
        data.put("false", false);
        data.put("int", Integer.MIN_VALUE);
        data.put("short", (short) -7);
        data.put("byte", (byte) 7);
        data.put("long", Long.MAX_VALUE);
        data.put("doubles", List.of(0.0, -0.0, 1.0, 0.1, 1.0E10, 1.0E-7, 123456.789, Double.MAX_VALUE, Double.MIN_VALUE));
        data.put("floats", List.of(0.1f, 1.0E10f, Float.MAX_VALUE, 3.0f));
        data.put("bigDecimals", List.of(new BigDecimal("1.10"), new BigDecimal("1E+3"), new BigDecimal("-0.000001")));
        data.put("bigIntegers", List.of(new BigInteger("123456789012345678901234567890"), BigInteger.ZERO.negate()));
        data.put("enum", ErrorCode.NOT_FOUND);
        data.put("emptyList", List.of());
        data.put("emptyObject", Map.of());
        data.put("set", new java.util.TreeSet<>(List.of("b", "a")));
        data.put("array", new ArrayList<>(Arrays.asList(1, null, "x")));
        data.put("record", new Point(1, "two"));
        data.put("jsonValue", Json.createObjectBuilder().add("a", AWKWARD_TEXT).add("b", 1.5).build());
        assertSameBytes(ExecutionResultImpl.newExecutionResult().data(data).build());
        assertSameBytes(ExecutionResultImpl.newExecutionResult().data(null).build());
        assertSameBytes(ExecutionResultImpl.newExecutionResult().data(List.of(1, 2)).build());
    }

    public record Point(int x, String label) {
    }

    @Test
    void errorsOfEveryShapeAreWrittenAsSmallRyeWritesThem() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", "CUSTOM");
        extensions.put("number", 42);
        extensions.put("double", 2.5);
        extensions.put("list", List.of("a", 1, true));
        extensions.put("nothing", null);
        extensions.put("nested", Map.of("text", AWKWARD_TEXT));
        extensions.put("enum", ErrorCode.CONFLICT);
        List<GraphQLError> errors = List.of(
                ApiErrors.of(ErrorCode.QUERY_TOO_COMPLEX, "Too much."),
                new ApiError("With a path.", List.of(new SourceLocation(1, 2), new SourceLocation(30, 4)),
                        List.of("articles", 3, "title"), ErrorCode.INTERNAL_SERVER_ERROR),
                GraphqlErrorBuilder.newError().message("Built by graphql-java").build(),
                GraphqlErrorBuilder.newError().message("With everything").errorType(ErrorType.DataFetchingException)
                        .location(new SourceLocation(2, 3)).path(ResultPath.parse("/a/0/b")).extensions(extensions)
                        .build(),
                ValidationError.newValidationError().validationErrorType(ValidationErrorType.FieldUndefined)
                        .description("Field 'nope' undefined").sourceLocation(new SourceLocation(1, 3))
                        .queryPath(List.of("tags", "nope")).build());
        assertSameBytes(ExecutionResultImpl.newExecutionResult().errors(errors).build());
        assertSameBytes(ExecutionResultImpl.newExecutionResult().errors(errors).data(Map.of("a", 1)).build());
        assertSameBytes(ExecutionResultImpl.newExecutionResult().errors(errors).data(null).build());
    }

    @Test
    void extensionsAreWrittenAsSmallRyeWritesThem() {
        Map<Object, Object> extensions = new LinkedHashMap<>();
        extensions.put("tracing", Map.of("duration", 12L));
        extensions.put(7, "a key that is not a string is left out");
        extensions.put("text", AWKWARD_TEXT);
        Map<String, Object> added = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            added.put("added" + i, i);
        }
        ExecutionResult withExtensions = ExecutionResultImpl.newExecutionResult().data(Map.of("a", 1))
                .extensions(extensions).build();
        assertSameBytes(withExtensions, added);
        assertSameBytes(ExecutionResultImpl.newExecutionResult().data(Map.of("a", 1)).build(), added);
        assertSameBytes(ExecutionResultImpl.newExecutionResult().addError(ApiErrors.of(ErrorCode.NOT_FOUND, "None."))
                .build(), added);
    }

    private static void assertSameBytes(ExecutionResult result) {
        assertSameBytes(result, null);
    }

    private static void assertSameBytes(ExecutionResult result, Map<String, Object> addedExtensions) {
        byte[] smallRye = new ExecutionResponse(result, addedExtensions).getExecutionResultAsString().getBytes(UTF_8);
        byte[] ours = ExecutionResultJson.write(result, addedExtensions).getBytes();
        // compared as ISO-8859-1, a character per byte, so that a difference shows where it is
        assertEquals(new String(smallRye, ISO_8859_1), new String(ours, ISO_8859_1));
    }

    /** The result SmallRye's execution service gives for a document, through a writer that keeps it. */
    private ExecutionResult execute(String query, Map<String, Object> variables) {
        JsonObjectBuilder input = Json.createObjectBuilder().add("query", query);
        if (!variables.isEmpty()) {
            input.add("variables", Json.createObjectBuilder(variables));
        }
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        ContextState state = requestContext.getState();
        Map<String, Object> metadata = QuarkusFetcherContext.of(Map.of(), state);
        AtomicReference<ExecutionResponse> response = new AtomicReference<>();
        try {
            executionService.executeSync(input.build(), metadata, response::set);
        } finally {
            // resolvers deactivate the request context once they are done
            requestContext.activate(state);
            if (activated) {
                requestContext.terminate();
            }
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
        // none for a document SmallRye cannot parse, which it answers itself
        SmallRyeContext context = (SmallRyeContext) metadata.get(SmallRyeContextManager.CONTEXT);
        assertTrue(context == null || context.getAddedExtensions().isEmpty());
        return response.get().getExecutionResult();
    }

    private static String controlCharacters() {
        StringBuilder text = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            text.append(c);
        }
        return text.toString();
    }
}
