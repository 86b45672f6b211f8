package io.newsgraph.core.cache;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import io.netty.buffer.Unpooled;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.json.NettyBuffers;
import io.newsgraph.core.observability.OperationMetrics;
import io.newsgraph.core.pipeline.Answer;
import io.newsgraph.core.pipeline.Chain;
import io.newsgraph.core.pipeline.Exchange;
import io.newsgraph.core.pipeline.GraphQLRequest;
import io.newsgraph.core.pipeline.ReadPath;
import io.newsgraph.core.pipeline.Stage;
import io.smallrye.mutiny.Uni;

/**
 * Answers readers' queries from the {@link ResponseCache}, in front of both read paths: a hit is the bytes kept, with
 * the digest they were kept with, answered on the thread that received the request; a miss goes on to the planner or
 * the resolvers, which record what they read into the computation ({@link Exchange#reads}), and their answer is kept if
 * it is complete (data, no errors). Requests with credentials, mutations, and the tests' requests for a chosen read
 * path go on untouched. A reader's conditional GET finds the kept answer here first ({@link #find}), to answer 304
 * before anything executes; once a change evicts the answer, it finds nothing until an answer is computed again.
 */
@ApplicationScoped
public class AnswerFromCache implements Stage {

    private final ResponseCache cache;
    private final OperationMetrics metrics;

    AnswerFromCache(ResponseCache cache, OperationMetrics metrics) {
        this.cache = cache;
        this.metrics = metrics;
    }

    /**
     * The answer kept for the exchange's request, as it would be answered now; empty when there is none. It counts as a
     * hit of the cache, and the stage answers with it, if the request gets that far. Never waits: on the event loop.
     */
    public Optional<Answer.Complete> find(Exchange exchange) {
        if (!cache.enabled() || !shared(exchange)) {
            return Optional.empty();
        }
        Optional<CachedAnswer> hit = cache.cached(key(exchange));
        hit.ifPresent(found -> {
            exchange.kept(answer(found));
            exchange.recordReadsInto(Reads.of(found.reads()));
        });
        return hit.map(AnswerFromCache::answer);
    }

    @Override
    public Uni<Answer> handle(Exchange exchange, Chain chain) {
        if (!readersQuery(exchange)) {
            return chain.next(exchange);
        }
        if (!cache.enabled() || exchange.readPathAskedFor().isPresent()) {
            // caches on the way may keep it still, tagged with what it read
            exchange.recordReadsInto(new Reads());
            return chain.next(exchange);
        }
        long start = System.nanoTime();
        if (exchange.kept().isPresent()) {
            return Uni.createFrom().item(answered(exchange, start, exchange.kept().get()));
        }
        ResponseCache.Lookup lookup = cache.lookup(key(exchange));
        if (lookup instanceof CachedAnswer hit) {
            return Uni.createFrom().item(answered(exchange, hit, start));
        }
        if (lookup instanceof ResponseCache.Shared shared) {
            // another request computes it, on its own thread: this one goes on on its own
            return Uni.createFrom().completionStage(shared.answer()).emitOn(exchange.onContext())
                    .onItem().transformToUni(hit -> hit != null
                            ? Uni.createFrom().item(answered(exchange, hit, start))
                            : chain.next(exchange));
        }
        if (lookup instanceof ResponseCache.Miss miss) {
            return compute(exchange, chain, miss.computation());
        }
        return chain.next(exchange);
    }

    /** Whether the cache may answer the request: a reader's query, unless a test chose the read path. */
    private static boolean shared(Exchange exchange) {
        return exchange.readPathAskedFor().isEmpty() && readersQuery(exchange);
    }

    /** Whether the request's answer is the same for every reader: a reader's query. */
    private static boolean readersQuery(Exchange exchange) {
        if (!exchange.requester().isReader()) {
            return false;
        }
        try {
            return NodeUtil.getOperation(exchange.document().document(), exchange.request().operationName()).operationDefinition
                    .getOperation() == OperationDefinition.Operation.QUERY;
        } catch (RuntimeException e) {
            // no such operation, or several without a name: the resolvers say so
            return false;
        }
    }

    private static CacheKey key(Exchange exchange) {
        GraphQLRequest request = exchange.request();
        return CacheKey.of(request.query(), request.operationName(), request.variables());
    }

    /** The read paths compute the answer, recording what they read; it is kept if complete, and keeps nobody waiting. */
    private Uni<Answer> compute(Exchange exchange, Chain chain, ResponseCache.Computation computation) {
        exchange.recordReadsInto(computation.reads());
        return chain.next(exchange)
                .onItemOrFailure().invoke((answer, failure) -> {
                    if (answer instanceof Answer.Complete complete) {
                        cache.store(computation, complete.body().getBytes(), complete.digest());
                        if (computation.outdated()) {
                            // its change may have been purged from the caches on the way already: none may keep it
                            exchange.markOutdated();
                        }
                    } else {
                        cache.abandon(computation);
                    }
                })
                .onCancellation().invoke(() -> cache.abandon(computation));
    }

    private Answer answered(Exchange exchange, CachedAnswer hit, long start) {
        exchange.recordReadsInto(Reads.of(hit.reads()));
        return answered(exchange, start, answer(hit));
    }

    private Answer answered(Exchange exchange, long start, Answer.Complete answer) {
        metrics.cached();
        exchange.answeredBy(ReadPath.CACHE);
        metrics.record(exchange.request().operationName(), "query", true, System.nanoTime() - start);
        return answer;
    }

    private static Answer.Complete answer(CachedAnswer hit) {
        return Answer.Complete.kept(NettyBuffers.asVertx(Unpooled.wrappedBuffer(hit.body())), hit.digest());
    }
}
