package io.newsgraph.core.http;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.newsgraph.core.cache.AnswerFromCache;
import io.newsgraph.core.documents.PrepareDocument;
import io.newsgraph.core.documents.ResolveDocument;
import io.newsgraph.core.execution.RunResolvers;
import io.newsgraph.core.observability.TraceOperation;
import io.newsgraph.core.pipeline.Exchange;
import io.newsgraph.core.pipeline.Pipeline;
import io.newsgraph.core.pipeline.ReadPath;
import io.newsgraph.core.planning.PlanRead;
import io.newsgraph.core.planning.PlannerConfig;
import io.newsgraph.core.security.Authenticate;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The GraphQL endpoint over HTTP: two routes around Quarkus's CORS and security filters (routes ordered -300 to -100).
 * <ol>
 * <li>The {@link Gate}, first of all, for every request whoever sends it: an acceptable media type, the method, the
 * body's size (413) and content type.</li>
 * <li>The answer, after them, so that each stage knows who asks: the {@link Pipeline}, whose stages are listed below in
 * their order, and the {@link AnswerWriter}, which writes what it answers.</li>
 * </ol>
 * WebSocket upgrades pass the gate untouched and are taken in between, by the WebSocket transport
 * ({@link #webSocketUpgrades}). SmallRye GraphQL's own route for queries (in Quarkus's default order, after these) now
 * only sees other methods, such as OPTIONS.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    /** After the first handlers of Quarkus (MIN_VALUE: the access log, the configured headers such as nosniff). */
    private static final int GATE = Integer.MIN_VALUE + 1;
    /** After Quarkus's authentication (-200), before SmallRye's WebSocket handler (-99), which sees no upgrade now. */
    private static final int WEBSOCKET_UPGRADES = -100;
    /** After the security filters and SmallRye's WebSocket handler, before SmallRye's own route for queries. */
    private static final int ANSWER = -90;

    private final Gate gate;
    private final Pipeline pipeline;
    private final AnswerWriter writer;
    private final boolean pathHeaderEnabled;
    private final long maxBodyBytes;

    GraphQLEndpoint(Gate gate, ReadRequest readRequest, ResolveDocument resolveDocument, PrepareDocument prepareDocument,
            TraceOperation traceOperation, Authenticate authenticate, ConditionalGet conditionalGet,
            AnswerFromCache answerFromCache, PlanRead planRead, RunResolvers runResolvers, AnswerWriter writer,
            PlannerConfig plannerConfig, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.gate = gate;
        this.pipeline = new Pipeline(List.of(
                readRequest, // the request, from a POST body or GET parameters
                resolveDocument, // the text a persisted query or trusted document names; only trusted ones if so set
                prepareDocument, // parsed, within the limits, validated; the operation and variables it may run
                traceOperation, // the operation's span, which the answer ends
                authenticate, // a bearer token proves who asks, or is refused
                conditionalGet, // 304 for a reader's GET whose If-None-Match names the answer
                answerFromCache, // a reader's query, answered from the response cache, or kept once computed
                planRead, // a query the read planner knows, answered with one SQL statement
                runResolvers)); // everything else: SmallRye GraphQL's resolvers
        this.writer = writer;
        this.pathHeaderEnabled = plannerConfig.pathHeaderEnabled();
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    /**
     * The route that takes the endpoint's WebSocket upgrades, after Quarkus's security filters: its handler calls
     * {@code next()} for every other request.
     */
    public static Route webSocketUpgrades(Router router) {
        return router.route(HttpMethod.GET, Pipeline.PATH).order(WEBSOCKET_UPGRADES);
    }

    void install(@Observes Router router) {
        BodyHandler body = BodyHandler.create().setBodyLimit(maxBodyBytes);
        router.route(Pipeline.PATH).order(GATE)
                .handler(exceptWebSocketUpgrades(gate::negotiate))
                .handler(postsOnly(body))
                .handler(postsOnly(gate::checkContentType));
        router.route(Pipeline.PATH).method(HttpMethod.POST).method(HttpMethod.GET).order(ANSWER).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        Exchange exchange = new Exchange(context, pathHeaderEnabled
                ? Optional.ofNullable(context.request().getHeader(ReadPath.HEADER))
                : Optional.empty());
        pipeline.answer(exchange).subscribe().with(answer -> writer.write(exchange, answer),
                failure -> writer.fail(exchange, failure));
    }

    private static Handler<RoutingContext> postsOnly(Handler<RoutingContext> handler) {
        return context -> {
            if (context.request().method() == HttpMethod.POST) {
                handler.handle(context);
            } else {
                context.next();
            }
        };
    }

    private static Handler<RoutingContext> exceptWebSocketUpgrades(Handler<RoutingContext> handler) {
        return context -> {
            if (context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
                context.next();
            } else {
                handler.handle(context);
            }
        };
    }
}
