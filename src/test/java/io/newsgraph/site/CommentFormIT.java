package io.newsgraph.site;

import static io.newsgraph.site.SitePages.text;
import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import io.newsgraph.comment.write.CommentInput;
import io.newsgraph.testing.Browser;
import io.newsgraph.testing.Call;
import io.newsgraph.testing.Editing;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/**
 * A reader comments in a real browser: the comment waits for a moderator, hidden from readers, and appears once
 * approved; markup in it is shown as the text it is; the API's objections are shown next to the fields they name. Each
 * test comments on an article of its own, which it deletes, and as a reader at an address of its own, so that the rate
 * limit of one test never falls on another.
 */
@QuarkusIntegrationTest
@ExtendWith(Browser.class)
class CommentFormIT {

    private static final String QUEUE = "query($after: String) { moderationQueue(first: 100, after: $after) {"
            + " edges { node { id body } } pageInfo { hasNextPage endCursor } } }";
    private static final String APPROVE = "mutation($id: ID!) { moderateComment(id: $id, decision: APPROVE) {"
            + " comment { status } } }";
    /** The form's fields, in the order of the page, by the CommentInput fields they fill. */
    private static final List<String> FIELDS = List.of("authorName", "authorEmail", "body");
    private static final String ADD = "mutation($input: CommentInput!) { addComment(input: $input) { comment { id } } }";

    private String articleId;
    private String slug;

    @AfterEach
    void deleteTheArticle() {
        if (articleId != null) {
            Editing.deleteArticle(articleId);
        }
    }

    @Test
    void aCommentWaitsForAModeratorAndAppearsOnceApproved(Browser browser) {
        openAnArticleOfItsOwn(browser, "Open to comments");
        assertEquals("0 comments", text(browser, "#comments-heading"));
        String body = "Merci pour cet article.\nUne question : " + UUID.randomUUID();
        post(browser, "Awa", "awa@example.org", body);
        assertTrue(text(browser, ".form-status").contains("awaiting moderation"), text(browser, ".form-status"));
        assertEquals("", browser.find("#comment-body").getDomProperty("value"), "the form is ready for another");

        reload(browser);
        assertEquals("0 comments", text(browser, "#comments-heading"), "not shown before a moderator approves it");
        assertEquals(List.of(), SitePages.texts(browser, ".comment-body"));

        approve(body);
        reload(browser);
        assertEquals("1 comment", text(browser, "#comments-heading"));
        assertEquals(List.of(body), SitePages.texts(browser, ".comment-body"), "exactly as written");

        browser.find("button.reply").click();
        assertEquals("Reply to Awa", text(browser, "#comment-form-heading"));
        String reply = "Bonne question, " + UUID.randomUUID();
        post(browser, "Bruno", "bruno@example.org", reply);
        assertTrue(text(browser, ".form-status").contains("awaiting moderation"), text(browser, ".form-status"));
        approve(reply);
        reload(browser);
        assertEquals(List.of(reply), SitePages.texts(browser, "#comments > ol > li > ol .comment-body"),
                "the reply under the comment it answers");
    }

    @Test
    void markupInACommentIsShownAsTheTextItIs(Browser browser) {
        openAnArticleOfItsOwn(browser, "Markup in comments");
        String name = "<i>Eve</i>";
        String body = "<script>window.injected = true</script><img src=\"/x\" onerror=\"window.injected = true\">"
                + " <b>not bold</b> & done";
        post(browser, name, "eve@example.org", body);
        approve(body);
        reload(browser);
        assertEquals(body, text(browser, ".comment-body"));
        assertEquals(name, text(browser, ".comment-meta strong"));
        assertEquals(List.of(), browser.findAll(".comment-body *, .comment-meta strong *"), "no element made of it");
        assertNull(browser.script("return window.injected ?? null"), "nothing of it ran");
    }

    @Test
    void theApisObjectionsAreShownNextToTheFieldsTheyName(Browser browser) {
        openAnArticleOfItsOwn(browser, "Objections");
        Map<String, List<String>> expected = objections(" ", "not an address", "");
        assertFalse(expected.isEmpty());

        post(browser, " ", "not an address", "");
        assertTrue(text(browser, ".form-status").contains("Your comment was not posted."));
        for (String field : FIELDS) {
            WebElement control = browser.find("#comment-" + field);
            WebElement error = browser.find("#comment-" + field + "-error");
            if (expected.containsKey("input." + field)) {
                for (String message : expected.get("input." + field)) {
                    assertTrue(error.getText().contains(message), () -> field + ": " + message + " in " + error.getText());
                }
                assertEquals("true", control.getDomAttribute("aria-invalid"), field);
                assertTrue(control.getDomAttribute("aria-describedby").contains(error.getDomAttribute("id")), field);
            } else {
                assertFalse(error.isDisplayed(), field);
            }
        }
        String first = FIELDS.stream().filter(field -> expected.containsKey("input." + field)).findFirst().orElseThrow();
        assertEquals("comment-" + first, browser.script("return document.activeElement.id"),
                "the focus goes to the first field to correct");
    }

    private void openAnArticleOfItsOwn(Browser browser, String title) {
        JsonPath article = Editing.publishedArticle(title);
        articleId = article.getString("article.id");
        slug = article.getString("article.slug");
        browser.headers(Map.of("X-Forwarded-For", Call.newAddress()));
        browser.open("/articles/" + slug);
    }

    /** Fills the form in and sends it, as a reader would; waits until the page has the API's answer. */
    private static void post(Browser browser, String name, String email, String body) {
        browser.find("#comment-authorName").clear();
        browser.find("#comment-authorName").sendKeys(name);
        browser.find("#comment-authorEmail").clear();
        browser.find("#comment-authorEmail").sendKeys(email);
        browser.find("#comment-body").clear();
        browser.find("#comment-body").sendKeys(body);
        browser.find(".comment-form button[type='submit']").click();
        browser.until(driver -> !text(browser, ".form-status").isEmpty()
                && browser.find(".comment-form button[type='submit']").getDomAttribute("aria-busy") == null);
    }

    /** Loads the article again as a reader arriving later would, with nothing in the browser's cache. */
    private void reload(Browser browser) {
        browser.clearCache();
        browser.open("/articles/" + slug);
    }

    /** Approves the pending comment with this body, as a moderator would from the moderation queue. */
    private static void approve(String body) {
        String after = null;
        while (true) {
            JsonPath page = assertNoErrors(Call.of(QUEUE).variable("after", after).as(Tokens.moderator()).ok())
                    .extract().jsonPath().setRootPath("data.moderationQueue");
            List<Map<String, String>> comments = page.getList("edges.node");
            for (Map<String, String> comment : comments) {
                if (comment.get("body").equals(body)) {
                    assertEquals("APPROVED", assertNoErrors(Call.of(APPROVE).variable("id", comment.get("id"))
                            .as(Tokens.moderator()).ok()).extract().jsonPath()
                            .getString("data.moderateComment.comment.status"));
                    return;
                }
            }
            if (!page.getBoolean("pageInfo.hasNextPage")) {
                throw new AssertionError("No pending comment says " + body);
            }
            after = page.getString("pageInfo.endCursor");
        }
    }

    /** What the API objects to this comment, by field path, as it answers another client sending it. */
    private Map<String, List<String>> objections(String name, String email, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("articleId", articleId);
        input.put("authorName", name);
        input.put("authorEmail", email);
        input.put("body", body);
        List<Map<String, String>> violations = Call.of(ADD).variable("input", input).from(Call.newAddress()).ok()
                .extract().jsonPath().getList("errors[0].extensions.violations");
        Map<String, List<String>> byField = new LinkedHashMap<>();
        violations.forEach(violation -> byField.computeIfAbsent(violation.get("field"), field -> new ArrayList<>())
                .add(violation.get("message")));
        return byField;
    }
}
