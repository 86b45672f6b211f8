package io.newsgraph.core.graphql;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Chooses the media type of the response from the request's Accept header, or refuses the request with 406. */
@ApplicationScoped
class ContentNegotiation implements Handler<RoutingContext> {

    private final GraphQLResponses responses;

    ContentNegotiation(GraphQLResponses responses) {
        this.responses = responses;
    }

    @Override
    public void handle(RoutingContext context) {
        Optional<ResponseMediaType> type = ResponseMediaType.negotiate(context.parsedHeaders().accept());
        if (type.isEmpty()) {
            responses.refuse(context, 406, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "This endpoint answers with "
                    + "application/graphql-response+json or application/json."));
            return;
        }
        GraphQLExchange.putResponseType(context, type.get());
        context.next();
    }
}
