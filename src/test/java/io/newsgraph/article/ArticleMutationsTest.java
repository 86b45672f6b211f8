package io.newsgraph.article;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.Call;
import io.newsgraph.testing.Editing;
import io.newsgraph.testing.SampleContent;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ArticleMutationsTest {

    private static final String BY_SLUG = "query($slug: String) { article(slug: $slug) { id status version } }";
    private static final String BY_STATUS = "query($status: ArticleStatus, $after: String) { articles(first: 100,"
            + " after: $after, filter: {status: $status}) { totalCount edges { node { slug updatedAt } }"
            + " pageInfo { hasNextPage endCursor } } }";
    private static final String UPDATE = "mutation($id: ID!, $version: Int!, $input: ArticleInput!) {"
            + " updateArticle(id: $id, version: $version, input: $input) { article { " + Editing.ARTICLE_FIELDS
            + " } } }";

    @Test
    void aNewArticleIsADraftThatOnlyEditorsSeeUntilItIsPublished() {
        JsonPath draft = Editing.createArticle(Editing.articleInput("Élections à Bamako : ce qui change en 2027"));
        String id = draft.getString("article.id");
        String slug = draft.getString("article.slug");
        try {
            assertEquals("elections-a-bamako-ce-qui-change-en-2027", slug);
            assertEquals("DRAFT", draft.getString("article.status"));
            assertNull(draft.get("article.publishedAt"));
            assertEquals(0, draft.getInt("article.version"));
            assertEquals(1, draft.getInt("article.readingTimeMinutes"));

            for (Call reader : readers(BY_SLUG)) {
                assertNoErrors(reader.variable("slug", slug).ok()).body("data.article", nullValue());
            }
            assertNoErrors(Call.of(BY_SLUG).variable("slug", slug).as(Tokens.editor()).ok())
                    .body("data.article.status", is("DRAFT"));
            for (Call reader : readers(BY_STATUS)) {
                assertNoErrors(reader.variable("status", "DRAFT").ok()).body("data.articles.totalCount", is(0));
            }
            assertNoErrors(Call.of(BY_STATUS).variable("status", "DRAFT").as(Tokens.editor()).ok())
                    .body("data.articles.edges.node.slug", hasItem(slug));

            JsonPath published = Editing.articleChange("publishArticle", id, 0);
            assertEquals("PUBLISHED", published.getString("article.status"));
            assertEquals(1, published.getInt("article.version"));
            Instant publishedAt = Instant.parse(published.getString("article.publishedAt"));
            assertTrue(Duration.between(publishedAt, Instant.now()).abs().toMinutes() < 5);
            for (Call reader : readers(BY_SLUG)) {
                assertNoErrors(reader.variable("slug", slug).ok()).body("data.article.id", is(id))
                        .body("data.article.version", is(1));
            }
        } finally {
            Editing.deleteArticle(id);
        }
        assertNoErrors(Call.of(BY_SLUG).variable("slug", slug).as(Tokens.editor()).ok()).body("data.article", nullValue());
    }

    @Test
    void theSameTitleTwiceGetsANumericSuffix() {
        JsonPath first = Editing.createArticle(Editing.articleInput("Ce que disent les chiffres"));
        JsonPath second = Editing.createArticle(Editing.articleInput("Ce que disent les chiffres"));
        try {
            assertEquals("ce-que-disent-les-chiffres", first.getString("article.slug"));
            assertEquals("ce-que-disent-les-chiffres-2", second.getString("article.slug"));
        } finally {
            Editing.deleteArticle(first.getString("article.id"));
            Editing.deleteArticle(second.getString("article.id"));
        }
    }

    @Test
    void aSlugThatIsTakenIsRefused() {
        Map<String, Object> input = Editing.articleInput("Taken");
        input.put("slug", SampleContent.publishedArticles().get(0).get("slug").asText());
        assertError(create(input), "BAD_USER_INPUT").body("errors[0].extensions.violations.field", contains("input.slug"));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceWithItsPath() {
        Map<String, Object> input = Editing.articleInput("  ");
        input.put("language", "French");
        input.put("image", Map.of("url", "ftp://images.example.org/a.jpg", "alt", ""));
        input.put("canonicalUrl", "www.example.org/original");
        input.put("byline", "x".repeat(201));
        assertError(create(input), "BAD_USER_INPUT")
                .body("data.createArticle", nullValue())
                .body("errors", org.hamcrest.Matchers.hasSize(1))
                .body("errors[0].extensions.violations.field", contains("input.byline", "input.canonicalUrl",
                        "input.image.alt", "input.image.url", "input.language", "input.title"));
    }

    @Test
    void anAuthorThatDoesNotExistIsRefused() {
        Map<String, Object> input = Editing.articleInput("Nobody wrote this");
        input.put("authorId", io.newsgraph.core.node.GlobalId.encode("Author", 999_999_999L));
        assertError(create(input), "BAD_USER_INPUT").body("errors[0].extensions.violations.field", contains("input.authorId"));
    }

    @Test
    void aChangeMadeFromAnOlderVersionIsAConflictAndChangesNothing() {
        Map<String, Object> input = Editing.articleInput("First version");
        input.put("byline", "Africa desk");
        JsonPath created = Editing.createArticle(input);
        String id = created.getString("article.id");
        try {
            Map<String, Object> rewritten = Editing.articleInput("Second version");
            JsonPath updated = assertNoErrors(update(id, 0, rewritten)).extract().jsonPath().setRootPath("data.updateArticle");
            assertEquals("Second version", updated.getString("article.title"));
            assertEquals(1, updated.getInt("article.version"));
            assertNull(updated.get("article.byline"), "a field left out is cleared");
            assertEquals(created.getString("article.slug"), updated.getString("article.slug"), "the slug is kept");

            assertError(update(id, 0, Editing.articleInput("Lost edit")), "CONFLICT")
                    .body("errors[0].extensions.currentVersion", is(1));
            assertNoErrors(Call.of("query($id: ID!) { article(id: $id) { title version } }").variable("id", id)
                    .as(Tokens.editor()).ok()).body("data.article.title", is("Second version"))
                    .body("data.article.version", is(1));
        } finally {
            Editing.deleteArticle(id);
        }
    }

    @Test
    void unpublishingAndArchivingHideTheArticleFromReaders() {
        JsonPath published = Editing.publishedArticle("Back and forth");
        String id = published.getString("article.id");
        try {
            JsonPath draft = Editing.articleChange("unpublishArticle", id, 1);
            assertEquals("DRAFT", draft.getString("article.status"));
            assertNull(draft.get("article.publishedAt"));
            assertError(change("archiveArticle", id, 2), "BAD_USER_INPUT");

            Editing.articleChange("publishArticle", id, 2);
            JsonPath archived = Editing.articleChange("archiveArticle", id, 3);
            assertEquals("ARCHIVED", archived.getString("article.status"));
            assertTrue(archived.get("article.publishedAt") != null, "an archived article keeps its publication time");
            for (Call reader : readers(BY_SLUG)) {
                assertNoErrors(reader.variable("slug", archived.getString("article.slug")).ok())
                        .body("data.article", nullValue());
            }
            assertNoErrors(Call.of(BY_STATUS).variable("status", "ARCHIVED").as(Tokens.editor()).ok())
                    .body("data.articles.edges.node.slug", hasItem(archived.getString("article.slug")));
        } finally {
            Editing.deleteArticle(id);
        }
    }

    @Test
    void editorsPageThroughTheDraftsByLastUpdate() {
        List<String> sampleDrafts = SampleContent.articles(article -> article.get("status").asText().equals("DRAFT"))
                .stream().map(article -> article.get("slug").asText()).toList();
        List<String> seen = new java.util.ArrayList<>();
        List<Instant> updates = new java.util.ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = assertNoErrors(Call.of(BY_STATUS.replace("first: 100", "first: 2")).variable("status", "DRAFT")
                    .variable("after", after).as(Tokens.editor()).ok()).extract().jsonPath();
            seen.addAll(page.getList("data.articles.edges.node.slug"));
            page.<String> getList("data.articles.edges.node.updatedAt").forEach(time -> updates.add(Instant.parse(time)));
            more = page.getBoolean("data.articles.pageInfo.hasNextPage");
            after = page.getString("data.articles.pageInfo.endCursor");
        }
        assertTrue(seen.containsAll(sampleDrafts), () -> seen + " lacks drafts of " + sampleDrafts);
        for (int i = 1; i < updates.size(); i++) {
            assertTrue(!updates.get(i).isAfter(updates.get(i - 1)), "newest update first");
        }
    }

    @Test
    void settingTheTagsReplacesThemAndCountsAsAChange() {
        JsonPath draft = Editing.createArticle(Editing.articleInput("Tagged"));
        String id = draft.getString("article.id");
        try {
            List<String> tagIds = assertNoErrors(Call.of("{ tags(first: 2) { edges { node { id slug } } } }").ok())
                    .extract().jsonPath().getList("data.tags.edges.node.id");
            List<String> tagSlugs = assertNoErrors(Call.of("{ tags(first: 2) { edges { node { id slug } } } }").ok())
                    .extract().jsonPath().getList("data.tags.edges.node.slug");
            assertNoErrors(Call.of("mutation($id: ID!, $tagIds: [String!]!) { setArticleTags(id: $id, version: 0,"
                    + " tagIds: $tagIds) { article { version updatedAt tags { slug } } } }").variable("id", id)
                    .variable("tagIds", tagIds).as(Tokens.editor()).ok())
                    .body("data.setArticleTags.article.version", is(1))
                    .body("data.setArticleTags.article.tags.slug", containsInAnyOrder(tagSlugs.toArray()))
                    .body("data.setArticleTags.article.updatedAt", not(is(draft.getString("article.updatedAt"))));
            assertError(Call.of("mutation($id: ID!) { setArticleTags(id: $id, version: 1, tagIds: [\"eA\"]) {"
                    + " article { id } } }").variable("id", id).as(Tokens.editor()).ok(), "BAD_USER_INPUT");
        } finally {
            Editing.deleteArticle(id);
        }
    }

    @Test
    void aWriteSentAgainWithItsIdempotencyKeyIsNotDoneTwice() {
        Map<String, Object> input = Editing.articleInput("Sent twice");
        String key = UUID.randomUUID().toString();
        String create = "mutation($input: ArticleInput!, $key: String) { createArticle(input: $input,"
                + " idempotencyKey: $key) { article { id slug } } }";
        String first = assertNoErrors(Call.of(create).variable("input", input).variable("key", key).as(Tokens.editor()).ok())
                .extract().path("data.createArticle.article.id");
        try {
            assertNoErrors(Call.of(create).variable("input", input).variable("key", key).as(Tokens.editor()).ok())
                    .body("data.createArticle.article.id", is(first))
                    .body("data.createArticle.article.slug", is("sent-twice"));
            input.put("title", "Sent twice, changed");
            assertError(Call.of(create).variable("input", input).variable("key", key).as(Tokens.editor()).ok(),
                    "BAD_USER_INPUT").body("errors[0].extensions.violations.field", contains("idempotencyKey"));
        } finally {
            Editing.deleteArticle(first);
        }
    }

    private static List<Call> readers(String query) {
        return List.of(Call.of(query), Call.of(query).onResolvers());
    }

    private static ValidatableResponse create(Map<String, Object> input) {
        return Call.of("mutation($input: ArticleInput!) { createArticle(input: $input) { article { id } } }")
                .variable("input", input).as(Tokens.editor()).ok();
    }

    private static ValidatableResponse update(String id, int version, Map<String, Object> input) {
        return Call.of(UPDATE).variable("id", id).variable("version", version).variable("input", input)
                .as(Tokens.editor()).ok();
    }

    private static ValidatableResponse change(String mutation, String id, int version) {
        return Call.of("mutation($id: ID!, $version: Int!) { " + mutation + "(id: $id, version: $version) {"
                + " article { id } } }").variable("id", id).variable("version", version).as(Tokens.editor()).ok();
    }
}
