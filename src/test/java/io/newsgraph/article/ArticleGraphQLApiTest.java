package io.newsgraph.article;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.variables;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleGraphQLApiTest {

    private static final List<JsonNode> PUBLISHED = SampleContent.publishedArticles();

    @Test
    void frontPageShowsTheNewestArticlesWithAuthorSourceTagsAndComments() {
        JsonNode newest = PUBLISHED.get(0);
        assertNoErrors(execute("front-page", variables("first", 20)))
                .body("data.articles.edges.node.slug", contains(slugs(PUBLISHED.subList(0, 20)).toArray()))
                .body("data.articles.pageInfo.hasNextPage", is(PUBLISHED.size() > 20))
                .body("data.articles.edges.node.author.name", everyItem(notNullValue()))
                .body("data.articles.edges[0].node.author.slug", is(newest.get("author").asText()))
                .body("data.articles.edges[0].node.source.url", startsWith("https://"))
                .body("data.articles.edges[0].node.tags.slug",
                        containsInAnyOrder(SampleContent.texts(newest.get("tags")).toArray()))
                .body("data.articles.edges[0].node.commentCount",
                        is(SampleContent.visibleComments(newest).size()))
                .body("data.articles.edges[0].node.comments.edges",
                        hasSize(Math.min(10, SampleContent.approvedThreads(newest).size())));
    }

    @Test
    void articlePageHasTheWholeArticle() {
        JsonNode article = PUBLISHED.get(0);
        JsonNode author = SampleContent.all("authors").stream()
                .filter(candidate -> candidate.get("slug").asText().equals(article.get("author").asText()))
                .findFirst().orElseThrow();
        int words = String.join(" ", SampleContent.texts(article.get("body"))).strip().split("\\s+").length;
        assertNoErrors(execute("article-page", variables("slug", article.get("slug").asText())))
                .body("data.article.title", is(article.get("title").asText()))
                .body("data.article.paragraphs", contains(SampleContent.texts(article.get("body")).toArray()))
                .body("data.article.body", is(String.join("\n\n", SampleContent.texts(article.get("body")))))
                .body("data.article.readingTimeMinutes", is((words + 199) / 200))
                .body("data.article.language", is(article.get("language").asText()))
                .body("data.article.status", is("PUBLISHED"))
                .body("data.article.byline", is(article.get("byline").asText()))
                .body("data.article.canonicalUrl", is(article.get("canonicalUrl").asText()))
                .body("data.article.image.alt", is(article.get("imageAlt").asText()))
                .body("data.article.publishedAt", is(article.get("publishedAt").asText()))
                .body("data.article.author.bio", is(author.get("bio").asText()))
                .body("data.article.author.socialLinks.network", containsInAnyOrder(
                        author.get("socialLinks").findValuesAsText("network").toArray()))
                .body("data.article.comments.totalCount", is(SampleContent.approvedThreads(article).size()));
    }

    @Test
    void readersNeverSeeDraftsOrArchivedArticles() {
        List<JsonNode> unpublished = SampleContent.articles(article -> !article.get("status").asText().equals("PUBLISHED"));
        for (JsonNode article : unpublished) {
            assertNoErrors(execute("article-by-id", variables("slug", article.get("slug").asText())))
                    .body("data.article", nullValue());
        }
        assertNoErrors(execute("articles", variables("first", 100)))
                .body("data.articles.totalCount", is(PUBLISHED.size()))
                .body("data.articles.edges.node.status", everyItem(is("PUBLISHED")));
    }

    @Test
    void pagingForwardVisitsEveryArticleOnceInOrder() {
        List<String> visited = new ArrayList<>();
        String after = null;
        boolean hasNextPage = true;
        while (hasNextPage) {
            JsonPath page = assertNoErrors(execute("articles", variables("first", 7, "after", after)))
                    .body("data.articles.pageInfo.hasPreviousPage", is(after != null))
                    .extract().jsonPath();
            visited.addAll(page.getList("data.articles.edges.node.slug"));
            hasNextPage = page.getBoolean("data.articles.pageInfo.hasNextPage");
            after = page.getString("data.articles.pageInfo.endCursor");
        }
        assertEquals(slugs(PUBLISHED), visited);
    }

    @Test
    void pagingBackwardFromTheEnd() {
        List<String> all = slugs(PUBLISHED);
        JsonPath lastPage = assertNoErrors(execute("articles", variables("last", 5)))
                .body("data.articles.edges.node.slug", contains(all.subList(all.size() - 5, all.size()).toArray()))
                .body("data.articles.pageInfo.hasPreviousPage", is(true))
                .extract().jsonPath();
        assertNoErrors(execute("articles",
                variables("last", 5, "before", lastPage.getString("data.articles.pageInfo.startCursor"))))
                .body("data.articles.edges.node.slug",
                        contains(all.subList(all.size() - 10, all.size() - 5).toArray()))
                .body("data.articles.pageInfo.hasNextPage", is(true));
    }

    @Test
    void oldestFirstOnRequest() {
        List<String> all = slugs(PUBLISHED);
        assertNoErrors(execute("articles", variables("first", 3, "orderBy", "PUBLISHED_AT_ASC")))
                .body("data.articles.edges.node.slug",
                        contains(all.get(all.size() - 1), all.get(all.size() - 2), all.get(all.size() - 3)));
    }

    @Test
    void filtersByAuthorSourceTagAndLanguage() {
        JsonNode article = PUBLISHED.get(0);
        String author = article.get("author").asText();
        String source = article.get("source").asText();
        String tag = article.get("tags").get(0).asText();
        assertFilter(Map.of("authorSlug", author), candidate -> candidate.get("author").asText().equals(author));
        assertFilter(Map.of("sourceSlug", source), candidate -> candidate.get("source").asText().equals(source));
        assertFilter(Map.of("tagSlug", tag), candidate -> SampleContent.texts(candidate.get("tags")).contains(tag));
        assertFilter(Map.of("language", "fr"), candidate -> candidate.get("language").asText().startsWith("fr"));
        String language = article.get("language").asText();
        assertFilter(Map.of("language", language, "tagSlug", tag), candidate -> candidate.get("language").asText()
                .equals(language) && SampleContent.texts(candidate.get("tags")).contains(tag));
        assertFilter(Map.of("authorSlug", author, "sourceSlug", "no-such-source"), candidate -> false);
    }

    @Test
    void filtersByGlobalIdsAndFindsArticlesById() {
        String authorSlug = PUBLISHED.get(0).get("author").asText();
        String authorId = assertNoErrors(execute("author-page", variables("slug", authorSlug)))
                .extract().jsonPath().getString("data.author.id");
        assertFilter(Map.of("authorId", authorId), candidate -> candidate.get("author").asText().equals(authorSlug));

        JsonPath first = assertNoErrors(execute("articles", variables("first", 1))).extract().jsonPath();
        assertNoErrors(execute("article-by-id", variables("id", first.getString("data.articles.edges[0].node.id"))))
                .body("data.article.slug", is(first.getString("data.articles.edges[0].node.slug")));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -1, 101, 10_000 })
    void pageSizesOutsideOneToOneHundredAreRefused(int size) {
        assertError(execute("articles", variables("first", size)), "BAD_USER_INPUT")
                .body("data", nullValue());
        assertError(execute("articles", variables("last", size)), "BAD_USER_INPUT");
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-cursor", "", "%%%", "YWJj", "YXJ0aWNsZS5QVUJMSVNIRURfQVRfREVTQ3x4fHk" })
    void malformedCursorsAreRefused(String cursor) {
        assertError(execute("articles", variables("first", 5, "after", cursor)), "BAD_USER_INPUT");
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        String newestFirstCursor = execute("articles", variables("first", 2)).extract().jsonPath()
                .getString("data.articles.pageInfo.endCursor");
        assertError(execute("articles", variables("first", 2, "after", newestFirstCursor, "orderBy",
                "PUBLISHED_AT_ASC")), "BAD_USER_INPUT");
    }

    @Test
    void forwardAndBackwardArgumentsTogetherAreRefused() {
        assertError(execute("articles", variables("first", 2, "last", 2)), "BAD_USER_INPUT");
        assertError(execute("articles", variables("before", "x")), "BAD_USER_INPUT");
    }

    @Test
    void lookupsNeedExactlyOneOfIdAndSlug() {
        assertError(execute("article-by-id", variables()), "BAD_USER_INPUT");
        assertError(execute("article-by-id", variables("id", "QXJ0aWNsZToxNTE", "slug", "x")), "BAD_USER_INPUT");
    }

    @ParameterizedTest
    @ValueSource(strings = { "42", "not base64!", "QXV0aG9yOjE", "QXJ0aWNsZTp4", "QXJ0aWNsZTotMQ" })
    void malformedOrForeignIdsAreRefused(String id) {
        assertError(execute("article-by-id", variables("id", id)), "BAD_USER_INPUT");
    }

    @Test
    void aMissingArticleIsNull() {
        assertNoErrors(execute("article-by-id", variables("slug", "no-such-article"))).body("data.article", nullValue());
        assertNoErrors(execute("article-by-id", variables("id", "QXJ0aWNsZTo5OTk5OTk5")))
                .body("data.article", nullValue());
    }

    @Test
    void anInvalidLanguageTagIsRefused() {
        assertError(execute("articles", variables("filter", Map.of("language", "French!"))), "BAD_USER_INPUT");
    }

    private static void assertFilter(Map<String, Object> filter, java.util.function.Predicate<JsonNode> expected) {
        List<String> matching = slugs(PUBLISHED.stream().filter(expected).toList());
        assertNoErrors(execute("articles", variables("first", 100, "filter", filter)))
                .body("data.articles.totalCount", is(matching.size()))
                .body("data.articles.edges.node.slug", equalTo(matching));
    }

    private static List<String> slugs(List<JsonNode> articles) {
        return articles.stream().map(article -> article.get("slug").asText()).toList();
    }
}
