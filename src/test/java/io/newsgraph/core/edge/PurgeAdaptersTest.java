package io.newsgraph.core.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;

/** Each adapter's purges, as a local fake of its edge that records them receives them. */
class PurgeAdaptersTest {

    private static final List<String> KEYS = List.of("article-3", "comment.+@article_id=3", "newsgraph");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Vertx vertx;

    private RecordingEdge edge;
    private PurgeClient client;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close();
    }

    @BeforeEach
    void startEdge() throws Exception {
        edge = new RecordingEdge(vertx);
        client = new PurgeClient(vertx, Duration.ofSeconds(2));
    }

    @AfterEach
    void stopEdge() throws Exception {
        client.close();
        edge.close();
    }

    @Test
    void fastlyIsPurgedByItsSurrogateKeyApiWithTheTokenOfTheService() throws Exception {
        send(new FastlyPurge(edge.url(), "service-1", "fastly-token"));
        RecordingEdge.Received purge = edge.received().get(0);
        assertEquals("POST /service/service-1/purge", purge.method() + " " + purge.path());
        assertEquals("fastly-token", purge.headers().get("Fastly-Key"));
        assertEquals(String.join(" ", KEYS), purge.headers().get("Surrogate-Key"));
    }

    @Test
    void cloudflareIsPurgedByItsCacheTagApiWithTheTokenOfTheZone() throws Exception {
        send(new CloudflarePurge(URI.create(edge.url() + "/client/v4"), "zone-1", "cloudflare-token"));
        RecordingEdge.Received purge = edge.received().get(0);
        assertEquals("POST /client/v4/zones/zone-1/purge_cache", purge.method() + " " + purge.path());
        assertEquals("Bearer cloudflare-token", purge.headers().get("Authorization"));
        assertEquals(JSON.valueToTree(KEYS), JSON.readTree(purge.body()).get("tags"));
    }

    @Test
    void aWebhookGetsTheKeysSignedWithTheSecret() throws Exception {
        send(new WebhookPurge(URI.create(edge.url() + "/purges"), "webhook-secret"));
        RecordingEdge.Received purge = edge.received().get(0);
        assertEquals("POST /purges", purge.method() + " " + purge.path());
        JsonNode body = JSON.readTree(purge.body());
        assertEquals(JSON.valueToTree(KEYS), body.get("keys"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("webhook-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertEquals("sha256=" + HexFormat.of().formatHex(mac.doFinal(purge.body().getBytes(StandardCharsets.UTF_8))),
                purge.headers().get("Newsgraph-Signature"));
    }

    @Test
    void everyVarnishInstanceGetsAnXkeyPurge() throws Exception {
        try (RecordingEdge other = new RecordingEdge(vertx)) {
            send(new VarnishPurge(List.of(edge.url(), other.url())));
            for (RecordingEdge instance : List.of(edge, other)) {
                RecordingEdge.Received purge = instance.received().get(0);
                assertEquals("PURGE /", purge.method() + " " + purge.path());
                assertEquals(String.join(" ", KEYS), purge.headers().get("xkey-purge"));
            }
        }
    }

    @Test
    void aPurgeTheEdgeRefusesOrNeverReceivesFails() {
        edge.answer(503);
        PurgeAdapter fastly = new FastlyPurge(edge.url(), "service-1", "fastly-token");
        assertThrows(PurgeClient.PurgeFailed.class, () -> send(fastly));
        PurgeAdapter nowhere = new VarnishPurge(List.of(URI.create("http://127.0.0.1:1")));
        assertThrows(PurgeClient.PurgeFailed.class, () -> send(nowhere));
    }

    private void send(PurgeAdapter adapter) throws PurgeClient.PurgeFailed {
        for (PurgeRequest request : adapter.requests(KEYS)) {
            client.send(request);
        }
    }
}
