package io.newsgraph.author;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.Call;
import io.newsgraph.testing.Editing;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AuthorMutationsTest {

    private static final String FIELDS = "id slug name bio location version socialLinks { network url handle }";
    private static final String CREATE = "mutation($input: AuthorInput!) { createAuthor(input: $input) { author { "
            + FIELDS + " } } }";
    private static final String UPDATE = "mutation($id: ID!, $version: Int!, $input: AuthorInput!) {"
            + " updateAuthor(id: $id, version: $version, input: $input) { author { " + FIELDS + " } } }";
    private static final String DELETE = "mutation($id: ID!, $version: Int!) { deleteAuthor(id: $id, version: $version)"
            + " { deletedId } }";

    @Test
    void anAuthorIsCreatedChangedFromItsVersionAndDeleted() {
        Map<String, Object> input = author("Ève Müller-Łukasz", List.of(
                Map.of("network", "X", "url", "https://x.com/eve", "handle", "@eve"),
                Map.of("network", "WEBSITE", "url", "https://eve.example.org")));
        ValidatableResponse created = assertNoErrors(send(CREATE, Map.of("input", input)))
                .body("data.createAuthor.author.slug", is("eve-muller-lukasz"))
                .body("data.createAuthor.author.version", is(0))
                .body("data.createAuthor.author.socialLinks.network", contains("WEBSITE", "X"));
        String id = created.extract().path("data.createAuthor.author.id");

        Map<String, Object> changed = author("Ève Müller", List.of(Map.of("network", "MASTODON",
                "url", "https://mastodon.example.org/@eve")));
        assertNoErrors(send(UPDATE, Map.of("id", id, "version", 0, "input", changed)))
                .body("data.updateAuthor.author.name", is("Ève Müller"))
                .body("data.updateAuthor.author.slug", is("eve-muller-lukasz"))
                .body("data.updateAuthor.author.version", is(1))
                .body("data.updateAuthor.author.socialLinks.network", contains("MASTODON"));
        assertError(send(UPDATE, Map.of("id", id, "version", 0, "input", input)), "CONFLICT");

        assertError(send(DELETE, Map.of("id", id, "version", 0)), "CONFLICT");
        assertNoErrors(send(DELETE, Map.of("id", id, "version", 1))).body("data.deleteAuthor.deletedId", is(id));
        assertNoErrors(Call.of("query($id: ID!) { author(id: $id) { id } }").variable("id", id).ok())
                .body("data.author", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void oneLinkPerNetwork() {
        Map<String, Object> input = author("Twice on X", List.of(Map.of("network", "X", "url", "https://x.com/a"),
                Map.of("network", "X", "url", "https://x.com/b")));
        assertError(send(CREATE, Map.of("input", input)), "BAD_USER_INPUT")
                .body("errors[0].extensions.violations.field", contains("input.socialLinks[1].network"));
    }

    @Test
    void aLinkThatIsNotAWebAddressIsReportedWithItsPosition() {
        Map<String, Object> input = author("Bad link", List.of(Map.of("network", "X", "url", "x.com/a")));
        assertError(send(CREATE, Map.of("input", input)), "BAD_USER_INPUT")
                .body("errors[0].extensions.violations.field", contains("input.socialLinks[0].url"));
    }

    @Test
    void anAuthorWithArticlesIsNotDeleted() {
        String id = assertNoErrors(send(CREATE, Map.of("input", author("Has a draft", List.of())))).extract()
                .path("data.createAuthor.author.id");
        Map<String, Object> article = Editing.articleInput("A draft by an author");
        article.put("authorId", id);
        String articleId = Editing.createArticle(article).getString("article.id");
        assertError(send(DELETE, Map.of("id", id, "version", 0)), "CONFLICT")
                .body("errors[0].message", containsString("1 article refers"));
        Editing.deleteArticle(articleId);
        assertNoErrors(send(DELETE, Map.of("id", id, "version", 0)));
    }

    private static Map<String, Object> author(String name, List<Map<String, String>> links) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("bio", "Writes about the Sahel.");
        input.put("location", "Dakar");
        input.put("socialLinks", links);
        return input;
    }

    private static ValidatableResponse send(String query, Map<String, Object> variables) {
        return Call.of(query).variables(variables).as(Tokens.editor()).ok();
    }
}
