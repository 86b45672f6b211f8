package io.newsgraph.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The site's addresses are answered with its page, so that they can be bookmarked and reloaded; the API, Quarkus's
 * endpoints and the site's own files are answered as before.
 */
@QuarkusTest
class ReaderSiteRoutesTest {

    @Test
    void everyViewOfTheSiteIsAnsweredWithItsPage() {
        String article = SampleContent.publishedArticles().get(0).get("slug").asText();
        for (String path : new String[] { "/", "/articles/" + article, "/articles/no-such-article", "/authors/someone",
                "/sources/somewhere", "/tags/something", "/graphiql" }) {
            given().accept("text/html").when().get(path).then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .body(containsString("<script type=\"module\" src=\"/app/main.js\"></script>"));
        }
        given().when().head("/articles/" + article).then().statusCode(200);
    }

    @Test
    void theApiQuarkusAndTheSitesFilesAreNotShadowed() {
        given().queryParam("query", "{ __typename }").accept("application/json").when().get("/graphql").then()
                .statusCode(200).body("data.__typename", is("Query"));
        given().when().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Query"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("graphiql"));
        given().when().get("/operations/front-page.graphql").then().statusCode(200)
                .body(containsString("query FrontPage("));
        given().when().get("/app/main.js").then().statusCode(200).contentType(containsString("javascript"))
                .header("Cache-Control", containsString("max-age=3600"));
    }

    @Test
    void otherAddressesAreNotFound() {
        for (String path : new String[] { "/articles", "/articles/a/b", "/articlesx/a", "/nothing-here" }) {
            given().when().get(path).then().statusCode(404);
        }
    }
}
