package io.newsgraph.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.netty.buffer.ByteBufInputStream;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.BadUserInputException;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.json.NettyBuffers;
import io.newsgraph.core.pipeline.Answer;
import io.newsgraph.core.pipeline.Chain;
import io.newsgraph.core.pipeline.Exchange;
import io.newsgraph.core.pipeline.GraphQLRequest;
import io.newsgraph.core.pipeline.Stage;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads the {@link GraphQLRequest} from a POST body in JSON or from GET parameters, with or without its query (a
 * persisted one may be named instead), or refuses what is not one GraphQL request with 400: a body that is not JSON, a
 * batch, members of the wrong type.
 */
@ApplicationScoped
class ReadRequest implements Stage {

    // numbers keep the digits they were sent with, as SmallRye's own request parsing keeps them
    private static final ObjectReader JSON_READER = new ObjectMapper().readerFor(Object.class)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public Uni<Answer> handle(Exchange exchange, Chain chain) {
        HttpServerRequest http = exchange.http().request();
        try {
            exchange.request(http.method() == HttpMethod.POST ? post(exchange.http().body().buffer()) : get(http));
        } catch (BadUserInputException e) {
            return Uni.createFrom().item(Answer.Refused.of(400, ApiErrors.of(ErrorCode.BAD_USER_INPUT, e.getMessage())));
        }
        return chain.next(exchange);
    }

    private static GraphQLRequest post(Buffer body) {
        Object json;
        try {
            json = json(body);
        } catch (IOException e) {
            throw new BadUserInputException("The request body is not valid JSON.");
        }
        if (json instanceof List) {
            throw new BadUserInputException("Batched requests are not supported: send one operation per request.");
        }
        if (!(json instanceof Map<?, ?> request)) {
            throw new BadUserInputException(
                    "The request body must be a JSON object: {\"query\": \"...\", \"variables\": {...}}.");
        }
        return GraphQLRequest.of(request.get("query"), request.get("operationName"), request.get("variables"),
                request.get("extensions"));
    }

    private static GraphQLRequest get(HttpServerRequest request) {
        return GraphQLRequest.of(request.getParam("query"), request.getParam("operationName"),
                jsonParameter(request, "variables"), jsonParameter(request, "extensions"));
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
