package io.newsgraph.core.graphql;

import java.util.Optional;

import io.vertx.ext.web.RoutingContext;

/**
 * The answers kept for requests that got past the gate, by the response cache ({@link ResponseCacheRoute}): what lets a
 * GET whose If-None-Match names the stored answer be answered 304 before anything executes ({@link ConditionalGet}).
 * While the cache is off or does not listen for changes, it finds none.
 */
public interface StoredAnswers {

    /**
     * The answer kept for the request on this routing context ({@link GraphQLExchange#request},
     * {@link GraphQLExchange#document}), as it would be sent now; empty when there is none. Asked only for anonymous GET
     * requests ({@link io.newsgraph.core.security.Requester#isAnonymous}), on the event loop: it must not block.
     */
    Optional<StoredAnswer> find(RoutingContext context);
}
