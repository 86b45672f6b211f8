package io.newsgraph.core.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.GraphQLError;
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.json.ExecutionResultJson;
import io.newsgraph.core.json.ResponseJson;
import io.newsgraph.core.security.Requester;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends the endpoint's responses, so that every path ends the same way: the Content-Type of the negotiated media
 * type, the status code the GraphQL over HTTP specification gives it, and on GET the caching headers
 * ({@link HttpCachingConfig}). A clean answer to an anonymous GET carries a strong ETag computed from its bytes
 * ({@link EntityTags}); when the request's If-None-Match names it, the answer is 304 without a body.
 */
@ApplicationScoped
public class GraphQLResponses {

    /**
     * What a GET answer depends on besides its URL: the media type negotiated from Accept (and with it the status code),
     * credentials (an editor sees drafts; a private answer is never shared), and the Origin that CORS answers name.
     */
    private static final String VARY = "Accept, Authorization, Origin";
    private static final String NOT_STORED = "no-store";
    private static final String PRIVATE = "private, no-store";

    private final String shared;

    GraphQLResponses(HttpCachingConfig config) {
        this.shared = "public, max-age=" + config.getMaxAge()
                + (config.getStaleWhileRevalidate() > 0 ? ", stale-while-revalidate=" + config.getStaleWhileRevalidate()
                        : "");
    }

    /**
     * Sends a GraphQL response body, written with {@link ResponseJson}.
     *
     * @param dataPresent whether the body has a {@code data} entry, null included
     * @param hasErrors whether the body has {@code errors}
     */
    public void send(RoutingContext context, Buffer body, boolean dataPresent, boolean hasErrors) {
        if (GraphQLExchange.awaitsAnswer(context) && dataPresent && !hasErrors) {
            // digested once, for whoever keeps the answer and for its ETag
            StoredAnswer answer = StoredAnswer.of(body);
            GraphQLExchange.endAnswered(context, answer);
            end(context, GraphQLExchange.responseType(context).status(true), body, true, answer.digest());
        } else {
            end(context, GraphQLExchange.responseType(context).status(dataPresent), body, !hasErrors, null);
        }
    }

    /** Sends a stored answer again, with the ETag of the digest it was stored with. */
    public void send(RoutingContext context, StoredAnswer answer) {
        end(context, 200, answer.body(), true, answer.digest());
    }

    /**
     * Answers 304 Not Modified, with the headers the answer itself would have had, when the request's If-None-Match
     * names this stored answer of an anonymous GET; whether it did.
     */
    boolean notModified(RoutingContext context, StoredAnswer answer) {
        String tag = EntityTags.of(answer.digest(), GraphQLExchange.responseType(context));
        if (!EntityTags.matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            return false;
        }
        putCachingHeaders(context, tag);
        context.response().setStatusCode(304).end();
        OperationTracing.answered(context, false);
        return true;
    }

    /** Answers a GraphQL request that cannot be executed with its errors, and no data. */
    void sendErrors(RoutingContext context, List<? extends GraphQLError> errors) {
        send(context, ExecutionResultJson.errors(errors), false, true);
    }

    /** Refuses a request that a limit of the endpoint does not let through, with a status of its own. */
    public void refuse(RoutingContext context, int status, ErrorCode code, String message) {
        refuse(context, status, ApiErrors.of(code, message));
    }

    /** Refuses a request that the HTTP rules do not let through, with a status of its own. */
    void refuse(RoutingContext context, int status, ApiError error) {
        end(context, status, ExecutionResultJson.errors(List.of(error)), false, null);
    }

    /**
     * Every answer ends here, and so does the request's operation span; whoever waited for an answer to keep and was
     * not given one by {@link #send} is told that none comes. (Not in an end handler of the routing context: SmallRye
     * GraphQL's WebSocket handler, which every request to the endpoint passes on its way, sets the response's end,
     * close and exception handlers of its own, and they replace the routing context's, whose end handlers then never
     * run.)
     *
     * @param clean whether the body is an answer without errors
     * @param digest the body's digest when it is known already, else null
     */
    private void end(RoutingContext context, int status, Buffer body, boolean clean, String digest) {
        GraphQLExchange.endUnanswered(context);
        OperationTracing.answered(context, !clean);
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        ResponseMediaType type = GraphQLExchange.responseType(context);
        if (request.method() == HttpMethod.GET) {
            // readers all see the same published content, so a clean answer to an anonymous query can be shared
            String tag = status == 200 && clean && Requester.isAnonymous(context)
                    ? EntityTags.of(digest != null ? digest : Sha256.base64Url(body), type)
                    : null;
            putCachingHeaders(context, tag);
            if (tag != null && EntityTags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
                response.setStatusCode(304).end();
                return;
            }
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type.contentType()).end(body);
    }

    /** @param tag the entity tag of a shared answer, or null for an answer no one may keep */
    private void putCachingHeaders(RoutingContext context, String tag) {
        HttpServerResponse response = context.response();
        // added to what other handlers (CORS, security) may have said it varies with
        response.headers().add(HttpHeaders.VARY, VARY);
        if (!Requester.isAnonymous(context)) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
        } else if (tag != null) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, shared).putHeader(HttpHeaders.ETAG, tag);
        } else {
            response.putHeader(HttpHeaders.CACHE_CONTROL, NOT_STORED);
        }
    }
}
