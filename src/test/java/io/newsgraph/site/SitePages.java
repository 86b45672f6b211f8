package io.newsgraph.site;

import java.util.List;
import java.util.Locale;

import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsgraph.testing.Browser;
import io.newsgraph.testing.SampleContent;

/** What the browser tests read off the reader's site, and what the sample content says it should show. */
final class SitePages {

    /** How many cards a list shows at first, and how many more each "More articles" adds (cards.js). */
    static final int PAGE_SIZE = 12;

    private SitePages() {
    }

    /** The titles of the article cards shown, in order. */
    static List<String> cardTitles(Browser browser) {
        return texts(browser, ".card-title");
    }

    /** Presses "More articles" until no page follows; returns the titles then shown. */
    static List<String> showEveryCard(Browser browser) {
        while (!browser.findAll("button.more").isEmpty() && browser.find("button.more").isDisplayed()) {
            int shown = browser.findAll(".cards > li").size();
            browser.find("button.more").click();
            browser.until(driver -> browser.findAll(".cards > li").size() > shown
                    && browser.find("button.more").getAttribute("aria-busy") == null);
        }
        return cardTitles(browser);
    }

    /** Follows a link of the page, as a reader clicks it, and waits for the view it leads to. */
    static void follow(Browser browser, WebElement link) {
        String from = browser.path();
        link.click();
        browser.until(driver -> !browser.path().equals(from));
        browser.waitForView();
    }

    /** The text of each element the selector finds, exactly as the page holds it. */
    @SuppressWarnings("unchecked")
    static List<String> texts(Browser browser, String cssSelector) {
        return (List<String>) browser.script(
                "return [...document.querySelectorAll(arguments[0])].map(element => element.textContent)", cssSelector);
    }

    static String text(Browser browser, String cssSelector) {
        return (String) browser.script("return document.querySelector(arguments[0]).textContent", cssSelector);
    }

    static List<String> titles(List<JsonNode> articles) {
        return articles.stream().map(article -> article.get("title").asText()).toList();
    }

    /** The sample's published articles, newest first, that pass the filter. */
    static List<JsonNode> published(java.util.function.Predicate<JsonNode> filter) {
        return SampleContent.publishedArticles().stream().filter(filter).toList();
    }

    /** An author, source or tag of the sample by its slug. */
    static JsonNode named(String kind, String slug) {
        return SampleContent.all(kind).stream().filter(item -> item.get("slug").asText().equals(slug)).findFirst()
                .orElseThrow();
    }

    /** A language's name in that language, capitalised, as a reader of it would write it ("Français"). */
    static String languageName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
