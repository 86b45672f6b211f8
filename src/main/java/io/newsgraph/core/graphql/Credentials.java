package io.newsgraph.core.graphql;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Whether a request carries credentials: what decides if its answer may be shared with anonymous readers, who all
 * see the same published content. Today that is any {@code Authorization} header, whatever it holds; when the service
 * authenticates requests, this is the one place that also asks their security identity.
 */
public final class Credentials {

    private Credentials() {
    }

    public static boolean present(RoutingContext context) {
        return context.request().headers().contains(HttpHeaders.AUTHORIZATION);
    }
}
