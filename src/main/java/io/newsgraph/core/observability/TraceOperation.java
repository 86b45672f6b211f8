package io.newsgraph.core.observability;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.GraphQLException;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import io.newsgraph.core.pipeline.Answer;
import io.newsgraph.core.pipeline.Chain;
import io.newsgraph.core.pipeline.Exchange;
import io.newsgraph.core.pipeline.GraphQLRequest;
import io.newsgraph.core.pipeline.Stage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Uni;

/**
 * Starts the trace span of a request's GraphQL operation once its document is known to run, a child of the HTTP
 * request's span; the answer's writer ends it, whichever path answers. Its name and attributes follow OpenTelemetry's
 * conventions for GraphQL ({@code query FrontPage}, {@code graphql.operation.type} and {@code .name}); the stages that
 * answer add their own attributes ({@link #PATH}, {@link #PLAN_CACHED}), and the SQL statements they run are its
 * children.
 */
@ApplicationScoped
public class TraceOperation implements Stage {

    /** Which path answered a read operation: {@code cache}, {@code planned} or {@code resolvers}. */
    public static final AttributeKey<String> PATH = AttributeKey.stringKey("newsgraph.graphql.path");
    /** Whether the document had been parsed and validated before, for an earlier request (a hit of its cache). */
    public static final AttributeKey<Boolean> DOCUMENT_CACHED = AttributeKey.booleanKey("newsgraph.graphql.document.cached");
    /** Whether a planned read's plan had been compiled before (a hit of the planner's cache). */
    public static final AttributeKey<Boolean> PLAN_CACHED = AttributeKey.booleanKey("newsgraph.graphql.plan.cached");

    private static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");
    private static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("graphql.operation.name");

    private final Tracer tracer;

    TraceOperation(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public Uni<Answer> handle(Exchange exchange, Chain chain) {
        GraphQLRequest request = exchange.request();
        OperationDefinition operation = selected(exchange.document().document(), request.operationName());
        String type = operation == null ? null : operation.getOperation().name().toLowerCase(Locale.ROOT);
        String name = operation == null ? request.operationName() : operation.getName();
        SpanBuilder span = tracer.spanBuilder(spanName(type, name)).setSpanKind(SpanKind.INTERNAL)
                .setAttribute(DOCUMENT_CACHED, exchange.documentCached());
        if (type != null) {
            span.setAttribute(OPERATION_TYPE, type);
        }
        if (name != null) {
            span.setAttribute(OPERATION_NAME, name);
        }
        exchange.span(span.startSpan());
        return chain.next(exchange);
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
