package io.newsgraph.core.planning;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PlannedReadsSmokeTest {

    @Test
    void same() {
        check("front-page", Map.of("first", 5));
        check("article-page", Map.of("slug", "au-sahel-washington-redessine-sa-presence-militaire"));
        check("articles", Map.of("first", 3));
        check("authors", Map.of("first", 3));
        check("directories", Map.of("first", 3));
        check("node", Map.of("id", "QXJ0aWNsZToxNTE"));
        check("author-page", Map.of("slug", "marcus-ellery", "first", 2));
        check("tag-page", Map.of("slug", "mali"));
        check("source-page", Map.of("slug", "sahel-monitor"));
        check("comment-thread", Map.of("slug", "au-sahel-washington-redessine-sa-presence-militaire", "first", 2));
        System.out.println(given().get("/q/metrics").asString().lines().filter(l -> l.contains("graphql_reads")).toList());
    }

    private void check(String name, Map<String, Object> variables) {
        String planned = post(name, variables, false);
        String resolved = post(name, variables, true);
        System.out.println("PLANNED  " + name + ": " + planned.substring(0, Math.min(400, planned.length())));
        System.out.println("RESOLVED " + name + ": " + resolved.substring(0, Math.min(400, resolved.length())));
        assertEquals(resolved, planned, name);
    }

    private String post(String name, Map<String, Object> variables, boolean resolvers) {
        var request = given().contentType(ContentType.JSON)
                .body(Map.of("query", GraphQLClient.document(name), "variables", variables));
        if (resolvers) {
            request = request.header("Newsgraph-Read-Path", "resolvers");
        }
        return request.post("/graphql").then().extract().asString();
    }
}
