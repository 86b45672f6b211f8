package io.newsgraph.core.planning;

import static io.newsgraph.testing.GraphQLClient.variables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import graphql.parser.Parser;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.planning.model.Visibility;
import io.newsgraph.testing.FixtureVariables;
import io.newsgraph.testing.GraphQLClient;
import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The SQL each plan compiles to, compared with a snapshot committed under {@value #SNAPSHOTS}: the documents the
 * benchmark sends ({@code bench/postgraphile/queries/newsgraph-*.graphql}) and some of the tests' fixtures, so that a
 * change to the statements the planner writes shows in review, and one nobody meant fails here. The SQL is written one
 * subquery a line, indented by depth, so that a change shows as a change of lines.
 * <p>
 * After a deliberate change, record the snapshots again and review their diff:
 * {@code ./mvnw -B test -Dtest=PlanSqlSnapshotsTest -Dplan-sql.record=true}, which writes every snapshot and passes.
 * <p>
 * The compiler needs Hibernate's mapping metamodel and the served schema, hence Quarkus; the test runs in the default
 * profile, which costs no start of its own, and over no transport, so no {@code *IT} extends it.
 */
@QuarkusTest
class PlanSqlSnapshotsTest {

    private static final Path SNAPSHOTS = Path.of("src/test/resources/plan-sql");
    private static final Path BENCH_DOCUMENTS = Path.of("bench/postgraphile/queries");
    private static final boolean RECORD = Boolean.getBoolean("plan-sql.record");

    @Inject
    PlannedReads plannedReads;

    static Stream<String> snapshots() {
        return Stream.of("bench-front", "bench-deep", "bench-article", "bench-author", "bench-counted", "fixture-articles",
                "fixture-articles-filtered", "fixture-articles-backward", "fixture-directories", "fixture-tag-page",
                "fixture-node", "fixture-article-page", "fixture-front-page");
    }

    @ParameterizedTest
    @MethodSource("snapshots")
    void eachPlanCompilesToTheSqlOfItsSnapshot(String snapshot) throws IOException {
        Request request = request(snapshot);
        PlannedReads.Decision decision = plannedReads.plan(request.query(), Parser.parse(request.query()), null,
                request.variables(), Visibility.READER, Reads.IGNORED);
        String sql = readable(assertInstanceOf(PlannedReads.PlannedRead.class, decision, snapshot).plan().sql());
        Path file = SNAPSHOTS.resolve(snapshot + ".sql");
        if (RECORD) {
            Files.createDirectories(SNAPSHOTS);
            Files.writeString(file, sql);
        }
        assertEquals(Files.readString(file), sql,
                () -> snapshot + ": the plan's SQL is not its snapshot's; if the change is meant, record the snapshots"
                        + " again (-Dplan-sql.record=true) and review their diff");
    }

    /** A document and variables of the shape the snapshot is of (the SQL holds no value: only the shape matters). */
    private record Request(String query, Map<String, Object> variables) {
    }

    private static Request request(String snapshot) throws IOException {
        String article = SampleContent.publishedArticles().get(0).get("slug").asText();
        String author = SampleContent.publishedArticles().get(0).get("author").asText();
        return switch (snapshot) {
            case "bench-front" -> bench("front", variables());
            case "bench-deep" -> bench("front", variables("after", firstCursor()));
            case "bench-article" -> bench("article", variables("slug", article));
            case "bench-author" -> bench("author", variables("slug", author));
            case "bench-counted" -> bench("counted", variables());
            case "fixture-articles-filtered" -> new Request(GraphQLClient.document("articles"), variables("first", 3,
                    "after", firstCursor(), "filter", Map.of("language", "fr", "authorSlug", author, "tagSlug", "climate")));
            case "fixture-articles-backward" -> new Request(GraphQLClient.document("articles"), variables("last", 3));
            default -> {
                String fixture = snapshot.substring("fixture-".length());
                yield new Request(GraphQLClient.document(fixture), FixtureVariables.of(fixture));
            }
        };
    }

    private static Request bench(String page, Map<String, Object> variables) throws IOException {
        return new Request(Files.readString(BENCH_DOCUMENTS.resolve("newsgraph-" + page + ".graphql")), variables);
    }

    private static String firstCursor() {
        return GraphQLClient.executeQuery("{ articles(first: 1) { pageInfo { endCursor } } }").extract()
                .path("data.articles.pageInfo.endCursor");
    }

    /** One subquery a line, indented by how deep it is in parentheses. */
    static String readable(String sql) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '(' && sql.startsWith("(select ", i)) {
                text.append('\n').append("  ".repeat(depth));
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            text.append(c);
        }
        return text.append('\n').toString().stripLeading();
    }
}
