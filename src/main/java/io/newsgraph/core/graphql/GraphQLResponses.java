package io.newsgraph.core.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQLError;
import io.newsgraph.core.security.Requester;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends the endpoint's responses, so that every path ends the same way: the Content-Type of the negotiated media
 * type, the status code the GraphQL over HTTP specification gives it, and on GET the Cache-Control that lets a clean
 * answer be shared.
 */
@ApplicationScoped
public class GraphQLResponses {

    private static final String NOT_CACHEABLE = "no-store";

    private final String cacheable;

    GraphQLResponses(@ConfigProperty(name = "newsgraph.http.get-max-age", defaultValue = "60") long getMaxAgeSeconds) {
        this.cacheable = "public, max-age=" + getMaxAgeSeconds;
    }

    /**
     * Sends a GraphQL response body, written with {@link ResponseJson}.
     *
     * @param dataPresent whether the body has a {@code data} entry, null included
     * @param hasErrors whether the body has {@code errors}
     */
    public void send(RoutingContext context, Buffer body, boolean dataPresent, boolean hasErrors) {
        GraphQLExchange.AnswerObserver observer = GraphQLExchange.answerObserver(context);
        if (observer != null) {
            observer.answered(body, dataPresent && !hasErrors);
        }
        end(context, GraphQLExchange.responseType(context).status(dataPresent), body, hasErrors);
    }

    /** Answers a GraphQL request that cannot be executed with its errors, and no data. */
    void sendErrors(RoutingContext context, List<? extends GraphQLError> errors) {
        send(context, ExecutionResultJson.errors(errors), false, true);
    }

    /** Refuses a request that the HTTP rules do not let through, with a status of its own. */
    void refuse(RoutingContext context, int status, ApiError error) {
        end(context, status, ExecutionResultJson.errors(List.of(error)), true);
    }

    private void end(RoutingContext context, int status, Buffer body, boolean hasErrors) {
        HttpServerResponse response = context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, GraphQLExchange.responseType(context).contentType());
        if (context.request().method() == HttpMethod.GET) {
            // readers all see the same published content, so a clean answer to a reader's query can be shared; what
            // an editor sees is theirs alone, and caches must not answer an editor with a reader's answer either
            boolean shared = status == 200 && !hasErrors && Requester.isAnonymous(context);
            response.putHeader(HttpHeaders.CACHE_CONTROL, shared ? cacheable : NOT_CACHEABLE)
                    .putHeader(HttpHeaders.VARY, "Authorization");
        }
        response.end(body);
    }
}
