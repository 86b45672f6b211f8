package io.newsgraph.core.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The routes of the GraphQL endpoint, in the order a request meets them. First the gate, as the GraphQL over HTTP
 * specification describes it, before anything else runs: {@link ContentNegotiation}, the body (POST), the
 * {@link GraphQLRequestReader request}, the text of its document when it names a {@link PersistedQueries persisted
 * one}, and the {@link DocumentGate document}; then the trace span of the {@link OperationTracing operation}, which
 * every later handler sees. Then Quarkus's CORS and security filters (routes ordered -300 to -100),
 * {@link BearerAuthentication} for WebSocket upgrades (so that a subscriber whose credentials fail is refused before
 * the upgrade), and the {@link #webSocketUpgrades WebSocket transport}, which takes the upgrades and serves
 * subscriptions over graphql-transport-ws, so the gate lets those through untouched. Then {@link BearerAuthentication}, which
 * refuses a
 * request whose credentials fail. Then what answers, after the security filters so that each knows who asks: a
 * {@link ConditionalGet 304} for a GET whose client has the stored answer, the {@link ResponseCacheRoute response
 * cache} in front of both read paths, a handler added {@link #beforeResolvers before the resolvers}, if any, and
 * {@link ResolverExecution SmallRye's resolvers}. SmallRye's own route for queries (in Quarkus's default order, after
 * all of these) now only sees other methods, such as OPTIONS.
 */
@ApplicationScoped
public class GraphQLRoutes {

    public static final String PATH = "/graphql";

    private static final int NEGOTIATION = Integer.MIN_VALUE;
    private static final int BODY = Integer.MIN_VALUE + 1;
    private static final int REQUEST = Integer.MIN_VALUE + 2;
    private static final int PERSISTED = Integer.MIN_VALUE + 3;
    private static final int DOCUMENT = Integer.MIN_VALUE + 4;
    private static final int OPERATION = Integer.MIN_VALUE + 5;
    /** After Quarkus's authentication (-200), before SmallRye's WebSocket handler (-99), which sees no upgrade now. */
    private static final int UPGRADE_AUTHENTICATION = -101;
    private static final int WEBSOCKET_UPGRADE = -100;
    private static final int AUTHENTICATION = -80;
    // after CORS, so that a refused origin gets its 403 rather than a 304
    private static final int CONDITIONAL = -70;
    private static final int RESPONSE_CACHE = -65;
    private static final int BEFORE_RESOLVERS = -60;
    private static final int RESOLVERS = -50;

    private final ContentNegotiation negotiation;
    private final GraphQLRequestReader requestReader;
    private final PersistedQueries persistedQueries;
    private final DocumentGate documentGate;
    private final OperationTracing operationTracing;
    private final BearerAuthentication authentication;
    private final ConditionalGet conditionalGet;
    private final ResolverExecution resolverExecution;
    private final long maxBodyBytes;

    GraphQLRoutes(ContentNegotiation negotiation, GraphQLRequestReader requestReader, PersistedQueries persistedQueries,
            DocumentGate documentGate, OperationTracing operationTracing, BearerAuthentication authentication,
            ConditionalGet conditionalGet, ResolverExecution resolverExecution,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.negotiation = negotiation;
        this.requestReader = requestReader;
        this.persistedQueries = persistedQueries;
        this.documentGate = documentGate;
        this.operationTracing = operationTracing;
        this.authentication = authentication;
        this.conditionalGet = conditionalGet;
        this.resolverExecution = resolverExecution;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    /**
     * The route of a handler that answers some GraphQL requests itself, with {@link GraphQLResponses#send}, and calls
     * {@code next()} for the others, which SmallRye's resolvers then execute. It sees every POST and GET the gate let
     * through, with {@link GraphQLExchange#request}, {@link GraphQLExchange#document} and
     * {@link GraphQLExchange#operationSpan} on the routing context.
     */
    public static Route beforeResolvers(Router router) {
        return queries(router).order(BEFORE_RESOLVERS);
    }

    /**
     * The route that takes the endpoint's WebSocket upgrades, after their credentials were checked: its handler calls
     * {@code next()} for every other request.
     */
    public static Route webSocketUpgrades(Router router) {
        return router.route(HttpMethod.GET, PATH).order(WEBSOCKET_UPGRADE);
    }

    /** The route of the response cache, which answers from it or lets the request go on to the read paths. */
    static Route responseCache(Router router) {
        return queries(router).order(RESPONSE_CACHE);
    }

    void install(@Observes Router router) {
        router.route(PATH).order(NEGOTIATION).handler(exceptWebSocketUpgrades(negotiation));
        router.route(HttpMethod.POST, PATH).order(BODY).handler(BodyHandler.create().setBodyLimit(maxBodyBytes));
        router.route(HttpMethod.POST, PATH).order(REQUEST).handler(requestReader::readPost);
        router.route(HttpMethod.GET, PATH).order(REQUEST).handler(exceptWebSocketUpgrades(requestReader::readGet));
        queries(router).order(PERSISTED).handler(exceptWebSocketUpgrades(persistedQueries::resolve));
        queries(router).order(DOCUMENT).handler(exceptWebSocketUpgrades(documentGate::check));
        queries(router).order(OPERATION).handler(exceptWebSocketUpgrades(operationTracing::start));
        router.route(HttpMethod.GET, PATH).order(UPGRADE_AUTHENTICATION).handler(context -> {
            if (isWebSocketUpgrade(context)) {
                authentication.authenticate(context);
            } else {
                context.next();
            }
        });
        queries(router).order(AUTHENTICATION).handler(exceptWebSocketUpgrades(authentication::authenticate));
        queries(router).order(CONDITIONAL).handler(exceptWebSocketUpgrades(conditionalGet));
        // each request on a worker thread of its own, in no order, so that one slow request holds up no other
        queries(router).order(RESOLVERS).blockingHandler(resolverExecution, false);
    }

    private static Route queries(Router router) {
        return router.route(PATH).method(HttpMethod.POST).method(HttpMethod.GET);
    }

    private static Handler<RoutingContext> exceptWebSocketUpgrades(Handler<RoutingContext> handler) {
        return context -> {
            if (isWebSocketUpgrade(context)) {
                context.next();
            } else {
                handler.handle(context);
            }
        };
    }

    private static boolean isWebSocketUpgrade(RoutingContext context) {
        return context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true);
    }
}
