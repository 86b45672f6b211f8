package io.newsgraph.core.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.planning.PlannedReads;
import io.newsgraph.core.planning.PlannerConfig;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers planned reads before SmallRye GraphQL sees them: after {@link GraphQLHttpGate} let a request through,
 * a query goes to {@link PlannedReads} on a worker thread, and whatever it leaves goes on to SmallRye.
 */
@ApplicationScoped
class PlannedReadRoute {

    /** The header that sends a request to the resolvers, honoured only in the tests that compare both paths. */
    static final String PATH_HEADER = "Newsgraph-Read-Path";
    private static final Logger LOG = Logger.getLogger(PlannedReadRoute.class);

    private final PlannedReads plannedReads;
    private final PreparedDocuments preparedDocuments;
    private final PlannerConfig config;
    private final OperationMetrics metrics;

    PlannedReadRoute(PlannedReads plannedReads, PreparedDocuments preparedDocuments, PlannerConfig config,
            OperationMetrics metrics) {
        this.plannedReads = plannedReads;
        this.preparedDocuments = preparedDocuments;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * After Quarkus's filters, which run at negative orders by priority (CORS, authentication, authorisation),
     * and before SmallRye GraphQL's route, which Vert.x numbers from 0 in the order routes are added.
     */
    private static final int ORDER = -1;

    void install(@Observes Router router) {
        router.route(GraphQLHttpGate.PATH).order(ORDER).handler(this::route);
    }

    private void route(RoutingContext context) {
        Optional<Request> request = read(context);
        if (request.isEmpty()) {
            context.next();
            return;
        }
        if (!config.enabled() || (config.pathHeaderEnabled() && "resolvers".equals(context.request().getHeader(PATH_HEADER)))) {
            metrics.resolved();
            context.next();
            return;
        }
        long start = System.nanoTime();
        Request read = request.get();
        // planning never blocks, and a request left to the resolvers must go on from here, on the thread that
        // received it, where SmallRye finds the request's context
        PlannedReads.Decision decision = plannedReads.plan(read.query(), read.document(), read.operationName(),
                read.variables());
        if (decision instanceof PlannedReads.LeftToResolvers left) {
            LOG.debugf("Operation %s left to the resolvers: %s", read.operationName(), left.reason());
            metrics.resolved();
            context.next();
            return;
        }
        PlannedReads.PlannedRead planned = (PlannedReads.PlannedRead) decision;
        metrics.planned();
        context.vertx().executeBlocking(() -> plannedReads.execute(planned), false).onComplete(result -> {
            boolean success = result.succeeded();
            metrics.record(planned.operation(), "query", success, System.nanoTime() - start);
            context.put(HttpExchanges.REQUEST_FAILED, !success);
            context.put(HttpExchanges.HAS_ERRORS, !success);
            if (success) {
                context.response().end(Buffer.buffer(result.result()));
            } else {
                fail(context, result.cause());
            }
        });
    }

    /** A query the gate let through: its text, prepared document, operation name and variables. */
    private record Request(String query, Document document, String operationName, Map<String, Object> variables) {
    }

    private Optional<Request> read(RoutingContext context) {
        String query;
        String operationName;
        Object variables;
        if (context.request().method() == HttpMethod.POST) {
            JsonObject body = context.body().asJsonObject();
            query = body.getString("query");
            operationName = body.getString("operationName");
            variables = body.getValue("variables");
        } else if (context.request().method() == HttpMethod.GET) {
            query = context.request().getParam("query");
            operationName = context.request().getParam("operationName");
            String text = context.request().getParam("variables");
            variables = text == null ? null : Json.decodeValue(text);
        } else {
            return Optional.empty();
        }
        PreparsedDocumentEntry entry = preparedDocuments.prepare(query);
        boolean queries = entry.getDocument().getDefinitionsOfType(OperationDefinition.class).stream()
                .anyMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
        if (!queries) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) plain(variables);
        return Optional.of(new Request(query, entry.getDocument(), operationName, plain));
    }

    /** Vert.x's JSON as the plain maps and lists graphql-java coerces variables from. */
    private static Object plain(Object json) {
        if (json instanceof JsonObject object) {
            json = object.getMap();
        } else if (json instanceof JsonArray array) {
            json = array.getList();
        }
        if (json instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((key, value) -> plain.put((String) key, plain(value)));
            return plain;
        }
        if (json instanceof List<?> list) {
            List<Object> plain = new ArrayList<>();
            list.forEach(item -> plain.add(plain(item)));
            return plain;
        }
        return json;
    }

    /** The error the resolvers give for the same failure: a database failure they name, anything else internal. */
    private static void fail(RoutingContext context, Throwable failure) {
        Optional<DatabaseFailure> database = DatabaseFailure.of(failure);
        ApiError error;
        if (database.isPresent()) {
            LOG.warnf("Database failure in a planned read: %s", database.get().detail());
            error = ApiErrors.of(database.get().code(), database.get().message());
        } else {
            LOG.error("A planned read failed", failure);
            error = ApiErrors.of(ErrorCode.INTERNAL_SERVER_ERROR, ApiErrors.INTERNAL_ERROR_MESSAGE);
        }
        context.put(HttpExchanges.REQUEST_FAILED, true);
        context.put(HttpExchanges.HAS_ERRORS, true);
        JsonObject body = new JsonObject().put("errors", new JsonArray().add(new JsonObject(error.toSpecification())))
                .putNull("data");
        context.response().end(body.encode());
    }
}
