package io.newsgraph.comment;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static io.newsgraph.testing.GraphQLClient.executeOnResolvers;
import static io.newsgraph.testing.GraphQLClient.variables;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import graphql.language.ImplementingTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class CommentGraphQLApiTest {

    /** The article of the sample with approved replies below a rejected comment, which the fixture hidden-thread reads. */
    private static final String HIDDEN_THREAD_ARTICLE = "quiet-return-of-night-trains-across-central-europe";
    private static final JsonNode DISCUSSED = SampleContent.publishedArticles().stream()
            .max((a, b) -> Integer.compare(SampleContent.approvedThreads(a).size(),
                    SampleContent.approvedThreads(b).size()))
            .orElseThrow();

    @Test
    void conversationsPageOldestFirstAndShowOnlyApprovedComments() {
        List<JsonNode> threads = SampleContent.approvedThreads(DISCUSSED);
        assertTrue(threads.size() > 5, "the sample needs a long conversation to page through");
        List<String> visited = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = assertNoErrors(execute("comment-thread",
                    variables("slug", DISCUSSED.get("slug").asText(), "first", 5, "after", after)))
                    .body("data.article.comments.totalCount", is(threads.size()))
                    .body("data.article.commentCount",
                            is(SampleContent.visibleComments(DISCUSSED).size()))
                    .extract().jsonPath();
            visited.addAll(page.getList("data.article.comments.edges.node.authorName"));
            more = page.getBoolean("data.article.comments.pageInfo.hasNextPage");
            after = page.getString("data.article.comments.pageInfo.endCursor");
        }
        assertEquals(threads.stream().map(comment -> comment.get("authorName").asText()).toList(), visited);
    }

    @Test
    void repliesHangBelowTheCommentTheyAnswer() {
        JsonNode answered = SampleContent.approvedThreads(DISCUSSED).stream()
                .filter(comment -> !SampleContent.approved(comment.get("replies")).isEmpty())
                .findFirst().orElseThrow();
        List<JsonNode> replies = SampleContent.approved(answered.get("replies"));
        JsonPath page = assertNoErrors(execute("article-page", variables("slug", DISCUSSED.get("slug").asText())))
                .extract().jsonPath();
        List<String> authors = page.getList("data.article.comments.edges.node.authorName");
        int index = authors.indexOf(answered.get("authorName").asText());
        String path = "data.article.comments.edges[" + index + "].node.replies";
        assertEquals(replies.size(), page.getInt(path + ".totalCount"));
        assertEquals(replies.stream().limit(5).map(reply -> reply.get("authorName").asText()).toList(),
                page.getList(path + ".edges.node.authorName"));
        assertEquals(answered.get("authorName").asText(), page.getString(path + ".edges[0].node.parent.authorName"));
    }

    @Test
    void commentersEmailsAreNeverExposed() {
        // the schema asks commenters for their e-mail address (CommentInput), and gives it back nowhere
        String schema = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        new SchemaParser().parse(schema).types().values().stream()
                .filter(type -> type instanceof ObjectTypeDefinition || type instanceof InterfaceTypeDefinition)
                .flatMap(type -> ((ImplementingTypeDefinition<?>) type).getFieldDefinitions().stream())
                .forEach(field -> assertFalse(field.getName().toLowerCase().contains("mail"), field.getName()));
        String frontPage = execute("front-page", variables("first", 20)).extract().asString();
        SampleContent.publishedArticles().forEach(article -> SampleContent.commentsWithStatus(article, "APPROVED")
                .forEach(comment -> assertTrue(!frontPage.contains(comment.get("authorEmail").asText()))));
    }

    @Test
    void theRepliesBelowARejectedCommentStayHiddenWithIt() {
        JsonNode article = SampleContent.article(HIDDEN_THREAD_ARTICLE);
        List<JsonNode> visible = SampleContent.visibleComments(article);
        List<String> hidden = SampleContent.commentsWithStatus(article, "APPROVED").stream()
                .filter(comment -> !visible.contains(comment)).map(comment -> comment.get("body").asText()).toList();
        assertFalse(hidden.isEmpty(), "the sample needs approved replies below a rejected comment");
        for (ValidatableResponse answer : List.of(execute("hidden-thread", Map.of()),
                executeOnResolvers("hidden-thread", Map.of()))) {
            String page = assertNoErrors(answer)
                    .body("data.article.commentCount", is(visible.size()))
                    .body("data.article.comments.totalCount", is(SampleContent.approvedThreads(article).size()))
                    .extract().asString();
            hidden.forEach(body -> assertFalse(page.contains(body), () -> "hidden reply shown: " + body));
        }
    }

    @Test
    void pendingAndRejectedCommentsStayHidden() {
        List<String> hidden = new ArrayList<>();
        for (String status : List.of("PENDING", "REJECTED")) {
            SampleContent.commentsWithStatus(DISCUSSED, status).forEach(comment -> hidden.add(comment.get("body").asText()));
        }
        String page = assertNoErrors(execute("comment-thread",
                variables("slug", DISCUSSED.get("slug").asText(), "first", 100))).extract().asString();
        hidden.forEach(body -> assertTrue(!page.contains(body), () -> "hidden comment shown: " + body));
        assertNoErrors(execute("article-page", variables("slug", DISCUSSED.get("slug").asText())))
                .body("data.article.comments.edges.node.authorName", contains(SampleContent.approvedThreads(DISCUSSED)
                        .stream().limit(5).map(comment -> comment.get("authorName").asText()).toArray()));
    }
}
