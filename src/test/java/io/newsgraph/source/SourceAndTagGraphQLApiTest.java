package io.newsgraph.source;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.variables;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SourceAndTagGraphQLApiTest {

    @Test
    void sourcePageListsItsPublishedArticles() {
        JsonNode source = SampleContent.all("sources").get(0);
        String slug = source.get("slug").asText();
        List<String> expected = SampleContent.publishedArticles().stream()
                .filter(article -> slug.equals(article.get("source").asText()))
                .map(article -> article.get("slug").asText()).toList();
        assertNoErrors(execute("source-page", variables("slug", slug)))
                .body("data.source.name", is(source.get("name").asText()))
                .body("data.source.url", is(source.get("url").asText()))
                .body("data.source.language", is(source.get("language").asText()))
                .body("data.source.articles.totalCount", is(expected.size()))
                .body("data.source.articles.edges.node.slug", contains(expected.toArray()))
                .body("data.source.articles.edges.node.source.slug", everyItem(is(slug)));
    }

    @Test
    void tagPageListsItsPublishedArticles() {
        String slug = "sahel";
        List<String> expected = SampleContent.publishedArticles().stream()
                .filter(article -> SampleContent.texts(article.get("tags")).contains(slug))
                .map(article -> article.get("slug").asText()).toList();
        assertNoErrors(execute("tag-page", variables("slug", slug)))
                .body("data.tag.name", is("Sahel"))
                .body("data.tag.articles.totalCount", is(expected.size()))
                .body("data.tag.articles.edges.node.slug", contains(expected.toArray()))
                .body("data.tag.articles.edges.node.tags.slug", everyItem(hasItem(slug)));
    }

    @Test
    void directoriesListEverythingByName() {
        assertNoErrors(execute("directories", variables("first", 100)))
                .body("data.authors.edges.node.slug", contains(slugsByName("authors").toArray()))
                .body("data.sources.edges.node.slug", contains(slugsByName("sources").toArray()))
                .body("data.tags.edges.node.slug", contains(slugsByName("tags").toArray()))
                .body("data.tags.totalCount", is(SampleContent.all("tags").size()));
    }

    private static List<String> slugsByName(String kind) {
        return SampleContent.all(kind).stream()
                .sorted(Comparator.comparing((JsonNode row) -> row.get("name").asText()))
                .map(row -> row.get("slug").asText()).toList();
    }
}
