package io.newsgraph.core.planning;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.executeOnResolvers;
import static io.newsgraph.testing.GraphQLClient.variables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsgraph.testing.FixtureVariables;
import io.newsgraph.testing.GraphQLClient;
import io.newsgraph.testing.ReadPathMetrics;
import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The read planner answers every read the API's fixtures make, and leaves to the resolvers what it does not
 * know. That both paths give the same answers is {@link PlannedReadsDifferentialTest}'s job.
 */
@QuarkusTest
class PlannedReadsTest {

    /** Documents that SmallRye refuses before anything runs: neither path executes them. */
    private static final List<String> INVALID = List.of("syntax-error", "unknown-field");

    static Stream<String> readFixtures() throws IOException, URISyntaxException {
        Path folder = Path.of(PlannedReadsTest.class.getClassLoader().getResource("graphql").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".graphql"))
                    .map(name -> name.substring(0, name.length() - ".graphql".length()))
                    .filter(name -> !INVALID.contains(name))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("readFixtures")
    void everyReadFixtureIsPlanned(String fixture) {
        Map<String, Object> variables = FixtureVariables.of(fixture);
        long planned = ReadPathMetrics.answeredBy("planned");
        long resolved = ReadPathMetrics.answeredBy("resolvers");
        assertNoErrors(execute(fixture, variables));
        assertEquals(planned + 1, ReadPathMetrics.answeredBy("planned"), fixture + " must be answered by the planner");
        assertEquals(resolved, ReadPathMetrics.answeredBy("resolvers"), fixture + " must not fall back to the resolvers");
    }

    @Test
    void introspectionIsLeftToTheResolvers() {
        long resolved = ReadPathMetrics.answeredBy("resolvers");
        assertNoErrors(GraphQLClient.executeQuery("{ __schema { queryType { name } } }"));
        assertEquals(resolved + 1, ReadPathMetrics.answeredBy("resolvers"));
    }

    @Test
    void aNestedListPagedTwoWaysGetsEachPage() {
        String slug = busiestArticleSlug();
        var planned = execute("nested-pages-two-ways", variables("slug", slug)).extract().jsonPath();
        for (var page : Map.of("firstComment", 1, "firstComments", 5).entrySet()) {
            var alone = executeOnResolvers("comment-thread", variables("slug", slug, "first", page.getValue()))
                    .extract().jsonPath();
            assertEquals(alone.getList("data.article.comments.edges.node.id"),
                    planned.getList("data.article." + page.getKey() + ".edges.node.id"), page.getKey());
            assertEquals(alone.getBoolean("data.article.comments.pageInfo.hasNextPage"),
                    planned.getBoolean("data.article." + page.getKey() + ".pageInfo.hasNextPage"), page.getKey());
        }
    }

    @Test
    void aNodeAnswersItsFieldsInTheOrderOfItsOwnType() throws IOException {
        String fixture = "node-fields-in-type-order";
        Map<String, Object> variables = FixtureVariables.of(fixture);
        String planned = execute(fixture, variables).extract().asString();
        assertEquals(executeOnResolvers(fixture, variables).extract().asString(), planned);
        List<String> keys = new ArrayList<>();
        new ObjectMapper().readTree(planned).get("data").get("node").fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("id", "articles", "name", "version"), keys, planned);
    }

    /** The published article with the most approved conversations, so that both pages are full. */
    private static String busiestArticleSlug() {
        return SampleContent.publishedArticles().stream()
                .max((a, b) -> Integer.compare(SampleContent.approvedThreads(a).size(),
                        SampleContent.approvedThreads(b).size()))
                .map(article -> {
                    assertTrue(SampleContent.approvedThreads(article).size() > 5);
                    return article.get("slug").asText();
                })
                .orElseThrow();
    }
}
