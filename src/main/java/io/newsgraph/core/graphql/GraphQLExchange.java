package io.newsgraph.core.graphql;

import graphql.execution.preparsed.PreparsedDocumentEntry;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.documents.PreparedDocument;
import io.opentelemetry.api.trace.Span;
import io.vertx.ext.web.RoutingContext;

/**
 * What the gate leaves on a request's routing context for the handlers after it: the media type it negotiated, the
 * request it read, the request's document, prepared and found runnable (and whether it was prepared already), and the
 * trace span of its operation. The response cache adds where the read paths record what they read, and who wants the
 * answer they send.
 */
public final class GraphQLExchange {

    private static final String RESPONSE_TYPE = GraphQLExchange.class.getName() + ".responseType";
    private static final String REQUEST = GraphQLExchange.class.getName() + ".request";
    private static final String DOCUMENT = GraphQLExchange.class.getName() + ".document";
    private static final String DOCUMENT_CACHED = GraphQLExchange.class.getName() + ".documentCached";
    private static final String OPERATION_SPAN = GraphQLExchange.class.getName() + ".operationSpan";
    private static final String READS = GraphQLExchange.class.getName() + ".reads";
    private static final String ANSWER_OBSERVER = GraphQLExchange.class.getName() + ".answerObserver";

    /**
     * Learns how a request ends: the clean answer (data, no errors) {@link GraphQLResponses#send} sends, before it is
     * sent, or that it ends without one (errors, a refusal, a failure).
     */
    interface AnswerObserver {

        void answered(StoredAnswer answer);

        void unanswered();
    }

    private GraphQLExchange() {
    }

    /** The request, with the text of its document, on every routing context that got past the gate. */
    public static GraphQLRequest request(RoutingContext context) {
        return context.get(REQUEST);
    }

    /** The request's document, parsed and validated, without errors; on every routing context that got past the gate. */
    public static PreparsedDocumentEntry document(RoutingContext context) {
        return preparedDocument(context).entry();
    }

    /**
     * The span of the request's operation ({@link OperationTracing}), on every routing context that got past the gate:
     * a handler that answers notes how with {@link Span#setAttribute}, and makes it current around what it runs on
     * another thread, so that the spans of SQL statements become its children.
     */
    public static Span operationSpan(RoutingContext context) {
        return context.get(OPERATION_SPAN);
    }

    static PreparedDocument preparedDocument(RoutingContext context) {
        return context.get(DOCUMENT);
    }

    /** Whether the request's document was prepared already, for an earlier request; false if it was prepared for it. */
    static boolean documentCached(RoutingContext context) {
        return context.<Boolean> get(DOCUMENT_CACHED);
    }

    /** The negotiated media type, or {@code application/json} for a request refused before it was negotiated. */
    static ResponseMediaType responseType(RoutingContext context) {
        ResponseMediaType type = context.get(RESPONSE_TYPE);
        return type == null ? ResponseMediaType.JSON : type;
    }

    static void putResponseType(RoutingContext context, ResponseMediaType type) {
        context.put(RESPONSE_TYPE, type);
    }

    static void putRequest(RoutingContext context, GraphQLRequest request) {
        context.put(REQUEST, request);
    }

    static void putDocument(RoutingContext context, PreparedDocument document, boolean cached) {
        context.put(DOCUMENT, document);
        context.put(DOCUMENT_CACHED, cached);
    }

    static void putOperationSpan(RoutingContext context, Span span) {
        context.put(OPERATION_SPAN, span);
    }

    /** Where the read paths record what the request reads: nowhere unless someone keeps its answer. */
    static Reads reads(RoutingContext context) {
        Reads reads = context.get(READS);
        return reads == null ? Reads.IGNORED : reads;
    }

    static void recordReadsInto(RoutingContext context, Reads reads) {
        context.put(READS, reads);
    }

    /** Whether someone waits for the request's clean answer, to keep it. */
    static boolean awaitsAnswer(RoutingContext context) {
        return context.get(ANSWER_OBSERVER) != null;
    }

    static void observeAnswer(RoutingContext context, AnswerObserver observer) {
        context.put(ANSWER_OBSERVER, observer);
    }

    /** Gives the observer, if any, the request's clean answer; it is told nothing more. */
    static void endAnswered(RoutingContext context, StoredAnswer answer) {
        AnswerObserver observer = context.remove(ANSWER_OBSERVER);
        if (observer != null) {
            observer.answered(answer);
        }
    }

    /** Tells the observer, if any and not given an answer already, that the request ends without one. */
    static void endUnanswered(RoutingContext context) {
        AnswerObserver observer = context.remove(ANSWER_OBSERVER);
        if (observer != null) {
            observer.unanswered();
        }
    }
}
