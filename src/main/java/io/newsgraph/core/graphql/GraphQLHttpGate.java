package io.newsgraph.core.graphql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.OperationDefinition;
import io.newsgraph.core.error.ErrorCode;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The HTTP side of the GraphQL endpoint, as the GraphQL over HTTP specification describes it, in front of
 * SmallRye GraphQL: it negotiates {@code application/graphql-response+json} (with its status codes) or
 * plain {@code application/json}, accepts POST with a JSON body and GET for queries only, refuses the
 * content types a browser may send cross-site without a preflight, and refuses any request that is not one
 * GraphQL operation, or whose document is invalid or over the limits, before SmallRye GraphQL sees it.
 */
@ApplicationScoped
class GraphQLHttpGate {

    private static final String PATH = "/graphql";
    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    private static final String RESPONSE_TYPE = "newsgraph.response-type";

    private final PreparedDocuments preparedDocuments;
    private final long maxBodyBytes;
    private final long getMaxAgeSeconds;

    GraphQLHttpGate(PreparedDocuments preparedDocuments,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "newsgraph.http.get-max-age", defaultValue = "60") long getMaxAgeSeconds) {
        this.preparedDocuments = preparedDocuments;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.getMaxAgeSeconds = getMaxAgeSeconds;
    }

    void install(@Observes Router router) {
        router.route(PATH).order(Integer.MIN_VALUE).handler(this::negotiate);
        router.route(HttpMethod.POST, PATH).order(Integer.MIN_VALUE + 1)
                .handler(BodyHandler.create().setBodyLimit(maxBodyBytes));
        router.route(HttpMethod.POST, PATH).order(Integer.MIN_VALUE + 2).handler(this::checkPost);
        router.route(HttpMethod.GET, PATH).order(Integer.MIN_VALUE + 2).handler(this::checkGet);
    }

    /** Chooses the response's media type and fixes its headers when SmallRye GraphQL writes it. */
    private void negotiate(RoutingContext context) {
        Optional<String> responseType = responseType(context);
        if (responseType.isEmpty()) {
            refuse(context, 406, ApiErrors.of(ErrorCode.BAD_USER_INPUT,
                    "This endpoint answers with " + GRAPHQL_RESPONSE_JSON + " or " + JSON + "."));
            return;
        }
        context.put(RESPONSE_TYPE, responseType.get());
        // SmallRye GraphQL only speaks application/json; the headers are set right below
        context.request().headers().set(HttpHeaders.ACCEPT, JSON);
        boolean get = context.request().method() == HttpMethod.GET;
        context.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = context.response();
            response.putHeader(HttpHeaders.CONTENT_TYPE, responseType.get() + "; charset=utf-8");
            if (GRAPHQL_RESPONSE_JSON.equals(responseType.get()) && response.getStatusCode() == 200
                    && Boolean.TRUE.equals(context.get(HttpExchanges.REQUEST_FAILED))) {
                response.setStatusCode(400);
            }
            if (get) {
                // readers all see the same published content, so a clean answer to a query can be shared
                boolean cacheable = response.getStatusCode() == 200
                        && Boolean.FALSE.equals(context.get(HttpExchanges.HAS_ERRORS));
                response.putHeader(HttpHeaders.CACHE_CONTROL,
                        cacheable ? "public, max-age=" + getMaxAgeSeconds : "no-store");
            }
        });
        context.next();
    }

    private void checkPost(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase().startsWith(JSON)) {
            // form, multipart and text/plain bodies are what a cross-site form can send without a preflight
            refuse(context, 415, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "Send the request as " + JSON + "."));
            return;
        }
        Buffer buffer = context.body().buffer();
        Object body;
        try {
            body = Json.decodeValue(buffer == null ? Buffer.buffer() : buffer);
        } catch (DecodeException e) {
            refuse(context, 400, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "The request body is not valid JSON."));
            return;
        }
        if (body instanceof JsonArray) {
            refuse(context, 400, ApiErrors.of(ErrorCode.BAD_USER_INPUT,
                    "Batched requests are not supported: send one operation per request."));
            return;
        }
        if (!(body instanceof JsonObject request)) {
            refuse(context, 400, ApiErrors.of(ErrorCode.BAD_USER_INPUT,
                    "The request body must be a JSON object: {\"query\": \"...\", \"variables\": {...}}."));
            return;
        }
        Optional<ApiError> malformed = malformed(request.getValue("query"), request.getValue("operationName"),
                request.getValue("variables"), request.getValue("extensions"));
        if (malformed.isPresent()) {
            refuse(context, 400, malformed.get());
            return;
        }
        if (refusedDocument(context, preparedDocuments.prepare(request.getString("query")).entry())) {
            return;
        }
        context.next();
    }

    private void checkGet(RoutingContext context) {
        String query = context.request().getParam("query");
        String operationName = context.request().getParam("operationName");
        Optional<ApiError> malformed = malformed(query, operationName, json(context.request().getParam("variables")),
                json(context.request().getParam("extensions")));
        if (malformed.isPresent()) {
            refuse(context, 400, malformed.get());
            return;
        }
        PreparsedDocumentEntry entry = preparedDocuments.prepare(query).entry();
        if (refusedDocument(context, entry)) {
            return;
        }
        boolean readOnly = entry.getDocument().getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .allMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
        if (!readOnly) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(context, 405, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "Only queries can be sent with GET."));
            return;
        }
        context.next();
    }

    /** Refuses a document that cannot run; true when it did. */
    private boolean refusedDocument(RoutingContext context, PreparsedDocumentEntry entry) {
        if (!entry.hasErrors()) {
            return false;
        }
        // application/json clients get 200 for any well-formed request; the other media type says 400
        int status = GRAPHQL_RESPONSE_JSON.equals(context.get(RESPONSE_TYPE)) ? 400 : 200;
        refuse(context, status, entry.getErrors().toArray(GraphQLError[]::new));
        return true;
    }

    private static Optional<ApiError> malformed(Object query, Object operationName, Object variables,
            Object extensions) {
        if (!(query instanceof String text) || text.isBlank()) {
            return Optional.of(ApiErrors.of(ErrorCode.BAD_USER_INPUT, "The request has no query."));
        }
        if (operationName != null && !(operationName instanceof String)) {
            return Optional.of(ApiErrors.of(ErrorCode.BAD_USER_INPUT, "'operationName' must be a string."));
        }
        if (variables != null && !(variables instanceof JsonObject)) {
            return Optional.of(ApiErrors.of(ErrorCode.BAD_USER_INPUT, "'variables' must be a JSON object."));
        }
        if (extensions != null && !(extensions instanceof JsonObject)) {
            return Optional.of(ApiErrors.of(ErrorCode.BAD_USER_INPUT, "'extensions' must be a JSON object."));
        }
        return Optional.empty();
    }

    /** A query parameter's JSON value; the text itself when it is not JSON, so that it gets refused. */
    private static Object json(String parameter) {
        if (parameter == null) {
            return null;
        }
        try {
            return Json.decodeValue(parameter);
        } catch (DecodeException e) {
            return parameter;
        }
    }

    /** The media type to answer with, from the Accept header's ranges in order of preference. */
    private static Optional<String> responseType(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        record Range(String type, double quality) {
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] parameters = part.split(";");
            double quality = 1;
            for (int i = 1; i < parameters.length; i++) {
                String[] nameAndValue = parameters[i].trim().split("=", 2);
                if (nameAndValue.length == 2 && nameAndValue[0].equalsIgnoreCase("q")) {
                    try {
                        quality = Double.parseDouble(nameAndValue[1].trim());
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            ranges.add(new Range(parameters[0].trim().toLowerCase(Locale.ROOT), quality));
        }
        ranges.sort(Comparator.comparingDouble(Range::quality).reversed());
        for (Range range : ranges) {
            if (range.quality() <= 0) {
                continue;
            }
            if (range.type().equals(GRAPHQL_RESPONSE_JSON) || range.type().equals(JSON)) {
                return Optional.of(range.type());
            }
            if (range.type().equals("*/*") || range.type().equals("application/*")) {
                return Optional.of(JSON);
            }
        }
        return Optional.empty();
    }

    private static void refuse(RoutingContext context, int status, GraphQLError... errors) {
        JsonArray json = new JsonArray();
        for (GraphQLError error : errors) {
            json.add(new JsonObject(error.toSpecification()));
        }
        String type = context.get(RESPONSE_TYPE) == null ? JSON : context.get(RESPONSE_TYPE);
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8")
                .end(new JsonObject(Map.of("errors", json)).encode());
    }
}
