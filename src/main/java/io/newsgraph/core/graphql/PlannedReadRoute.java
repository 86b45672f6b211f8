package io.newsgraph.core.graphql;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

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
import io.newsgraph.core.planning.PlannedReads;
import io.newsgraph.core.planning.PlannerConfig;
import io.newsgraph.core.security.Requester;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers anonymous planned reads before SmallRye GraphQL's resolvers: the gate let the request through, the planner plans it
 * here, on the thread that received it (planning never blocks), and a worker thread runs its one statement; what the
 * planner leaves goes on to the resolvers from here.
 */
@ApplicationScoped
class PlannedReadRoute {

    /** The header that sends a request to the resolvers, honoured only in the tests that compare both paths. */
    static final String PATH_HEADER = "Newsgraph-Read-Path";
    private static final Logger LOG = Logger.getLogger(PlannedReadRoute.class);

    private final PlannedReads plannedReads;
    private final PlannerConfig config;
    private final OperationMetrics metrics;
    private final GraphQLResponses responses;

    PlannedReadRoute(PlannedReads plannedReads, PlannerConfig config, OperationMetrics metrics,
            GraphQLResponses responses) {
        this.plannedReads = plannedReads;
        this.config = config;
        this.metrics = metrics;
        this.responses = responses;
    }

    void install(@Observes Router router) {
        GraphQLRoutes.beforeResolvers(router).handler(this::route);
    }

    private void route(RoutingContext context) {
        GraphQLRequest request = GraphQLExchange.request(context);
        Document document = GraphQLExchange.document(context).getDocument();
        if (!hasQueries(document)) {
            context.next();
            return;
        }
        // what a requester with credentials sees depends on their roles, which only the resolvers know
        if (!config.enabled() || resolversAskedFor(context) || !Requester.isAnonymous(context)) {
            leaveToResolvers(context);
            return;
        }
        long start = System.nanoTime();
        PlannedReads.Decision decision = plannedReads.plan(request.query(), document, request.operationName(),
                request.variables(), GraphQLExchange.reads(context));
        if (decision instanceof PlannedReads.LeftToResolvers left) {
            LOG.debugf("Operation %s left to the resolvers: %s", request.operationName(), left.reason());
            leaveToResolvers(context);
            return;
        }
        PlannedReads.PlannedRead planned = (PlannedReads.PlannedRead) decision;
        metrics.planned();
        markPath(context, config, "planned");
        Span span = GraphQLExchange.operationSpan(context);
        span.setAttribute(OperationTracing.PLAN_CACHED, planned.planCached());
        // the statement runs with the operation's span current, so that the statement's span is its child
        Callable<ByteBuf> statement = Context.current().with(span).wrap(() -> plannedReads.execute(planned));
        context.vertx().executeBlocking(statement, false).onComplete(result -> {
            metrics.record(planned.operation(), "query", result.succeeded(), System.nanoTime() - start);
            if (result.succeeded()) {
                responses.send(context, NettyBuffers.asVertx(result.result()), true, false);
            } else {
                responses.send(context, failure(result.cause()), true, true);
            }
        });
    }

    private void leaveToResolvers(RoutingContext context) {
        metrics.resolved();
        markPath(context, config, "resolvers");
        context.next();
    }

    private boolean resolversAskedFor(RoutingContext context) {
        return config.pathHeaderEnabled() && "resolvers".equals(context.request().getHeader(PATH_HEADER));
    }

    /** The operation's span says which path answered; where the tests may choose it, the response says so too. */
    static void markPath(RoutingContext context, PlannerConfig config, String path) {
        GraphQLExchange.operationSpan(context).setAttribute(OperationTracing.PATH, path);
        if (config.pathHeaderEnabled()) {
            context.response().putHeader(PATH_HEADER, path);
        }
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
