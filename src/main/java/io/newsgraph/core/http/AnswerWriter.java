package io.newsgraph.core.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.edge.EdgeConfig;
import io.newsgraph.core.edge.EdgeKeys;
import io.newsgraph.core.edge.PurgeTarget;
import io.newsgraph.core.observability.TraceOperation;
import io.newsgraph.core.pipeline.Answer;
import io.newsgraph.core.pipeline.Exchange;
import io.newsgraph.core.pipeline.ReadPath;
import io.newsgraph.core.planning.PlannerConfig;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes every answer of the GraphQL endpoint, so that every path ends the same way: the status code the GraphQL over
 * HTTP specification gives the {@link Answer} in the negotiated media type, its Content-Type, and on GET the caching
 * headers ({@link HttpCachingConfig}): a complete answer to a reader carries a strong ETag made of its bytes' digest
 * ({@link EntityTags}) and may be shared, by browsers that revalidate it and by CDNs until a change purges it, by the
 * surrogate keys of what it read ({@link EdgeKeys}); any other answer may not. It ends the operation's span with the answer.
 * <p>
 * (Not in an end handler of the routing context: SmallRye GraphQL's WebSocket handler, which every request to the
 * endpoint passes on its way, sets the response's end, close and exception handlers of its own, and they replace the
 * routing context's, whose end handlers then never run.)
 */
@ApplicationScoped
public class AnswerWriter {

    /**
     * What a GET answer depends on besides its URL: the media type negotiated from Accept (and with it the status code),
     * credentials (an editor sees drafts; a private answer is never shared), and the Origin that CORS answers name.
     */
    private static final String VARY = "Accept, Authorization, Origin";
    private static final String NOT_STORED = "no-store";
    private static final String PRIVATE = "private, no-store";
    private static final String SURROGATE_CONTROL = "Surrogate-Control";

    /** Shared caches keep answers this long when changes purge them: they are purged when they change. */
    private static final long PURGED_MAX_AGE = 86_400;
    /** Shared caches keep answers this long when nothing purges them. */
    private static final long UNPURGED_MAX_AGE = 60;

    private final String shared;
    private final String surrogateControl;
    private final EdgeKeys edgeKeys;
    private final boolean pathHeaderEnabled;

    AnswerWriter(HttpCachingConfig config, EdgeConfig edgeConfig, EdgeKeys edgeKeys, PlannerConfig plannerConfig) {
        long sharedMaxAge = config.sharedMaxAge()
                .orElse(edgeConfig.purge().target() == PurgeTarget.NONE ? UNPURGED_MAX_AGE : PURGED_MAX_AGE);
        String staleIfError = config.staleIfError() > 0 ? ", stale-if-error=" + config.staleIfError() : "";
        this.shared = "public, max-age=0, must-revalidate, s-maxage=" + sharedMaxAge;
        this.surrogateControl = "max-age=" + sharedMaxAge + staleIfError;
        this.edgeKeys = edgeKeys;
        this.pathHeaderEnabled = plannerConfig.pathHeaderEnabled();
    }

    /** Writes the answer to the exchange's request, then ends the span of its operation. */
    public void write(Exchange exchange, Answer answer) {
        RoutingContext context = exchange.http();
        HttpServerResponse response = context.response();
        ResponseMediaType type = ResponseMediaType.of(context);
        Span span = exchange.span();
        exchange.readPath().ifPresent(path -> {
            span.setAttribute(TraceOperation.PATH, path.label());
            if (pathHeaderEnabled) {
                response.putHeader(ReadPath.HEADER, path.label());
            }
        });
        if (context.request().method() == HttpMethod.GET) {
            putCachingHeaders(exchange, entityTag(exchange, answer, type));
        }
        if (answer instanceof Answer.NotModified) {
            response.setStatusCode(304).end();
        } else {
            if (answer instanceof Answer.Refused refused) {
                refused.headers().forEach(response::putHeader);
            }
            response.setStatusCode(status(answer, type)).putHeader(HttpHeaders.CONTENT_TYPE, type.contentType())
                    .end(answer.body());
        }
        if (span != null) {
            if (answer.hasErrors()) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        }
    }

    /** Writes a refusal of a request that is not on its way through the pipeline: the gate's, a WebSocket upgrade's. */
    public void refuse(RoutingContext context, Answer.Refused refusal) {
        write(new Exchange(context, Optional.empty()), refusal);
    }

    /**
     * Ends a request that failed without an answer, which Quarkus's error handling then answers as an internal error,
     * and its span with the failure.
     */
    public void fail(Exchange exchange, Throwable failure) {
        Span span = exchange.span();
        if (span != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR);
            span.end();
        }
        exchange.http().fail(failure);
    }

    /**
     * The entity tag of a complete answer to a reader, which caches on the way may share, unless a change to what it
     * read arrived while it was computed; null for any other.
     */
    static String entityTag(Exchange exchange, Answer answer, ResponseMediaType type) {
        if (answer instanceof Answer.NotModified notModified) {
            return EntityTags.of(notModified.answer().digest(), type);
        }
        // readers all see the same published content, so a complete answer to a reader's query can be shared
        return answer instanceof Answer.Complete complete && exchange.requester().isReader() && !exchange.isOutdated()
                ? EntityTags.of(complete.digest(), type)
                : null;
    }

    /** @param tag the entity tag of a shared answer, or null for an answer no one may keep */
    private void putCachingHeaders(Exchange exchange, String tag) {
        HttpServerResponse response = exchange.http().response();
        // added to what other handlers (CORS, security) may have said it varies with
        response.headers().add(HttpHeaders.VARY, VARY);
        if (!exchange.requester().isReader()) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
        } else if (tag != null) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, shared).putHeader(SURROGATE_CONTROL, surrogateControl)
                    .putHeader(HttpHeaders.ETAG, tag);
            Reads reads = exchange.reads();
            edgeKeys.headers(reads == Reads.IGNORED ? null : reads.subjects()).forEach(response::putHeader);
        } else {
            response.putHeader(HttpHeaders.CACHE_CONTROL, NOT_STORED);
        }
    }

    private static int status(Answer answer, ResponseMediaType type) {
        if (answer instanceof Answer.Failed) {
            return type.failedStatus();
        }
        return answer instanceof Answer.Refused refused ? refused.status() : 200;
    }
}
