package io.newsgraph.core.graphql;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.security.Requester;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers 304 Not Modified to an anonymous GET whose If-None-Match names the answer stored for it
 * ({@link StoredAnswers}), before anything executes; every other request goes on. A GET with no stored answer executes,
 * and gets its 304 afterwards if its answer turns out to be the client's ({@link GraphQLResponses}).
 */
@ApplicationScoped
class ConditionalGet implements Handler<RoutingContext> {

    private final StoredAnswers storedAnswers;
    private final GraphQLResponses responses;

    ConditionalGet(StoredAnswers storedAnswers, GraphQLResponses responses) {
        this.storedAnswers = storedAnswers;
        this.responses = responses;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() == HttpMethod.GET && request.headers().contains(HttpHeaders.IF_NONE_MATCH)
                && Requester.isAnonymous(context)) {
            Optional<StoredAnswer> stored = storedAnswers.find(context);
            if (stored.isPresent() && responses.notModified(context, stored.get())) {
                return;
            }
        }
        context.next();
    }
}
