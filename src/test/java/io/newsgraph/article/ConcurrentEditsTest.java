package io.newsgraph.article;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.Call;
import io.newsgraph.testing.Editing;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Two editors send a change of the same article made from the same version at the same moment: exactly one wins, the
 * other gets CONFLICT, and the article holds the winner's edit. Several rounds, so that the requests meet both before
 * and inside the database (where the second waits for the first's row lock, then finds the version changed). Not
 * repeated against the packaged application: the race is the database's, and ArticleMutationsIT proves CONFLICT there.
 */
@QuarkusTest
class ConcurrentEditsTest {

    private static final int ROUNDS = 8;
    private static final String UPDATE = "mutation($id: ID!, $version: Int!, $input: ArticleInput!) {"
            + " updateArticle(id: $id, version: $version, input: $input) { article { title version } } }";

    @Test
    void exactlyOneOfTwoSimultaneousChangesWins() throws Exception {
        String id = Editing.createArticle(Editing.articleInput("Contested")).getString("article.id");
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                int version = round;
                CyclicBarrier start = new CyclicBarrier(2);
                List<CompletableFuture<JsonPath>> answers = new ArrayList<>();
                for (String editor : List.of("Alice", "Bruno")) {
                    Map<String, Object> input = Editing.articleInput(editor + "'s edit " + round);
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return Call.of(UPDATE).variable("id", id).variable("version", version).variable("input", input)
                                .as(Tokens.editor()).ok().extract().jsonPath();
                    }, editors));
                }
                List<String> winners = new ArrayList<>();
                int conflicts = 0;
                for (CompletableFuture<JsonPath> answer : answers) {
                    JsonPath body = answer.get();
                    if (body.get("errors") == null) {
                        winners.add(body.getString("data.updateArticle.article.title"));
                        assertEquals(version + 1, body.getInt("data.updateArticle.article.version"));
                    } else {
                        assertEquals("CONFLICT", body.getString("errors[0].extensions.code"), body.prettify());
                        conflicts++;
                    }
                }
                assertEquals(1, winners.size(), "round " + round + ": " + winners);
                assertEquals(1, conflicts);
                assertNoErrors(Call.of("query($id: ID!) { article(id: $id) { title version } }").variable("id", id)
                        .as(Tokens.editor()).ok())
                        .body("data.article.title", org.hamcrest.Matchers.is(winners.get(0)))
                        .body("data.article.version", org.hamcrest.Matchers.is(version + 1));
            }
        } finally {
            editors.shutdownNow();
            Editing.deleteArticle(id);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
