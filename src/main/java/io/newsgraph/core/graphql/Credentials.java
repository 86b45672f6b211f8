package io.newsgraph.core.graphql;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Whether a request carries credentials: an Authorization header, the only thing that authenticates here (never a
 * cookie, so that no cross-site request acts as a user). It decides if an answer may be shared with anonymous readers,
 * who all see the same published content: answers to requests with credentials never come from the response cache nor
 * go into it, and are private, no-store. When the service authenticates requests, this is the one place that also asks
 * their security identity, and the one a response cache keyed by role would ask for the role.
 */
public final class Credentials {

    private Credentials() {
    }

    public static boolean present(RoutingContext context) {
        return context.request().headers().contains(HttpHeaders.AUTHORIZATION);
    }
}
