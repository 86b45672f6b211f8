package io.newsgraph.core.graphql;

import graphql.execution.preparsed.PreparsedDocumentEntry;
import io.newsgraph.core.reads.Reads;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * What the gate leaves on a request's routing context for the handlers after it: the media type it negotiated, the
 * request it read, and the request's document, prepared and found runnable. The response cache adds where the read
 * paths record what they read, and who wants the answer they send.
 */
public final class GraphQLExchange {

    private static final String RESPONSE_TYPE = GraphQLExchange.class.getName() + ".responseType";
    private static final String REQUEST = GraphQLExchange.class.getName() + ".request";
    private static final String DOCUMENT = GraphQLExchange.class.getName() + ".document";
    private static final String READS = GraphQLExchange.class.getName() + ".reads";
    private static final String ANSWER_OBSERVER = GraphQLExchange.class.getName() + ".answerObserver";

    /** Learns the answer {@link GraphQLResponses#send} sends, before it is sent. */
    @FunctionalInterface
    interface AnswerObserver {

        /** @param clean whether the answer has data and no errors */
        void answered(Buffer body, boolean clean);
    }

    private GraphQLExchange() {
    }

    /** The request, on every routing context that got past the gate. */
    public static GraphQLRequest request(RoutingContext context) {
        return context.get(REQUEST);
    }

    /** The request's document, parsed and validated, without errors; on every routing context that got past the gate. */
    public static PreparsedDocumentEntry document(RoutingContext context) {
        return preparedDocument(context).entry();
    }

    static PreparedDocument preparedDocument(RoutingContext context) {
        return context.get(DOCUMENT);
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

    static void putDocument(RoutingContext context, PreparedDocument document) {
        context.put(DOCUMENT, document);
    }

    /** Where the read paths record what the request reads: nowhere unless someone keeps its answer. */
    static Reads reads(RoutingContext context) {
        Reads reads = context.get(READS);
        return reads == null ? Reads.IGNORED : reads;
    }

    static void recordReadsInto(RoutingContext context, Reads reads) {
        context.put(READS, reads);
    }

    static AnswerObserver answerObserver(RoutingContext context) {
        return context.get(ANSWER_OBSERVER);
    }

    static void observeAnswer(RoutingContext context, AnswerObserver observer) {
        context.put(ANSWER_OBSERVER, observer);
    }
}
