package io.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.newsgraph.testing.Browser;
import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/**
 * GraphiQL, as a newcomer opens it from the site's header or from README's address: on the front page's query, which
 * runs as it is.
 */
@QuarkusIntegrationTest
@ExtendWith(Browser.class)
class GraphiQLIT {

    @Test
    void theSiteOpensGraphiQLOnTheFrontPageQueryAndItRuns(Browser browser) {
        browser.open("/");
        browser.until(driver -> browser.find("a[data-graphiql]").getDomAttribute("href").contains("?query="));
        browser.find("a[data-graphiql]").click();
        assertRunsTheFrontPageQuery(browser);
        browser.screenshot("graphiql", Browser.DESKTOP);
    }

    @Test
    void readmesAddressOpensItToo(Browser browser) {
        browser.driver().get(Browser.address("/graphiql"));
        browser.until(driver -> browser.path().startsWith("/q/graphql-ui/?query="));
        assertRunsTheFrontPageQuery(browser);
    }

    private static void assertRunsTheFrontPageQuery(Browser browser) {
        String query = browser.until(driver -> editorText(browser, ".graphiql-query-editor"));
        assertTrue(query.contains("query FrontPage("), query);
        assertTrue(query.contains("fragment ArticleCard on Article"), query);
        browser.find(".graphiql-execute-button").click();
        String response = browser.until(driver -> editorText(browser, ".graphiql-response"));
        JsonPath answer = JsonPath.from(response);
        List<String> titles = answer.getList("data.articles.edges.node.title");
        assertEquals(SitePages.titles(SampleContent.publishedArticles().subList(0, SitePages.PAGE_SIZE)), titles, response);
    }

    /** The text of one of GraphiQL's CodeMirror editors, or null while it is empty or absent. */
    private static String editorText(Browser browser, String container) {
        Object text = browser.script("const editor = document.querySelector(arguments[0] + ' .CodeMirror');"
                + " return editor?.CodeMirror?.getValue() || null", container);
        return (String) text;
    }
}
