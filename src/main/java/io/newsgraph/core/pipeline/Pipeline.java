package io.newsgraph.core.pipeline;

import java.util.List;

import io.smallrye.mutiny.Uni;

/**
 * The stages a GraphQL request over HTTP passes, in their order: each answers it or hands it on to the next, and the
 * last one (the resolvers) answers every request that reaches it. The order is written out where the pipeline is built
 * ({@code io.newsgraph.core.http.GraphQLEndpoint}), in one list.
 */
public final class Pipeline {

    /** Where the GraphQL endpoint listens, for HTTP and WebSocket. */
    public static final String PATH = "/graphql";

    private final Chain start;

    public Pipeline(List<Stage> stages) {
        this.start = new Chain(List.copyOf(stages), 0);
    }

    /** The answer to the exchange's request, once subscribed to. */
    public Uni<Answer> answer(Exchange exchange) {
        return start.next(exchange);
    }
}
