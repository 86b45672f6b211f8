package io.newsgraph.core.pipeline;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * Who sends a request. Only the {@code Authorization} header authenticates (never a cookie, so that no cross-site
 * request can act as a user): a request without it is a {@link Reader}, who sees only what every reader sees, so that
 * the stages that answer or reuse readers' answers (the read planner, the response cache, caches on the way) take
 * only readers' requests. A request that carries the header is authenticated, or refused, before anything answers it.
 */
public sealed interface Requester {

    /** A request without credentials: its answer is the one any reader gets. */
    record Reader() implements Requester {
    }

    /** Credentials that are not checked yet: authentication turns them into an identity, or refuses them. */
    record Unverified() implements Requester {
    }

    /** A requester authenticated by a bearer token: what it sees depends on its roles. */
    record Authenticated(SecurityIdentity identity) implements Requester {
    }

    /** Who sends the request, before its credentials, if any, are checked. */
    static Requester of(HttpServerRequest request) {
        return request.headers().contains(HttpHeaders.AUTHORIZATION) ? new Unverified() : new Reader();
    }

    /** Whether the requester is a reader, whose answer any other reader may share. */
    default boolean isReader() {
        return this instanceof Reader;
    }
}
