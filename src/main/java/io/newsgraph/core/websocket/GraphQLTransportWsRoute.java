package io.newsgraph.core.websocket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.graphql.GraphQLResponses;
import io.newsgraph.core.graphql.GraphQLRoutes;
import io.newsgraph.core.graphql.SubscriptionExecution;
import io.newsgraph.core.http.ClientAddresses;
import io.newsgraph.core.security.Requester;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Takes the WebSocket upgrades of the GraphQL endpoint, after the upgrade's credentials were checked
 * ({@link GraphQLRoutes#webSocketUpgrades}), and serves each socket with a {@link GraphQLTransportWsConnection}, in
 * place of SmallRye GraphQL's handler, which never sees them. A client address holding as many sockets as it may is
 * refused the upgrade with 429; a socket that does not speak graphql-transport-ws is closed with 4406.
 */
@ApplicationScoped
class GraphQLTransportWsRoute {

    private static final Logger LOG = Logger.getLogger(GraphQLTransportWsRoute.class);
    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

    private final Vertx vertx;
    private final WebSocketConfig config;
    private final ClientAddresses clientAddresses;
    private final ClientSockets clientSockets;
    private final SubscriptionExecution execution;
    private final InitPayloadAuthentication authentication;
    private final GraphQLResponses responses;
    private final String initPayloadAuthorization;

    GraphQLTransportWsRoute(Vertx vertx, WebSocketConfig config, ClientAddresses clientAddresses,
            ClientSockets clientSockets,
            SubscriptionExecution execution, InitPayloadAuthentication authentication, GraphQLResponses responses,
            @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name", defaultValue = "Authorization") String initPayloadAuthorization) {
        this.vertx = vertx;
        this.config = config;
        this.clientAddresses = clientAddresses;
        this.clientSockets = clientSockets;
        this.execution = execution;
        this.authentication = authentication;
        this.responses = responses;
        this.initPayloadAuthorization = initPayloadAuthorization;
    }

    void install(@Observes Router router) {
        GraphQLRoutes.webSocketUpgrades(router).handler(this::upgrade);
    }

    private void upgrade(RoutingContext context) {
        if (!context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            context.next();
            return;
        }
        String client = clientAddresses.of(context.request());
        if (!clientSockets.open(client)) {
            responses.refuse(context, 429, ErrorCode.RATE_LIMITED, "This client holds " + config.maxSocketsPerClient()
                    + " WebSockets open already: close one, or subscribe over one you hold.");
            return;
        }
        GraphQLTransportWsConnection.Requester requester = new GraphQLTransportWsConnection.Requester(
                context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : ANONYMOUS,
                !Requester.isAnonymous(context));
        context.request().toWebSocket().onComplete(upgraded -> {
            if (upgraded.failed()) {
                clientSockets.close(client);
                LOG.debugf("WebSocket upgrade failed: %s", upgraded.cause().getMessage());
                return;
            }
            serve(upgraded.result(), client, requester);
        });
    }

    private void serve(ServerWebSocket socket, String client, GraphQLTransportWsConnection.Requester requester) {
        GraphQLTransportWsConnection connection = new GraphQLTransportWsConnection(socket, vertx, config, execution,
                authentication, initPayloadAuthorization, requester);
        socket.closeHandler(closed -> {
            clientSockets.close(client);
            connection.closed();
        });
        if (!GraphQLTransportWsConnection.PROTOCOL.equals(socket.subProtocol())) {
            socket.close((short) 4406, "Subprotocol not acceptable");
            return;
        }
        connection.start();
    }
}
