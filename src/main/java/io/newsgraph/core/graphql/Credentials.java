package io.newsgraph.core.graphql;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * Whether a request carries credentials: an Authorization header, the only thing that authenticates here (never a
 * cookie, so that no cross-site request acts as a user). Answers to such requests are never shared with anonymous
 * readers, who all see the same published content.
 */
public final class Credentials {

    private Credentials() {
    }

    public static boolean carried(HttpServerRequest request) {
        return request.headers().contains(HttpHeaders.AUTHORIZATION);
    }
}
