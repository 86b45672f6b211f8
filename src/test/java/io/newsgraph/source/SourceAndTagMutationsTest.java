package io.newsgraph.source;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.Call;
import io.newsgraph.testing.Editing;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SourceAndTagMutationsTest {

    private static final String CREATE_SOURCE = "mutation($input: SourceInput!) { createSource(input: $input) {"
            + " source { id slug name url language version } } }";
    private static final String UPDATE_SOURCE = "mutation($id: ID!, $version: Int!, $input: SourceInput!) {"
            + " updateSource(id: $id, version: $version, input: $input) { source { slug name url version } } }";
    private static final String DELETE_SOURCE = "mutation($id: ID!, $version: Int!) { deleteSource(id: $id,"
            + " version: $version) { deletedId } }";
    private static final String CREATE_TAG = "mutation($input: TagInput!) { createTag(input: $input) { tag { id slug"
            + " name version } } }";
    private static final String UPDATE_TAG = "mutation($id: ID!, $version: Int!, $input: TagInput!) {"
            + " updateTag(id: $id, version: $version, input: $input) { tag { id slug name version } } }";
    private static final String DELETE_TAG = "mutation($id: ID!, $version: Int!) { deleteTag(id: $id,"
            + " version: $version) { deletedId } }";

    @Test
    void aSourceIsCreatedChangedAndDeleted() {
        String id = assertNoErrors(send(CREATE_SOURCE, Map.of("input", Map.of("name", "Le Monde diplomatique",
                "url", "https://www.monde-diplomatique.fr", "language", "fr"))))
                .body("data.createSource.source.slug", is("le-monde-diplomatique"))
                .extract().path("data.createSource.source.id");
        assertNoErrors(send(UPDATE_SOURCE, Map.of("id", id, "version", 0, "input", Map.of("name", "Le Monde diplo",
                "slug", "monde-diplo", "url", "https://www.monde-diplomatique.fr/", "language", "fr-FR"))))
                .body("data.updateSource.source.slug", is("monde-diplo"))
                .body("data.updateSource.source.version", is(1));
        assertNoErrors(send(DELETE_SOURCE, Map.of("id", id, "version", 1))).body("data.deleteSource.deletedId", is(id));
    }

    @Test
    void aSourceNeedsAWebAddressAndALanguageTag() {
        assertError(send(CREATE_SOURCE, Map.of("input", Map.of("name", "Nowhere", "url", "monde.fr", "language", "French"))),
                "BAD_USER_INPUT").body("errors[0].extensions.violations.field", contains("input.language", "input.url"));
    }

    @Test
    void tagNamesAreUniqueAndATagOnAnArticleIsNotDeleted() {
        String tagId = assertNoErrors(send(CREATE_TAG, Map.of("input", Map.of("name", "Golfe de Guinée"))))
                .body("data.createTag.tag.slug", is("golfe-de-guinee"))
                .extract().path("data.createTag.tag.id");
        assertError(send(CREATE_TAG, Map.of("input", Map.of("name", "Golfe de Guinée", "slug", "golfe-2"))),
                "BAD_USER_INPUT").body("errors[0].extensions.violations.field", contains("input.name"));

        String articleId = Editing.createArticle(Editing.articleInput("Tagged with the new tag")).getString("article.id");
        assertNoErrors(Call.of("mutation($id: ID!, $tags: [String!]!) { setArticleTags(id: $id, version: 0, tagIds: $tags)"
                + " { article { id } } }").variable("id", articleId).variable("tags", List.of(tagId)).as(Tokens.editor()).ok());
        assertError(send(DELETE_TAG, Map.of("id", tagId, "version", 0)), "CONFLICT");
        Editing.deleteArticle(articleId);
        assertNoErrors(send(DELETE_TAG, Map.of("id", tagId, "version", 0)));
    }

    @Test
    void aTagIsRenamedFromItsVersionAndAStaleVersionChangesNothing() {
        String tagId = assertNoErrors(send(CREATE_TAG, Map.of("input", Map.of("name", "Sahel central"))))
                .extract().path("data.createTag.tag.id");
        String taken = assertNoErrors(Call.of("{ tags(first: 1) { edges { node { name } } } }").ok()).extract()
                .path("data.tags.edges[0].node.name");
        assertError(send(UPDATE_TAG, Map.of("id", tagId, "version", 0, "input", Map.of("name", taken))),
                "BAD_USER_INPUT").body("errors[0].extensions.violations.field", contains("input.name"));
        assertNoErrors(send(UPDATE_TAG, Map.of("id", tagId, "version", 0, "input", Map.of("name", "Sahel et Sahara"))))
                .body("data.updateTag.tag.name", is("Sahel et Sahara"))
                .body("data.updateTag.tag.slug", is("sahel-central"))
                .body("data.updateTag.tag.version", is(1));
        assertError(send(UPDATE_TAG, Map.of("id", tagId, "version", 0, "input", Map.of("name", "Sahel occidental"))),
                "CONFLICT").body("data.updateTag", nullValue());
        assertNoErrors(Call.of("query($id: ID!) { node(id: $id) { ... on Tag { name version } } }").variable("id", tagId)
                .ok()).body("data.node.name", is("Sahel et Sahara")).body("data.node.version", is(1));
        assertNoErrors(send(DELETE_TAG, Map.of("id", tagId, "version", 1)));
    }

    private static ValidatableResponse send(String query, Map<String, Object> variables) {
        return Call.of(query).variables(variables).as(Tokens.editor()).ok();
    }
}
