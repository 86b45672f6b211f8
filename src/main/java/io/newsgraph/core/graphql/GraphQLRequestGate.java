package io.newsgraph.core.graphql;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.GraphQLError;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.newsgraph.core.error.ErrorCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks a GraphQL request over HTTP before SmallRye GraphQL runs it, so that a request that is not
 * GraphQL at all gets the same kind of error as any other bad input, with {@code extensions.code},
 * rather than SmallRye's bare "Unparseable" messages.
 */
@ApplicationScoped
class GraphQLRequestGate {

    private static final String PATH = "/graphql";

    private final DocumentCache documentCache;

    GraphQLRequestGate(DocumentCache documentCache) {
        this.documentCache = documentCache;
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, PATH).order(Integer.MIN_VALUE).handler(BodyHandler.create());
        router.route(HttpMethod.POST, PATH).order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.startsWith("application/json")) {
            context.next();
            return;
        }
        JsonObject request;
        try {
            request = context.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            refuse(context, 400, new ApiError("The request body is not a JSON object.", null, null,
                    ErrorCode.BAD_USER_INPUT));
            return;
        }
        Object query = request == null ? null : request.getValue("query");
        if (!(query instanceof String text) || text.isBlank()) {
            refuse(context, 400, new ApiError("The request has no query: send {\"query\": \"...\"}.", null, null,
                    ErrorCode.BAD_USER_INPUT));
            return;
        }
        if (!documentCache.isParsed(text)) {
            try {
                Parser.parse(ParserEnvironment.newParserEnvironment().document(text)
                        .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
            } catch (InvalidSyntaxException e) {
                refuse(context, 200, new ApiError(e.getMessage(),
                        e.getLocation() == null ? null : List.of(e.getLocation()), null, ErrorCode.BAD_USER_INPUT));
                return;
            }
        }
        context.next();
    }

    private static void refuse(RoutingContext context, int status, GraphQLError error) {
        JsonObject body = new JsonObject(Map.of("errors", new JsonArray(List.of(error.toSpecification()))));
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(body.encode());
    }
}
