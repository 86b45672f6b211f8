package io.newsgraph.testing;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;

import java.util.HashMap;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * What the tests of writes do as an editor, through the API: content of their own, which they delete when they are
 * done, so that the tests of reads find the sample content as it is.
 */
public final class Editing {

    public static final String ARTICLE_FIELDS = "id slug title lede body language status byline publishedAt updatedAt"
            + " version readingTimeMinutes canonicalUrl image { url alt } author { id } source { id } tags { slug }";

    private Editing() {
    }

    /** The id of an author of the sample content. */
    public static String sampleAuthorId() {
        return assertNoErrors(Call.of("{ authors(first: 1) { edges { node { id } } } }").ok()).extract().jsonPath()
                .getString("data.authors.edges[0].node.id");
    }

    /** A valid article input with this title, by an author of the sample content. */
    public static Map<String, Object> articleInput(String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("lede", "A standfirst for " + title + ".");
        input.put("body", "First paragraph of " + title + ".\n\nSecond paragraph.");
        input.put("language", "en");
        input.put("authorId", sampleAuthorId());
        return input;
    }

    /** Creates a draft; returns it as the payload gave it, under {@code article}. */
    public static JsonPath createArticle(Map<String, Object> input) {
        return assertNoErrors(Call.of("mutation($input: ArticleInput!) { createArticle(input: $input) { article { "
                + ARTICLE_FIELDS + " } } }").variable("input", input).as(Tokens.editor()).ok())
                .extract().jsonPath().setRootPath("data.createArticle");
    }

    /** Creates and publishes an article; returns it as published, under {@code article}. */
    public static JsonPath publishedArticle(String title) {
        JsonPath draft = createArticle(articleInput(title));
        return articleChange("publishArticle", draft.getString("article.id"), draft.getInt("article.version"));
    }

    /** publishArticle, unpublishArticle or archiveArticle, as an editor; the payload under {@code article}. */
    public static JsonPath articleChange(String mutation, String id, int version) {
        return assertNoErrors(Call.of("mutation($id: ID!, $version: Int!) { " + mutation
                + "(id: $id, version: $version) { article { " + ARTICLE_FIELDS + " } } }")
                .variable("id", id).variable("version", version).as(Tokens.editor()).ok())
                .extract().jsonPath().setRootPath("data." + mutation);
    }

    /** Deletes an article, whatever its version now. */
    public static void deleteArticle(String id) {
        int version = assertNoErrors(Call.of("query($id: ID!) { article(id: $id) { version } }").variable("id", id)
                .as(Tokens.editor()).ok()).extract().jsonPath().getInt("data.article.version");
        assertNoErrors(Call.of("mutation($id: ID!, $version: Int!) { deleteArticle(id: $id, version: $version) {"
                + " deletedId } }").variable("id", id).variable("version", version).as(Tokens.editor()).ok());
    }
}
