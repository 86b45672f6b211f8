package io.newsgraph.core.edge;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Fastly's purge by surrogate keys: {@code POST /service/<id>/purge} with the keys in a {@code Surrogate-Key} header,
 * up to 256 a request.
 */
final class FastlyPurge implements PurgeAdapter {

    private final URI api;
    private final String serviceId;
    private final String token;

    FastlyPurge(URI api, String serviceId, String token) {
        this.api = api;
        this.serviceId = serviceId;
        this.token = token;
    }

    @Override
    public List<PurgeRequest> requests(List<String> keys) {
        return List.of(new PurgeRequest("POST", URI.create(api + "/service/" + serviceId + "/purge"),
                Map.of("Fastly-Key", token, "Surrogate-Key", String.join(" ", keys), "Accept", "application/json"),
                null));
    }

    @Override
    public int maxKeysPerRequest() {
        return 256;
    }
}
