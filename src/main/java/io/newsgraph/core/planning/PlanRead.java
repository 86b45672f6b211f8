package io.newsgraph.core.planning;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import graphql.ExecutionResultImpl;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.netty.buffer.ByteBuf;
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.DatabaseFailure;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.json.ExecutionResultJson;
import io.newsgraph.core.json.NettyBuffers;
import io.newsgraph.core.observability.OperationMetrics;
import io.newsgraph.core.observability.TraceOperation;
import io.newsgraph.core.pipeline.Answer;
import io.newsgraph.core.pipeline.Chain;
import io.newsgraph.core.pipeline.Exchange;
import io.newsgraph.core.pipeline.GraphQLRequest;
import io.newsgraph.core.pipeline.ReadPath;
import io.newsgraph.core.pipeline.Requester;
import io.newsgraph.core.pipeline.Stage;
import io.newsgraph.core.planning.model.Visibility;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

/**
 * Answers queries with the read planner before SmallRye GraphQL's resolvers, for every requester with what its roles
 * let it see (the response cache keeps only readers' answers): the planner plans the request on
 * the thread that received it ({@link PlannedReads}; planning never blocks), and a worker thread runs its one statement
 * ({@link PlanExecution}); what the planner leaves goes on to the resolvers.
 */
@ApplicationScoped
public class PlanRead implements Stage {

    private static final Logger LOG = Logger.getLogger(PlanRead.class);

    private final PlannedReads plannedReads;
    private final PlanExecution execution;
    private final PlannerConfig config;
    private final OperationMetrics metrics;

    PlanRead(PlannedReads plannedReads, PlanExecution execution, PlannerConfig config, OperationMetrics metrics) {
        this.plannedReads = plannedReads;
        this.execution = execution;
        this.config = config;
        this.metrics = metrics;
    }

    @Override
    public Uni<Answer> handle(Exchange exchange, Chain chain) {
        GraphQLRequest request = exchange.request();
        Document document = exchange.document().document();
        if (!hasQueries(document)) {
            return chain.next(exchange);
        }
        if (!config.enabled() || resolversAskedFor(exchange)) {
            return leaveToResolvers(exchange, chain);
        }
        long start = System.nanoTime();
        PlannedReads.Decision decision = plannedReads.plan(request.query(), document, request.operationName(),
                request.variables(), visibility(exchange.requester()), exchange.reads());
        if (decision instanceof PlannedReads.LeftToResolvers left) {
            LOG.debugf("Operation %s left to the resolvers: %s", request.operationName(), left.reason());
            return leaveToResolvers(exchange, chain);
        }
        PlannedReads.PlannedRead planned = (PlannedReads.PlannedRead) decision;
        metrics.planned();
        exchange.answeredBy(ReadPath.PLANNED);
        Span span = exchange.span();
        span.setAttribute(TraceOperation.PLAN_CACHED, planned.planCached());
        // the statement runs with the operation's span current, so that the statement's span is its child
        Callable<ByteBuf> statement = Context.current().with(span).wrap(() -> execution.execute(planned));
        return exchange.blocking(statement).onItemOrFailure().transform((body, failure) -> {
            metrics.record(planned.operation(), "query", failure == null, System.nanoTime() - start);
            return failure == null ? Answer.Complete.of(NettyBuffers.asVertx(body)) : new Answer.Partial(failure(failure));
        });
    }

    private Uni<Answer> leaveToResolvers(Exchange exchange, Chain chain) {
        metrics.resolved();
        exchange.answeredBy(ReadPath.RESOLVERS);
        return chain.next(exchange);
    }

    /** What the requester sees: what its roles let it, once authentication has proved them; a reader has none. */
    private static Visibility visibility(Requester requester) {
        return requester instanceof Requester.Authenticated authenticated
                ? new Visibility(authenticated.identity().getRoles())
                : Visibility.READER;
    }

    /** Whether the tests that compare both paths sent the request to the resolvers. */
    private static boolean resolversAskedFor(Exchange exchange) {
        return exchange.readPathAskedFor().filter(ReadPath.RESOLVERS.label()::equals).isPresent();
    }

    private static boolean hasQueries(Document document) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .anyMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
    }

    /** The answer the resolvers give for the same failure: a database failure they name, anything else internal. */
    private static Buffer failure(Throwable failure) {
        Optional<DatabaseFailure> database = DatabaseFailure.of(failure);
        ApiError error;
        if (database.isPresent()) {
            LOG.warnf("Database failure in a planned read: %s", database.get().detail());
            error = ApiErrors.of(database.get().code(), database.get().message());
        } else {
            LOG.error("A planned read failed", failure);
            error = ApiErrors.of(ErrorCode.INTERNAL_SERVER_ERROR, ApiErrors.INTERNAL_ERROR_MESSAGE);
        }
        return ExecutionResultJson.write(ExecutionResultImpl.newExecutionResult().data(null).errors(List.of(error)).build(),
                null);
    }
}
