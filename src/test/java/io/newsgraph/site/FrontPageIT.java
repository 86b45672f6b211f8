package io.newsgraph.site;

import static io.newsgraph.site.SitePages.cardTitles;
import static io.newsgraph.site.SitePages.follow;
import static io.newsgraph.site.SitePages.published;
import static io.newsgraph.site.SitePages.showEveryCard;
import static io.newsgraph.site.SitePages.titles;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsgraph.testing.Browser;
import io.newsgraph.testing.GraphQLClient;
import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/**
 * The front page in a real browser, against the packaged application: its cards, "more", the language filter, and one
 * request to the API per view. (Browser tests run against the packaged application only: once is enough to prove the
 * page, and the browser is what costs.)
 */
@QuarkusIntegrationTest
@ExtendWith(Browser.class)
class FrontPageIT {

    @Test
    void theFrontPageListsTheNewestArticlesAndPagesThroughThemWithMore(Browser browser) {
        List<JsonNode> articles = SampleContent.publishedArticles();
        browser.open("/");
        assertEquals(titles(articles.subList(0, SitePages.PAGE_SIZE)), cardTitles(browser), "the first page, newest first");
        assertEquals(titles(articles), showEveryCard(browser), "every published article, page after page");
        assertFalse(browser.find("button.more").isDisplayed(), "no more once every article is shown");
        assertEquals("Showing " + articles.size() + " of " + articles.size() + " articles.",
                SitePages.text(browser, ".list-status"));

        Map<String, Integer> readingTimes = readingTimes();
        List<WebElement> cards = browser.findAll(".card");
        for (int i = 0; i < articles.size(); i++) {
            JsonNode article = articles.get(i);
            WebElement card = cards.get(i);
            String slug = article.get("slug").asText();
            String meta = card.findElement(By.cssSelector(".meta")).getText();
            assertEquals("/articles/" + slug, card.findElement(By.cssSelector(".card-title a"))
                    .getDomAttribute("href"));
            assertEquals(article.get("lede").asText(), card.findElement(By.cssSelector(".lede"))
                    .getText());
            assertEquals(article.get("imageAlt").asText(), card.findElement(By.tagName("img"))
                    .getDomAttribute("alt"));
            String author = SitePages.named("authors", article.get("author").asText()).get("name").asText();
            String source = article.get("source").isNull() ? ""
                    : " · " + SitePages.named("sources", article.get("source").asText()).get("name").asText();
            int comments = SampleContent.visibleComments(article).size();
            String expected = "By " + author + source + " · " + SitePages.languageName(article.get("language")
                    .asText()) + " · " + readingTimes.get(slug) + " min read · " + comments
                    + (comments == 1 ? " comment" : " comments");
            assertEquals(expected, meta, slug);
            assertEquals(article.get("language").asText(), card.findElement(By.cssSelector(
                    ".card-title")).getDomAttribute("lang"));
        }
    }

    @Test
    void theLanguageFilterOffersEachLanguageOfTheArticlesAndShowsThoseInIt(Browser browser) {
        Set<String> languages = SampleContent.publishedArticles().stream().map(article -> article.get("language")
                .asText()).collect(Collectors.toSet());
        browser.open("/");
        assertEquals(languages, browser.findAll(".languages a[lang]").stream().map(link -> link.getDomAttribute("lang"))
                .collect(Collectors.toSet()), "one choice for each language articles are published in");

        for (String language : languages) {
            follow(browser, browser.find(".languages a[lang='" + language + "']"));
            assertEquals("/?language=" + language, browser.path());
            assertEquals("page", browser.find(".languages a[lang='" + language + "']").getDomAttribute("aria-current"));
            assertEquals(titles(published(article -> article.get("language").asText().equals(language))),
                    showEveryCard(browser), language);
        }
        follow(browser, browser.find(".languages a:not([lang])"));
        assertEquals("/", browser.path());
        assertEquals(titles(SampleContent.publishedArticles().subList(0, SitePages.PAGE_SIZE)), cardTitles(browser));
    }

    @Test
    void eachViewAsksTheApiOnceAndByPersistedQueryWhereTheServerHasThem(Browser browser) {
        List<JsonNode> articles = SampleContent.publishedArticles();
        browser.open("/articles/" + articles.get(0).get("slug").asText());
        browser.open("/");
        // the page has its documents, and a server with persisted queries has the article page's
        browser.script("performance.clearResourceTimings()");
        follow(browser, browser.findAll(".card-title a").get(1));
        List<Map<String, Object>> requests = apiRequests(browser);
        assertEquals(1, requests.size(), () -> "one request for the article page: " + requests);

        if (serverKnowsPersistedQueries()) {
            String address = (String) requests.get(0).get("name");
            assertTrue(address.contains("extensions=") && !address.contains("query="),
                    () -> "a GET with the document's hash alone: " + address);
            // a view seen again is asked again, as the answer's Cache-Control says (the content may have changed),
            // and the service's 304 sends the headers alone: the browser shows its copy of the body
            browser.driver().navigate().back();
            browser.waitForView();
            browser.script("performance.clearResourceTimings()");
            browser.driver().navigate().forward();
            browser.waitForView();
            List<Map<String, Object>> again = apiRequests(browser);
            assertEquals(1, again.size(), () -> again.toString());
            long transferred = ((Number) again.get(0).get("transferSize")).longValue();
            long body = ((Number) again.get(0).get("encodedBodySize")).longValue();
            assertTrue(transferred > 0 && transferred < body,
                    () -> "revalidated, the body not sent again: " + again);
        }
    }

    /** The requests the page sent to /graphql since the timings were last cleared. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> apiRequests(Browser browser) {
        return (List<Map<String, Object>>) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(entry => new URL(entry.name).pathname === '/graphql')"
                + ".map(entry => ({ name: entry.name, transferSize: entry.transferSize,"
                + " encodedBodySize: entry.encodedBodySize }))");
    }

    /** Whether the service answers a hash it has never seen as Apollo's protocol says: it does persisted queries. */
    private static boolean serverKnowsPersistedQueries() {
        String hash = sha256("query Probe { __typename } # " + UUID.randomUUID());
        JsonPath answer = given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + hash + "\"}}").accept("application/json").when().get("/graphql").then().extract().jsonPath();
        return "PERSISTED_QUERY_NOT_FOUND".equals(answer.getString("errors[0].extensions.code"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reading time of every published article, by slug, as the API computes it from the body. */
    private static Map<String, Integer> readingTimes() {
        List<Map<String, Object>> nodes = GraphQLClient.execute("reading-times")
                .extract().jsonPath().getList("data.articles.edges.node");
        return nodes.stream().collect(Collectors.toMap(node -> (String) node.get("slug"),
                node -> ((Number) node.get("readingTimeMinutes")).intValue()));
    }
}
