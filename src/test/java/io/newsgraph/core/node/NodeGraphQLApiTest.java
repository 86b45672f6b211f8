package io.newsgraph.core.node;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.variables;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class NodeGraphQLApiTest {

    @Test
    void everyKindOfObjectIsFetchedAgainByItsId() {
        JsonPath frontPage = assertNoErrors(execute("front-page", variables("first", 1))).extract().jsonPath();
        String articleSlug = frontPage.getString("data.articles.edges[0].node.slug");
        assertNode(frontPage.getString("data.articles.edges[0].node.id"), "Article")
                .body("data.node.slug", is(articleSlug));
        assertNode(frontPage.getString("data.articles.edges[0].node.comments.edges[0].node.id"), "Comment")
                .body("data.node.article.slug", is(articleSlug))
                .body("data.node.authorName", is(frontPage.getString(
                        "data.articles.edges[0].node.comments.edges[0].node.authorName")));

        JsonPath directories = assertNoErrors(execute("directories", variables("first", 1))).extract().jsonPath();
        String author = directories.getString("data.authors.edges[0].node.slug");
        String source = directories.getString("data.sources.edges[0].node.slug");
        String tag = directories.getString("data.tags.edges[0].node.slug");
        assertNode(idOf("author-page", "author", author), "Author").body("data.node.slug", is(author));
        assertNode(idOf("source-page", "source", source), "Source").body("data.node.slug", is(source));
        assertNode(idOf("tag-page", "tag", tag), "Tag").body("data.node.slug", is(tag));
    }

    @Test
    void aWellFormedIdOfNothingIsNull() {
        assertNoErrors(execute("node", variables("id", GlobalId.encode("Article", 987_654_321L))))
                .body("data.node", nullValue());
    }

    @Test
    void anIdOfAnUnknownTypeIsRefused() {
        assertError(execute("node", variables("id", GlobalId.encode("Editor", 1L))), "BAD_USER_INPUT");
        assertError(execute("node", variables("id", "!!")), "BAD_USER_INPUT");
    }

    private static String idOf(String document, String field, String slug) {
        return assertNoErrors(execute(document, variables("slug", slug))).extract().jsonPath()
                .getString("data." + field + ".id");
    }

    private static ValidatableResponse assertNode(String id, String typename) {
        return assertNoErrors(execute("node", variables("id", id)))
                .body("data.node.__typename", is(typename))
                .body("data.node.id", is(id));
    }
}
