package io.newsgraph.core.graphql;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.GraphQLException;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.vertx.ext.web.RoutingContext;

/**
 * Starts the trace span of a request's GraphQL operation once the gate let it through, a child of the HTTP request's
 * span, and ends it when the answer is sent ({@link GraphQLResponses}) or the request fails, whichever path answers. Its name
 * and attributes follow OpenTelemetry's
 * conventions for GraphQL ({@code query FrontPage}, {@code graphql.operation.type} and {@code .name}); the handlers
 * that answer add their own attributes ({@link #PATH}, {@link #PLAN_CACHED}), and the SQL statements they run are its
 * children.
 */
@ApplicationScoped
public class OperationTracing {

    /** Which path answered a read operation: {@code planned} or {@code resolvers}. */
    public static final AttributeKey<String> PATH = AttributeKey.stringKey("newsgraph.graphql.path");
    /** Whether the document had been parsed and validated before, for an earlier request (a hit of its cache). */
    public static final AttributeKey<Boolean> DOCUMENT_CACHED = AttributeKey.booleanKey("newsgraph.graphql.document.cached");
    /** Whether a planned read's plan had been compiled before (a hit of the planner's cache). */
    public static final AttributeKey<Boolean> PLAN_CACHED = AttributeKey.booleanKey("newsgraph.graphql.plan.cached");

    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");
    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("graphql.operation.name");

    private final Tracer tracer;

    OperationTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    void start(RoutingContext context) {
        GraphQLRequest request = GraphQLExchange.request(context);
        OperationDefinition operation = selected(GraphQLExchange.document(context).getDocument(), request.operationName());
        String type = operation == null ? null : operation.getOperation().name().toLowerCase(Locale.ROOT);
        String name = operation == null ? request.operationName() : operation.getName();
        SpanBuilder span = tracer.spanBuilder(spanName(type, name)).setSpanKind(SpanKind.INTERNAL)
                .setAttribute(DOCUMENT_CACHED, GraphQLExchange.documentCached(context));
        if (type != null) {
            span.setAttribute(OPERATION_TYPE, type);
        }
        if (name != null) {
            span.setAttribute(OPERATION_NAME, name);
        }
        GraphQLExchange.putOperationSpan(context, span.startSpan());
        context.next();
    }

    /** Ends the span of a request answered; nothing for a request refused before its span started. */
    static void answered(RoutingContext context, boolean hasErrors) {
        Span span = GraphQLExchange.operationSpan(context);
        if (span != null) {
            if (hasErrors) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        }
    }

    /** Ends the span of a request that failed without an answer, which Quarkus's error handling then sends. */
    static void failed(RoutingContext context, Throwable failure) {
        Span span = GraphQLExchange.operationSpan(context);
        span.recordException(failure);
        span.setStatus(StatusCode.ERROR);
        span.end();
    }

    /** The operation that runs, or null when the document does not say which: the resolvers then answer why. */
    private static OperationDefinition selected(Document document, String operationName) {
        try {
            return NodeUtil.getOperation(document, operationName).operationDefinition;
        } catch (GraphQLException e) {
            return null;
        }
    }

    private static String spanName(String type, String name) {
        if (type == null) {
            return "GraphQL Operation";
        }
        return name == null ? type : type + " " + name;
    }
}
