package io.newsgraph.core.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Who sends a request, as far as the handlers in front of SmallRye GraphQL's resolvers need to know. Only the
 * {@code Authorization} header authenticates (never a cookie, so that no cross-site request can act as a user), and a
 * request that carries one is authenticated or refused before anything answers it; a request without one is a reader
 * that can see only what every reader sees. So the handlers that answer or reuse readers' answers (the read planner,
 * a response cache) take only anonymous requests, and leave the others to the resolvers, where the requester's roles
 * decide what is visible.
 */
public final class Requester {

    private Requester() {
    }

    /** Whether the request carries no credentials: its answer is the one any reader gets. */
    public static boolean isAnonymous(RoutingContext context) {
        return !context.request().headers().contains(HttpHeaders.AUTHORIZATION);
    }
}
