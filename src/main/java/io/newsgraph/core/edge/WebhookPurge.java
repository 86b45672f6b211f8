package io.newsgraph.core.edge;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A webhook of one's own: {@code POST} of {@code {"keys": [...]}}, signed with HMAC-SHA256 of the body under a shared
 * secret, in {@code Newsgraph-Signature: sha256=<hex>}, so that the receiver can tell the service's purges from anyone
 * else's.
 */
final class WebhookPurge implements PurgeAdapter {

    static final String SIGNATURE = "Newsgraph-Signature";
    private static final String HMAC = "HmacSHA256";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final SecretKeySpec secret;

    WebhookPurge(URI url, String secret) {
        this.url = url;
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    @Override
    public List<PurgeRequest> requests(List<String> keys) {
        ObjectNode body = JSON.createObjectNode();
        keys.forEach(body.putArray("keys")::add);
        String text = body.toString();
        return List.of(new PurgeRequest("POST", url,
                Map.of("Content-Type", "application/json", SIGNATURE, "sha256=" + signature(text)), text));
    }

    @Override
    public int maxKeysPerRequest() {
        return 1000;
    }

    /** The hex HMAC-SHA256 of the body under the secret. */
    String signature(String body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256, which every JDK has, is missing", e);
        }
    }
}
