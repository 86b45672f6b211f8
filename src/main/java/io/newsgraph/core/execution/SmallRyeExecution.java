package io.newsgraph.core.execution;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import graphql.ExecutionResult;
import io.newsgraph.core.pipeline.GraphQLRequest;
import io.newsgraph.core.pipeline.PreparedDocument;
import io.quarkus.arc.InjectableContext.ContextState;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * Runs one operation with SmallRye GraphQL's resolvers, through SmallRye's public {@link ExecutionService}, on the
 * calling thread (a worker): for HTTP ({@link RunResolvers}) and WebSocket ({@link SubscriptionExecution}) alike. It
 * hands SmallRye the document prepared already ({@link SmallRyeQueryCache}) and the GraphQL context Quarkus's data
 * fetchers read ({@link QuarkusFetcherContext}), and leaves no SmallRye context on the thread.
 */
@ApplicationScoped
class SmallRyeExecution {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final ExecutionService executionService;
    private final SmallRyeQueryCache smallRyeQueryCache;

    SmallRyeExecution(ExecutionService executionService, SmallRyeQueryCache smallRyeQueryCache) {
        this.executionService = executionService;
        this.smallRyeQueryCache = smallRyeQueryCache;
    }

    /**
     * What an operation gave: its result (for a subscription, a publisher of results as its data), and what resolvers
     * added to SmallRye's context, to write as extensions when the result has none.
     */
    record Executed(ExecutionResult result, Map<String, Object> addedExtensions) {
    }

    /**
     * Runs the request's operation, whose document was prepared and found runnable.
     *
     * @param httpHeaders the request's headers, by name; none over WebSocket
     * @param requestContext the request context the resolvers run in, active on this thread or not
     */
    Executed execute(GraphQLRequest request, PreparedDocument document, Map<String, List<String>> httpHeaders,
            ContextState requestContext) {
        Map<String, Object> context = QuarkusFetcherContext.of(httpHeaders, requestContext);
        Outcome outcome = new Outcome();
        try {
            smallRyeQueryCache.share(request.query(), document);
            executionService.executeSync(input(request), context, outcome);
        } finally {
            smallRyeQueryCache.forgetPending();
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
        if (outcome.failure != null) {
            throw outcome.failure instanceof RuntimeException unchecked ? unchecked
                    : new IllegalStateException("The resolvers failed", outcome.failure);
        }
        // SmallRye leaves its own context in the map it was given
        return new Executed(outcome.result, context.get(SmallRyeContextManager.CONTEXT) instanceof SmallRyeContext smallRye
                ? smallRye.getAddedExtensions()
                : null);
    }

    private static JsonObject input(GraphQLRequest request) {
        JsonObjectBuilder input = JSON.createObjectBuilder().add("query", request.query());
        if (request.operationName() != null) {
            input.add("operationName", request.operationName());
        }
        if (!request.variables().isEmpty()) {
            input.add("variables", JSON.createObjectBuilder(request.variables()));
        }
        if (!request.extensions().isEmpty()) {
            input.add("extensions", JSON.createObjectBuilder(request.extensions()));
        }
        return input.build();
    }

    /** What SmallRye's synchronous execution wrote, before it returned. */
    private static final class Outcome implements ExecutionResponseWriter {

        private ExecutionResult result;
        private Throwable failure;

        @Override
        public void write(ExecutionResponse response) {
            result = response.getExecutionResult();
        }

        @Override
        public void fail(Throwable failed) {
            failure = failed;
        }
    }
}
