package io.newsgraph.core.validation;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.Call;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Names are what readers see: one without a visible character is refused, and no two tags have names a reader cannot
 * tell apart (case, compatibility forms, invisible characters, look-alike letters of other scripts).
 */
@QuarkusTest
class NamesTest {

    /** Only spaces, zero-width and direction characters, a Hangul filler, a braille blank, a lone combining mark. */
    private static final List<String> INVISIBLE = List.of("\u200B", "\u200B\u200C\u200D\u2060\uFEFF", " \u00A0\u3000",
            "\u200E\u200F\u202E", "\u3164", "\u2800", "\u0301");

    private static final String CREATE_TAG = "mutation($input: TagInput!) { createTag(input: $input) { tag { id name"
            + " version } } }";
    private static final String UPDATE_TAG = "mutation($id: ID!, $input: TagInput!) { updateTag(id: $id, version: 0,"
            + " input: $input) { tag { name } } }";
    private static final String DELETE_TAG = "mutation($id: ID!, $version: Int!) { deleteTag(id: $id, version: $version)"
            + " { deletedId } }";

    @Test
    void aNameWithoutAVisibleCharacterIsRefused() {
        for (String name : INVISIBLE) {
            assertRefused(asEditor(CREATE_TAG, Map.of("name", name)), "input.name");
            assertRefused(asEditor("mutation($input: AuthorInput!) { createAuthor(input: $input) { author { id } } }",
                    Map.of("name", name)), "input.name");
            assertRefused(asEditor("mutation($input: SourceInput!) { createSource(input: $input) { source { id } } }",
                    Map.of("name", name, "url", "https://example.org", "language", "fr")), "input.name");
            assertRefused(Call.of("mutation($input: CommentInput!) { addComment(input: $input) { comment { id } } }")
                    .variable("input", Map.of("articleId", "x", "authorName", name, "authorEmail", "a@example.org",
                            "body", "Hello"))
                    .from(Call.newAddress()).ok(), "input.authorName");
        }
    }

    @Test
    void tagNamesThatReadTheSameAreOneTagWhateverTheirLettersAndCase() {
        String id = assertNoErrors(asEditor(CREATE_TAG, Map.of("name", "Tombouctou"))).extract()
                .path("data.createTag.tag.id");
        // Cyrillic о, capitals, full-width letters, a zero-width space, a no-break space after
        for (String alike : List.of("T\u043Embouctou", "TOMBOUCTOU",
                "\uFF34\uFF4F\uFF4D\uFF42\uFF4F\uFF55\uFF43\uFF54\uFF4F\uFF55",
                "Tomb\u200Bouctou", "Tombouctou\u00A0")) {
            assertError(asEditor(CREATE_TAG, Map.of("name", alike)), "BAD_USER_INPUT")
                    .body("errors[0].extensions.violations.field", hasItem("input.name"))
                    .body("errors[0].extensions.violations[0].message", containsString("'Tombouctou'"));
        }
        deleteTag(id, 0);
    }

    @Test
    void aTagIsNotRenamedToANameThatReadsAsAnothers() {
        String kept = assertNoErrors(asEditor(CREATE_TAG, Map.of("name", "Gao"))).extract().path("data.createTag.tag.id");
        String renamed = assertNoErrors(asEditor(CREATE_TAG, Map.of("name", "Kidal"))).extract()
                .path("data.createTag.tag.id");
        assertError(Call.of(UPDATE_TAG).variable("id", renamed).variable("input", Map.of("name", "G\u0430\u043E"))
                .as(Tokens.editor()).ok(), "BAD_USER_INPUT")
                .body("errors[0].extensions.violations[0].message", containsString("'Gao'"));
        // its own name, written otherwise, is no collision
        assertNoErrors(Call.of(UPDATE_TAG).variable("id", renamed).variable("input", Map.of("name", "KIDAL"))
                .as(Tokens.editor()).ok());
        deleteTag(kept, 0);
        deleteTag(renamed, 1);
    }

    /** Sends the mutation with this {@code $input}, as an editor. */
    private static ValidatableResponse asEditor(String mutation, Map<String, Object> input) {
        return Call.of(mutation).variable("input", input).as(Tokens.editor()).ok();
    }

    private static void deleteTag(String id, int version) {
        assertNoErrors(Call.of(DELETE_TAG).variable("id", id).variable("version", version).as(Tokens.editor()).ok());
    }

    private static void assertRefused(ValidatableResponse response, String field) {
        assertError(response, "BAD_USER_INPUT").body("errors[0].extensions.violations.field", hasItem(field));
    }
}
