package io.newsgraph.core.edge;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Cloudflare's purge by cache tags: {@code POST /zones/<id>/purge_cache} with {@code {"tags": [...]}}, up to 30 tags a
 * request (the limit of most plans; Enterprise zones take more, which {@code max-keys-per-request} allows).
 */
final class CloudflarePurge implements PurgeAdapter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final String zoneId;
    private final String token;

    CloudflarePurge(URI api, String zoneId, String token) {
        this.api = api;
        this.zoneId = zoneId;
        this.token = token;
    }

    @Override
    public List<PurgeRequest> requests(List<String> keys) {
        ObjectNode body = JSON.createObjectNode();
        keys.forEach(body.putArray("tags")::add);
        return List.of(new PurgeRequest("POST", URI.create(api + "/zones/" + zoneId + "/purge_cache"),
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), body.toString()));
    }

    @Override
    public int maxKeysPerRequest() {
        return 30;
    }
}
