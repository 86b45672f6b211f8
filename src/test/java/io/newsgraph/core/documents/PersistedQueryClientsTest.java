package io.newsgraph.core.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Apollo Client and urql, unmodified, speak automatic persisted queries with the service: each sends a query's hash
 * alone by GET, is told the hash is not known, sends the query with it, and the next time runs it by its hash alone,
 * by GET, with an answer a CDN may cache. Runs {@code src/test/js/persisted-query-clients.mjs} with Node, with the
 * packages the build installs before the tests; skipped, saying so, where they are not installed.
 */
@QuarkusTest
class PersistedQueryClientsTest {

    private static final Path CLIENTS = Path.of("src/test/js");
    private static final ObjectMapper JSON = new ObjectMapper();

    // in a @BeforeAll of this class, which its *IT subclass inherits (a condition annotation here would not reach it)
    @BeforeAll
    static void clientsInstalled() {
        Assumptions.assumeTrue(Files.isDirectory(CLIENTS.resolve("node_modules/@apollo/client"))
                && Files.isDirectory(CLIENTS.resolve("node_modules/@urql/exchange-persisted")),
                "Apollo Client and urql are not installed in " + CLIENTS + ", so they are not run: the build installs"
                        + " them with npm before the tests (npm ci --prefix " + CLIENTS + ")");
    }

    @Test
    void apolloClientAndUrqlRegisterAQueryOnceThenRunItByItsHashOverGet() throws Exception {
        JsonNode exchanges = runClients();
        for (String client : List.of("apollo", "urql")) {
            List<JsonNode> own = StreamSupport.stream(exchanges.spliterator(), false)
                    .filter(exchange -> exchange.get("client").asText().equals(client)).toList();
            assertEquals(3, own.size(), () -> client + ": " + own);
            assertHashOnly(own.get(0));
            assertEquals(ResolveDocument.NOT_FOUND, own.get(0).at("/body/errors/0/message").asText());
            assertEquals("PERSISTED_QUERY_NOT_FOUND", own.get(0).at("/body/errors/0/extensions/code").asText());
            assertTrue(own.get(1).get("sentQuery").asBoolean() && own.get(1).get("sentHash").asBoolean(),
                    () -> client + " sends the query with its hash after the miss: " + own.get(1));
            assertTrue(own.get(1).at("/body/data/tags/totalCount").asInt() > 0, own.get(1)::toString);
            assertHashOnly(own.get(2));
            assertEquals(own.get(1).get("body"), own.get(2).get("body"));
            assertTrue(own.get(2).get("cacheControl").asText().startsWith("public"), own.get(2)::toString);
        }
    }

    private static void assertHashOnly(JsonNode exchange) {
        assertEquals("GET", exchange.get("method").asText(), exchange::toString);
        assertTrue(exchange.get("sentHash").asBoolean() && !exchange.get("sentQuery").asBoolean(), exchange::toString);
        assertEquals(200, exchange.get("status").asInt(), exchange::toString);
    }

    private static JsonNode runClients() throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", "persisted-query-clients.mjs",
                RestAssured.baseURI + ":" + RestAssured.port + "/graphql")
                .directory(CLIENTS.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] output = node.getInputStream().readAllBytes();
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "the clients did not finish");
        assertEquals(0, node.exitValue(), "the clients failed");
        return JSON.readTree(output);
    }
}
