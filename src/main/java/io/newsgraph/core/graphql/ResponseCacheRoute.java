package io.newsgraph.core.graphql;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import io.netty.buffer.Unpooled;
import io.newsgraph.core.cache.CacheKey;
import io.newsgraph.core.cache.ResponseCache;
import io.newsgraph.core.json.NettyBuffers;
import io.newsgraph.core.observability.OperationMetrics;
import io.newsgraph.core.planning.PlannerConfig;
import io.newsgraph.core.security.Requester;
import io.vertx.core.Context;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers anonymous reads from the {@link ResponseCache}, in front of both read paths: a hit is sent as the bytes
 * kept, with the ETag of the digest they were kept with, on the thread that received the request; a miss goes on to
 * the planner or the resolvers, which record what they read into the computation, and the answer
 * {@link GraphQLResponses#send} sends is kept if it is clean. Requests with credentials, mutations, and the tests'
 * requests for a chosen read path go on untouched. It is also the service's {@link StoredAnswers}: a GET whose
 * If-None-Match names the kept answer gets its 304 from {@link ConditionalGet} before anything executes, and once a
 * change evicts the answer, the tag names nothing kept until an answer is computed again, with the tag of its bytes.
 */
@ApplicationScoped
class ResponseCacheRoute implements StoredAnswers {

    /** The request's key, computed once, and the answer {@link #find} found for it, which the route then sends. */
    private static final String KEY = ResponseCacheRoute.class.getName() + ".key";
    private static final String FOUND = ResponseCacheRoute.class.getName() + ".found";

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

    @Override
    public Optional<StoredAnswer> find(RoutingContext context) {
        GraphQLRequest request = GraphQLExchange.request(context);
        if (!cache.enabled() || request == null || !shared(context, request)) {
            return Optional.empty();
        }
        Optional<ResponseCache.Hit> hit = cache.cached(key(context, request));
        hit.ifPresent(found -> context.put(FOUND, found));
        return hit.map(ResponseCacheRoute::stored);
    }

    private void route(RoutingContext context) {
        GraphQLRequest request = GraphQLExchange.request(context);
        if (request == null || !shared(context, request)) {
            context.next();
            return;
        }
        long start = System.nanoTime();
        ResponseCache.Hit found = context.get(FOUND);
        ResponseCache.Lookup lookup = found != null ? found : cache.lookup(key(context, request));
        if (lookup instanceof ResponseCache.Hit hit) {
            answer(context, request, hit, start);
        } else if (lookup instanceof ResponseCache.Shared shared) {
            Context vertxContext = context.vertx().getOrCreateContext();
            shared.answer().thenAccept(hit -> vertxContext.runOnContext(ignored -> {
                if (hit != null) {
                    answer(context, request, hit, start);
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

    private static CacheKey key(RoutingContext context, GraphQLRequest request) {
        CacheKey key = context.get(KEY);
        if (key == null) {
            key = CacheKey.of(request.query(), request.operationName(), request.variables());
            context.put(KEY, key);
        }
        return key;
    }

    private void compute(RoutingContext context, ResponseCache.Computation computation) {
        GraphQLExchange.recordReadsInto(context, computation.reads());
        // an answer with errors, a refusal or a failure is not kept, and keeps nobody waiting
        GraphQLExchange.observeAnswer(context, new GraphQLExchange.AnswerObserver() {
            @Override
            public void answered(StoredAnswer answer) {
                cache.store(computation, answer.body().getBytes(), answer.digest());
            }

            @Override
            public void unanswered() {
                cache.abandon(computation);
            }
        });
        context.next();
    }

    private void answer(RoutingContext context, GraphQLRequest request, ResponseCache.Hit hit, long start) {
        metrics.cached();
        PlannedReadRoute.markPath(context, plannerConfig, "cache");
        responses.send(context, stored(hit));
        metrics.record(request.operationName(), "query", true, System.nanoTime() - start);
    }

    private static StoredAnswer stored(ResponseCache.Hit hit) {
        return StoredAnswer.of(NettyBuffers.asVertx(Unpooled.wrappedBuffer(hit.body())), hit.digest());
    }
}
