package io.newsgraph.site;

import static io.newsgraph.site.SitePages.cardTitles;
import static io.newsgraph.site.SitePages.follow;
import static io.newsgraph.site.SitePages.named;
import static io.newsgraph.site.SitePages.published;
import static io.newsgraph.site.SitePages.showEveryCard;
import static io.newsgraph.site.SitePages.text;
import static io.newsgraph.site.SitePages.texts;
import static io.newsgraph.site.SitePages.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsgraph.testing.Browser;
import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * An article's page in a real browser, opened from its address: the article, its author, source and topics, its
 * threaded comments; the author, source and tag pages it links to; and the browser's history across them.
 */
@QuarkusIntegrationTest
@ExtendWith(Browser.class)
class ArticlePageIT {

    /** How many conversations, and replies at each level, the article page shows (article-page.graphql). */
    private static final int CONVERSATIONS = 20;
    private static final int REPLIES = 5;
    private static final int LEVELS = 3;

    /** The published article with the most comments readers see: the richest conversation of the sample. */
    static JsonNode mostDiscussed() {
        return SampleContent.publishedArticles().stream()
                .max(Comparator.comparingInt(article -> SampleContent.visibleComments(article).size()))
                .orElseThrow();
    }

    @Test
    void anArticleShowsItsAuthorSourceTopicsAndThreadedComments(Browser browser) {
        JsonNode article = mostDiscussed();
        JsonNode author = named("authors", article.get("author").asText());
        JsonNode source = named("sources", article.get("source").asText());
        browser.open("/articles/" + article.get("slug").asText());

        assertEquals(article.get("title").asText(), text(browser, "main h1"));
        assertEquals(article.get("title").asText() + " · newsgraph", browser.driver().getTitle());
        assertEquals(article.get("lede").asText(), text(browser, ".story header .lede"));
        assertEquals(SampleContent.texts(article.get("body")), texts(browser, ".story .body p"), "the paragraphs");
        assertEquals(article.get("imageAlt").asText(), browser.find(".story figure img").getDomAttribute("alt"));
        assertEquals(article.get("language").asText(), browser.find(".story .body").getDomAttribute("lang"));

        assertEquals(List.of(author.get("name").asText()), texts(browser, ".story header a[href='/authors/"
                + author.get("slug").asText() + "']"), "the byline links to the author's page");
        assertEquals(author.get("bio").asText(), text(browser, ".author .bio"));
        Set<String> social = new HashSet<>();
        author.get("socialLinks").forEach(link -> social.add(link.get("url").asText()));
        assertEquals(social, browser.findAll(".author .social a").stream().map(link -> link.getDomAttribute("href"))
                .collect(Collectors.toSet()), "the author's social links");

        assertEquals(source.get("name").asText(), text(browser, ".source a[href='/sources/" + source.get("slug")
                .asText() + "']"));
        assertEquals(article.get("canonicalUrl").asText(), browser.find(".source a[rel]").getDomAttribute("href"),
                "the link to the original");

        Map<String, String> tags = new LinkedHashMap<>();
        article.get("tags").forEach(slug -> tags.put("/tags/" + slug.asText(), named("tags", slug.asText()).get("name")
                .asText()));
        assertEquals(tags, browser.findAll(".tags a").stream().collect(Collectors.toMap(link -> link.getDomAttribute(
                "href"), link -> link.getText())), "each topic links to its page");

        int comments = SampleContent.visibleComments(article).size();
        assertEquals(comments + " comments", text(browser, "#comments-heading"));
        assertEquals(thread(SampleContent.approvedThreads(article), CONVERSATIONS, 1), shownThread(browser),
                "approved comments only, oldest first, each reply under the comment it answers");
    }

    @Test
    void theArticleLinksToThePagesOfItsTopicsAuthorAndSource(Browser browser) {
        JsonNode article = mostDiscussed();
        String slug = article.get("slug").asText();
        String tag = article.get("tags").get(0).asText();
        browser.open("/articles/" + slug);
        follow(browser, browser.find(".tags a[href='/tags/" + tag + "']"));
        assertEquals("/tags/" + tag, browser.path());
        assertEquals(named("tags", tag).get("name").asText(), text(browser, "main h1"));
        assertEquals(titles(published(other -> SampleContent.texts(other.get("tags")).contains(tag))),
                showEveryCard(browser), "the articles with the tag, newest first");

        String author = article.get("author").asText();
        browser.open("/articles/" + slug);
        follow(browser, browser.find(".author a[href='/authors/" + author + "']"));
        assertEquals(named("authors", author).get("name").asText(), text(browser, "main h1"));
        assertEquals(named("authors", author).get("bio").asText(), text(browser, ".listing-header .bio"));
        assertEquals(titles(published(other -> other.get("author").asText().equals(author))), showEveryCard(browser));

        String source = article.get("source").asText();
        browser.open("/articles/" + slug);
        follow(browser, browser.find(".source a[href='/sources/" + source + "']"));
        assertEquals(named("sources", source).get("name").asText(), text(browser, "main h1"));
        assertEquals(named("sources", source).get("url").asText(), browser.find(".listing-header a")
                .getDomAttribute("href"));
        assertEquals(titles(published(other -> source.equals(other.path("source").asText()))),
                showEveryCard(browser));
    }

    @Test
    void backAndForwardGoThroughTheViewsWithoutLoadingThePageAgain(Browser browser) {
        List<JsonNode> articles = SampleContent.publishedArticles();
        JsonNode first = articles.get(0);
        String tag = first.get("tags").get(0).asText();
        browser.open("/");
        browser.script("window.sameDocument = true");

        follow(browser, browser.find(".card-title a[href='/articles/" + first.get("slug").asText() + "']"));
        assertEquals(first.get("title").asText(), text(browser, "main h1"));
        assertEquals("H1", browser.script("return document.activeElement.tagName"), "the focus moves to the new view");
        follow(browser, browser.find(".tags a[href='/tags/" + tag + "']"));
        assertEquals("/tags/" + tag, browser.path());

        browser.driver().navigate().back();
        browser.until(driver -> browser.path().equals("/articles/" + first.get("slug").asText()));
        browser.waitForView();
        assertEquals(first.get("title").asText(), text(browser, "main h1"));
        browser.driver().navigate().back();
        browser.until(driver -> browser.path().equals("/"));
        browser.waitForView();
        assertEquals(titles(articles.subList(0, SitePages.PAGE_SIZE)), cardTitles(browser));
        browser.driver().navigate().forward();
        browser.until(driver -> browser.path().equals("/articles/" + first.get("slug").asText()));
        browser.waitForView();
        assertEquals(first.get("title").asText(), text(browser, "main h1"));
        assertEquals(Boolean.TRUE, browser.script("return window.sameDocument"), "one page load all along");
    }

    @Test
    void anAddressThatNamesNothingSaysSo(Browser browser) {
        String draft = SampleContent.articles(article -> article.get("status").asText().equals("DRAFT")).get(0)
                .get("slug").asText();
        for (String path : List.of("/articles/" + draft, "/authors/nobody", "/tags/nothing", "/sources/nowhere")) {
            browser.open(path);
            assertEquals("Not found", text(browser, "main h1"), path);
            assertTrue(browser.driver().getTitle().startsWith("Not found"), path);
        }
    }

    /** The conversation as the sample says the page shows it: names and bodies, replies nested. */
    private static List<Map<String, Object>> thread(List<JsonNode> comments, int limit, int level) {
        return comments.stream().limit(limit).map(comment -> {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("name", comment.get("authorName").asText());
            shown.put("body", comment.get("body").asText());
            shown.put("replies", level == LEVELS ? List.of()
                    : thread(SampleContent.approved(comment.get("replies")), REPLIES, level + 1));
            return shown;
        }).toList();
    }

    /** The conversation as the page shows it. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> shownThread(Browser browser) {
        return (List<Map<String, Object>>) browser.script("""
                const walk = (list) => [...list.children].map((item) => ({
                  name: item.querySelector(':scope > article .comment-meta strong').textContent,
                  body: item.querySelector(':scope > article .comment-body').textContent,
                  replies: item.querySelector(':scope > ol') ? walk(item.querySelector(':scope > ol')) : [],
                }));
                return walk(document.querySelector('#comments > ol.thread'));
                """);
    }
}
