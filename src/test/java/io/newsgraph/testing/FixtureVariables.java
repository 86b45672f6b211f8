package io.newsgraph.testing;

import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.variables;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Variables for each read fixture of {@code src/test/resources/graphql}, taken from the sample content, so
 * that a test can run every fixture. A new fixture needs its variables here.
 */
public final class FixtureVariables {

    private FixtureVariables() {
    }

    public static Map<String, Object> of(String fixture) {
        String article = newestArticle().get("slug").asText();
        return switch (fixture) {
            case "article-by-id", "article-page", "nested-pages-two-ways" -> variables("slug", article);
            case "articles", "authors", "directories" -> variables("first", 3);
            case "author-page" -> variables("slug", newestArticle().get("author").asText(), "first", 2);
            case "comment-thread" -> variables("slug", article, "first", 2);
            case "conflicting-arguments", "hidden-thread", "reading-times" -> variables();
            case "front-page" -> variables("first", 20);
            case "node" -> variables("id",
                    execute("article-by-id", variables("slug", article)).extract().path("data.article.id"));
            case "node-fields-in-type-order" -> variables("id", execute("tag-page",
                    variables("slug", newestArticle().get("tags").get(0).asText())).extract().path("data.tag.id"));
            case "source-page" -> variables("slug", newestArticle().get("source").asText());
            case "tag-page" -> variables("slug", newestArticle().get("tags").get(0).asText());
            default -> throw new IllegalArgumentException("No variables for the fixture " + fixture + ": add them here");
        };
    }

    private static JsonNode newestArticle() {
        return SampleContent.publishedArticles().get(0);
    }
}
