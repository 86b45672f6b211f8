package io.newsgraph.author;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.variables;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AuthorGraphQLApiTest {

    @Test
    void authorPageListsTheAuthorsPublishedArticlesNewestFirst() {
        JsonNode author = SampleContent.all("authors").get(0);
        String slug = author.get("slug").asText();
        List<String> expected = SampleContent.publishedArticles().stream()
                .filter(article -> article.get("author").asText().equals(slug))
                .map(article -> article.get("slug").asText()).toList();
        assertNoErrors(execute("author-page", variables("slug", slug, "first", 100)))
                .body("data.author.name", is(author.get("name").asText()))
                .body("data.author.location", is(author.get("location").asText()))
                .body("data.author.socialLinks.url",
                        containsInAnyOrder(author.get("socialLinks").findValuesAsText("url").toArray()))
                .body("data.author.articles.totalCount", is(expected.size()))
                .body("data.author.articles.edges.node.slug", contains(expected.toArray()))
                .body("data.author.articles.edges.node.author.slug", everyItem(is(slug)));
    }

    @Test
    void nestedArticlesPageWithTheirOwnCursor() {
        String slug = SampleContent.publishedArticles().get(0).get("author").asText();
        JsonPath firstPage = assertNoErrors(execute("author-page", variables("slug", slug, "first", 1)))
                .body("data.author.articles.edges", hasSize(1))
                .body("data.author.articles.pageInfo.hasNextPage", is(true))
                .extract().jsonPath();
        JsonPath secondPage = assertNoErrors(execute("author-page", variables("slug", slug, "first", 1, "after",
                firstPage.getString("data.author.articles.pageInfo.endCursor")))).extract().jsonPath();
        List<String> all = assertNoErrors(execute("author-page", variables("slug", slug, "first", 2))).extract()
                .jsonPath().getList("data.author.articles.edges.node.slug");
        assertEquals(all, List.of(firstPage.getString("data.author.articles.edges[0].node.slug"),
                secondPage.getString("data.author.articles.edges[0].node.slug")));
    }

    @Test
    void authorsAreListedByNameInBothDirections() {
        List<String> byName = SampleContent.all("authors").stream()
                .sorted(Comparator.comparing((JsonNode author) -> author.get("name").asText()))
                .map(author -> author.get("slug").asText()).toList();
        List<String> visited = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = assertNoErrors(execute("authors", variables("first", 4, "after", after))).extract()
                    .jsonPath();
            visited.addAll(page.getList("data.authors.edges.node.slug"));
            more = page.getBoolean("data.authors.pageInfo.hasNextPage");
            after = page.getString("data.authors.pageInfo.endCursor");
        }
        assertEquals(byName, visited);
        assertNoErrors(execute("authors", variables("last", 2)))
                .body("data.authors.totalCount", is(byName.size()))
                .body("data.authors.edges.node.slug", contains(byName.subList(byName.size() - 2, byName.size())
                        .toArray()));
    }

    @Test
    void anUnknownAuthorIsNullAndAForeignCursorIsRefused() {
        assertNoErrors(execute("author-page", variables("slug", "nobody"))).body("data.author", nullValue());
        String articleCursor = execute("articles", variables("first", 1)).extract().jsonPath()
                .getString("data.articles.pageInfo.endCursor");
        assertError(execute("authors", variables("first", 2, "after", articleCursor)), "BAD_USER_INPUT");
    }
}
