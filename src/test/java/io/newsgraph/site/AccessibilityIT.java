package io.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsgraph.testing.Browser;
import io.newsgraph.testing.Browser.Viewport;
import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Every page of the reader's site, at desktop and at phone width: axe-core finds no serious or critical violation,
 * nothing is wider than the screen, and the keyboard alone reaches every link, button and field, with the focus in
 * sight. The screenshots of each page, at both widths, are left under {@code target/screenshots/}.
 */
@QuarkusIntegrationTest
@ExtendWith(Browser.class)
class AccessibilityIT {

    private static final Path AXE = Path.of("src", "test", "browser", "node_modules", "axe-core", "axe.min.js");

    /** Each kind of page, by the name of its screenshot. */
    static Map<String, String> pages() {
        JsonNode article = ArticlePageIT.mostDiscussed();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("front", "/");
        pages.put("front-in-french", "/?language=fr");
        pages.put("article", "/articles/" + article.get("slug").asText());
        pages.put("author", "/authors/" + article.get("author").asText());
        pages.put("source", "/sources/" + article.get("source").asText());
        pages.put("tag", "/tags/" + article.get("tags").get(0).asText());
        pages.put("not-found", "/articles/no-such-article");
        return pages;
    }

    @Test
    void axeFindsNothingSeriousOnAnyPageAndNothingIsWiderThanTheScreen(Browser browser) {
        String axe = axeSource();
        List<String> problems = new ArrayList<>();
        for (Viewport viewport : List.of(Browser.DESKTOP, Browser.PHONE)) {
            browser.viewport(viewport);
            pages().forEach((name, path) -> {
                browser.open(path);
                browser.screenshot(name, viewport);
                for (Map<String, Object> violation : axe(browser, axe)) {
                    if (List.of("serious", "critical").contains(violation.get("impact"))) {
                        problems.add(path + " (" + viewport.name() + "): " + violation);
                    }
                }
                Number overflow = (Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow.intValue() > 0) {
                    problems.add(path + " (" + viewport.name() + ") is " + overflow + " px wider than the screen");
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theKeyboardAloneReachesEveryLinkAndTheCommentFormWithTheFocusInSight(Browser browser) {
        for (String path : List.of("/", pages().get("article"))) {
            browser.open(path);
            @SuppressWarnings("unchecked")
            List<String> focusable = (List<String>) browser.script("""
                    return [...document.querySelectorAll('a[href], button, input, textarea, select')]
                      .filter((element) => element.getClientRects().length > 0)
                      .map((element, index) => { element.dataset.keyboard = index; return describe(element); });
                    function describe(element) {
                      return element.tagName.toLowerCase() + ' ' + (element.getAttribute('href') ?? element.name
                        ?? '') + ' ' + element.textContent.trim().slice(0, 40);
                    }
                    """);
            List<String> reached = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            List<String> unseen = new ArrayList<>();
            Actions keyboard = new Actions(browser.driver());
            for (int press = 0; press < focusable.size() + 3; press++) {
                keyboard.sendKeys(Keys.TAB).perform();
                @SuppressWarnings("unchecked")
                Map<String, Object> focused = (Map<String, Object>) browser.script("""
                        const element = document.activeElement;
                        const style = getComputedStyle(element);
                        return { index: element.dataset.keyboard ?? null,
                                 visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
                        """);
                if (focused.get("index") != null) {
                    int index = Integer.parseInt((String) focused.get("index"));
                    String element = focusable.get(index);
                    if (seen.add(index)) {
                        reached.add(element);
                    }
                    if (!Boolean.TRUE.equals(focused.get("visible"))) {
                        unseen.add(element);
                    }
                }
            }
            assertEquals(focusable, reached, path + ": every link, button and field, in the order of the page");
            assertEquals(List.of(), unseen, path + ": the focus is outlined");
        }

        browser.open("/");
        String first = SampleContent.publishedArticles().get(0).get("slug").asText();
        browser.script("document.querySelector('.card-title a').focus()");
        String from = browser.path();
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.until(driver -> !browser.path().equals(from));
        browser.waitForView();
        assertEquals("/articles/" + first, browser.path(), "Enter follows the link");
    }

    /** axe-core's violations on the page shown, each with its rule, impact and the elements at fault. */
    private static List<Map<String, Object>> axe(Browser browser, String axe) {
        browser.script(axe);
        String violations = (String) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then((results) => done(JSON.stringify(results.violations.map((violation) => ({
                    rule: violation.id, impact: violation.impact, help: violation.help,
                    elements: violation.nodes.map((node) => node.target.join(' ')) })))))
                  .catch((failure) => done(JSON.stringify([{ rule: 'axe failed', impact: 'critical',
                    help: String(failure) }])));
                """);
        try {
            return new ObjectMapper().readValue(violations, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's script, as npm installed it for the tests: nothing is fetched while they run. */
    private static String axeSource() {
        Assumptions.assumeTrue(Files.isReadable(AXE), "axe-core is not installed, so the accessibility rules are not"
                + " checked: install it with `npm ci --prefix src/test/browser`");
        try {
            return Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
