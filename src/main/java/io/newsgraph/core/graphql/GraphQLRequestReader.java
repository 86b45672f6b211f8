package io.newsgraph.core.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.netty.buffer.ByteBufInputStream;
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.json.NettyBuffers;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads a {@link GraphQLRequest} from a POST body in JSON or from GET parameters, with or without its query (see
 * {@link PersistedQueries}), or refuses what is not one GraphQL request: other content types, including those a browser sends
 * cross-site without a preflight (415), bodies that are
 * not JSON, batches, and members of the wrong type (400), and GET when SmallRye's {@code http.get.enabled} is off
 * (405).
 */
@ApplicationScoped
class GraphQLRequestReader {

    private static final String JSON = "application/json";
    // numbers keep the digits they were sent with, as SmallRye's own request parsing keeps them
    private static final ObjectReader JSON_READER = new ObjectMapper().readerFor(Object.class)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final GraphQLResponses responses;
    private final boolean getEnabled;

    GraphQLRequestReader(GraphQLResponses responses,
            @ConfigProperty(name = "quarkus.smallrye-graphql.http.get.enabled", defaultValue = "false") boolean getEnabled) {
        this.responses = responses;
        this.getEnabled = getEnabled;
    }

    void readPost(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase().startsWith(JSON)) {
            // form, multipart and text/plain bodies are what a cross-site form can send without a preflight
            responses.refuse(context, 415, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "Send the request as " + JSON + "."));
            return;
        }
        Object body;
        try {
            body = json(context.body().buffer());
        } catch (IOException e) {
            responses.refuse(context, 400, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "The request body is not valid JSON."));
            return;
        }
        if (body instanceof List) {
            responses.refuse(context, 400, ApiErrors.of(ErrorCode.BAD_USER_INPUT,
                    "Batched requests are not supported: send one operation per request."));
            return;
        }
        if (!(body instanceof Map<?, ?> request)) {
            responses.refuse(context, 400, ApiErrors.of(ErrorCode.BAD_USER_INPUT,
                    "The request body must be a JSON object: {\"query\": \"...\", \"variables\": {...}}."));
            return;
        }
        read(context, request.get("query"), request.get("operationName"), request.get("variables"),
                request.get("extensions"));
    }

    void readGet(RoutingContext context) {
        if (!getEnabled) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            responses.refuse(context, 405, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "Send the request with POST."));
            return;
        }
        HttpServerRequest request = context.request();
        read(context, request.getParam("query"), request.getParam("operationName"), jsonParameter(request, "variables"),
                jsonParameter(request, "extensions"));
    }

    private void read(RoutingContext context, Object query, Object operationName, Object variables, Object extensions) {
        Optional<ApiError> malformed = malformed(query, operationName, variables, extensions);
        if (malformed.isPresent()) {
            responses.refuse(context, 400, malformed.get());
            return;
        }
        GraphQLExchange.putRequest(context, new GraphQLRequest(sent((String) query), named((String) operationName),
                orEmpty(variables), orEmpty(extensions), context.request().method(), GraphQLExchange.responseType(context)));
        context.next();
    }

    static Optional<ApiError> malformed(Object query, Object operationName, Object variables,
            Object extensions) {
        // no query is for PersistedQueries to judge: the request may name a persisted one instead
        if (query != null && !(query instanceof String)) {
            return Optional.of(ApiErrors.of(ErrorCode.BAD_USER_INPUT, "'query' must be a string."));
        }
        if (operationName != null && !(operationName instanceof String)) {
            return Optional.of(ApiErrors.of(ErrorCode.BAD_USER_INPUT, "'operationName' must be a string."));
        }
        if (variables != null && !(variables instanceof Map)) {
            return Optional.of(ApiErrors.of(ErrorCode.BAD_USER_INPUT, "'variables' must be a JSON object."));
        }
        if (extensions != null && !(extensions instanceof Map)) {
            return Optional.of(ApiErrors.of(ErrorCode.BAD_USER_INPUT, "'extensions' must be a JSON object."));
        }
        return Optional.empty();
    }

    /** A blank query is no query. */
    private static String sent(String query) {
        return query == null || query.isBlank() ? null : query;
    }

    /** An empty name names no operation, for graphql-java as for the GET rules. */
    static String named(String operationName) {
        return operationName == null || operationName.isEmpty() ? null : operationName;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> orEmpty(Object map) {
        // the members of a JSON object are named by strings
        return map == null ? Map.of() : (Map<String, Object>) map;
    }

    private static Object json(Buffer body) throws IOException {
        // no body reads as an empty one, which is not JSON either
        return JSON_READER
                .readValue(body == null ? InputStream.nullInputStream() : new ByteBufInputStream(NettyBuffers.asNetty(body)));
    }

    /** A query parameter's JSON value; the text itself when it is not JSON, so that it gets refused. */
    private static Object jsonParameter(HttpServerRequest request, String name) {
        String parameter = request.getParam(name);
        if (parameter == null) {
            return null;
        }
        try {
            return JSON_READER.readValue(parameter);
        } catch (IOException e) {
            return parameter;
        }
    }
}
