package io.newsgraph.core.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import io.netty.buffer.Unpooled;
import io.newsgraph.core.cache.CacheKey;
import io.newsgraph.core.cache.ResponseCache;
import io.newsgraph.core.planning.PlannerConfig;
import io.newsgraph.core.security.Requester;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers anonymous reads from the {@link ResponseCache}, in front of both read paths: a hit is sent as the bytes
 * kept, on the thread that received the request; a miss goes on to the planner or the resolvers, which record what
 * they read into the computation, and the answer {@link GraphQLResponses#send} sends is kept if it is clean. Requests
 * with credentials, mutations, and the tests' requests for a chosen read path go on untouched.
 */
@ApplicationScoped
class ResponseCacheRoute {

    private final ResponseCache cache;
    private final PlannerConfig plannerConfig;
    private final OperationMetrics metrics;
    private final GraphQLResponses responses;

    ResponseCacheRoute(ResponseCache cache, PlannerConfig plannerConfig, OperationMetrics metrics,
            GraphQLResponses responses) {
        this.cache = cache;
        this.plannerConfig = plannerConfig;
        this.metrics = metrics;
        this.responses = responses;
    }

    void install(@Observes Router router) {
        if (cache.enabled()) {
            GraphQLRoutes.responseCache(router).handler(this::route);
        }
    }

    private void route(RoutingContext context) {
        GraphQLRequest request = GraphQLExchange.request(context);
        if (request == null || !shared(context, request)) {
            context.next();
            return;
        }
        long start = System.nanoTime();
        ResponseCache.Lookup lookup = cache.lookup(CacheKey.of(request.query(), request.operationName(),
                request.variables()));
        if (lookup instanceof ResponseCache.Hit hit) {
            answer(context, request, hit.body(), start);
        } else if (lookup instanceof ResponseCache.Shared shared) {
            Context vertxContext = context.vertx().getOrCreateContext();
            shared.answer().thenAccept(body -> vertxContext.runOnContext(ignored -> {
                if (body != null) {
                    answer(context, request, body, start);
                } else {
                    context.next();
                }
            }));
        } else if (lookup instanceof ResponseCache.Miss miss) {
            compute(context, miss.computation());
        } else {
            context.next();
        }
    }

    /** Whether the request's answer is the same for every anonymous reader: a query without credentials. */
    private boolean shared(RoutingContext context, GraphQLRequest request) {
        if (!Requester.isAnonymous(context)
                || plannerConfig.pathHeaderEnabled() && context.request().getHeader(PlannedReadRoute.PATH_HEADER) != null) {
            return false;
        }
        try {
            return NodeUtil.getOperation(GraphQLExchange.document(context).getDocument(),
                    request.operationName()).operationDefinition.getOperation() == OperationDefinition.Operation.QUERY;
        } catch (RuntimeException e) {
            // no such operation, or several without a name: the resolvers say so
            return false;
        }
    }

    private void compute(RoutingContext context, ResponseCache.Computation computation) {
        GraphQLExchange.recordReadsInto(context, computation.reads());
        GraphQLExchange.observeAnswer(context, (body, clean) -> {
            if (clean) {
                cache.store(computation, body.getBytes());
            } else {
                cache.abandon(computation);
            }
        });
        // a request that ends without an answer (a failure, a closed connection) keeps nobody waiting
        context.addEndHandler(ended -> cache.abandon(computation));
        context.next();
    }

    private void answer(RoutingContext context, GraphQLRequest request, byte[] body, long start) {
        metrics.cached();
        PlannedReadRoute.markPath(context, plannerConfig, "cache");
        responses.send(context, Buffer.buffer(Unpooled.wrappedBuffer(body)), true, false);
        metrics.record(request.operationName(), "query", true, System.nanoTime() - start);
    }
}
