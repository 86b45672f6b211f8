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
 * {@link GraphQLRequestReader request} and the {@link DocumentGate document}. Then Quarkus's CORS and security filters
 * (routes ordered -300 to -100) and SmallRye's WebSocket handler (-99), which takes WebSocket upgrades, so the gate lets
 * those through untouched. Then {@link BearerAuthentication}, which refuses a request whose credentials fail. Then the
 * {@link ResponseCacheRoute response cache}, after the security filters so that it knows who asks, and in front of both
 * read paths. Then what answers: a handler added {@link #beforeResolvers before the resolvers}, if any, and
 * {@link ResolverExecution SmallRye's resolvers}. SmallRye's own route for queries (in Quarkus's default order,
 * after all of these) now only sees other methods, such as OPTIONS.
 */
@ApplicationScoped
public class GraphQLRoutes {

    public static final String PATH = "/graphql";

    private static final int NEGOTIATION = Integer.MIN_VALUE;
    private static final int BODY = Integer.MIN_VALUE + 1;
    private static final int REQUEST = Integer.MIN_VALUE + 2;
    private static final int DOCUMENT = Integer.MIN_VALUE + 3;
    private static final int AUTHENTICATION = -80;
    private static final int RESPONSE_CACHE = -70;
    private static final int BEFORE_RESOLVERS = -60;
    private static final int RESOLVERS = -50;

    private final ContentNegotiation negotiation;
    private final GraphQLRequestReader requestReader;
    private final DocumentGate documentGate;
    private final BearerAuthentication authentication;
    private final ResolverExecution resolverExecution;
    private final long maxBodyBytes;

    GraphQLRoutes(ContentNegotiation negotiation, GraphQLRequestReader requestReader, DocumentGate documentGate,
            BearerAuthentication authentication, ResolverExecution resolverExecution,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.negotiation = negotiation;
        this.requestReader = requestReader;
        this.documentGate = documentGate;
        this.authentication = authentication;
        this.resolverExecution = resolverExecution;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    /**
     * The route of a handler that answers some GraphQL requests itself, with {@link GraphQLResponses#send}, and calls
     * {@code next()} for the others, which SmallRye's resolvers then execute. It sees every POST and GET the gate let
     * through, with {@link GraphQLExchange#request} and {@link GraphQLExchange#document} on the routing context.
     */
    public static Route beforeResolvers(Router router) {
        return queries(router).order(BEFORE_RESOLVERS);
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
        queries(router).order(DOCUMENT).handler(exceptWebSocketUpgrades(documentGate::check));
        queries(router).order(AUTHENTICATION).handler(exceptWebSocketUpgrades(authentication::authenticate));
        // each request on a worker thread of its own, in no order, so that one slow request holds up no other
        queries(router).order(RESOLVERS).blockingHandler(resolverExecution, false);
    }

    private static Route queries(Router router) {
        return router.route(PATH).method(HttpMethod.POST).method(HttpMethod.GET);
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
