package io.newsgraph.core.edge;

import java.net.URI;
import java.util.Map;

/** One HTTP request that purges keys from an edge: what an adapter asks {@link PurgeClient} to send. */
record PurgeRequest(String method, URI url, Map<String, String> headers, String body) {

    PurgeRequest {
        headers = Map.copyOf(headers);
    }
}
