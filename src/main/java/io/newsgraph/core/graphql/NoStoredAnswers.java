package io.newsgraph.core.graphql;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;
import io.vertx.ext.web.RoutingContext;

/**
 * No answers are kept until a response cache keeps them: every GET executes, and {@link GraphQLResponses} answers 304
 * after executing when the answer's ETag is the client's. Any other {@link StoredAnswers} bean takes its place.
 */
@DefaultBean
@ApplicationScoped
class NoStoredAnswers implements StoredAnswers {

    @Override
    public Optional<StoredAnswer> find(RoutingContext context) {
        return Optional.empty();
    }
}
