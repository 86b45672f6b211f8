package io.newsgraph.core.websocket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.execution.SubscriptionExecution;
import io.newsgraph.core.http.AnswerWriter;
import io.newsgraph.core.http.ClientAddresses;
import io.newsgraph.core.http.GraphQLEndpoint;
import io.newsgraph.core.pipeline.Answer;
import io.newsgraph.core.pipeline.Requester;
import io.newsgraph.core.security.Authenticate;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Takes the WebSocket upgrades of the GraphQL endpoint ({@link GraphQLEndpoint#webSocketUpgrades}), once their
 * credentials are checked as a request's are ({@link Authenticate#check}: a token that fails is refused with 401), and
 * serves each socket with a {@link GraphQLTransportWsConnection}, in
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
    private final Authenticate upgradeAuthentication;
    private final InitPayloadAuthentication authentication;
    private final AnswerWriter writer;
    private final String initPayloadAuthorization;

    GraphQLTransportWsRoute(Vertx vertx, WebSocketConfig config, ClientAddresses clientAddresses,
            ClientSockets clientSockets,
            SubscriptionExecution execution, Authenticate upgradeAuthentication,
            InitPayloadAuthentication authentication, AnswerWriter writer,
            @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name", defaultValue = "Authorization") String initPayloadAuthorization) {
        this.vertx = vertx;
        this.config = config;
        this.clientAddresses = clientAddresses;
        this.clientSockets = clientSockets;
        this.execution = execution;
        this.upgradeAuthentication = upgradeAuthentication;
        this.authentication = authentication;
        this.writer = writer;
        this.initPayloadAuthorization = initPayloadAuthorization;
    }

    void install(@Observes Router router) {
        GraphQLEndpoint.webSocketUpgrades(router).handler(this::upgrade);
    }

    private void upgrade(RoutingContext context) {
        if (!context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            context.next();
            return;
        }
        upgradeAuthentication.check(context).subscribe().with(check -> {
            if (check instanceof Authenticate.Rejected rejected) {
                writer.refuse(context, rejected.refusal());
            } else {
                upgrade(context, ((Authenticate.Accepted) check).requester());
            }
        });
    }

    private void upgrade(RoutingContext context, Requester requester) {
        String client = clientAddresses.of(context.request());
        if (!clientSockets.open(client)) {
            writer.refuse(context, Answer.Refused.of(429, ApiErrors.of(ErrorCode.RATE_LIMITED, "This client holds "
                    + config.maxSocketsPerClient() + " WebSockets open already: close one, or subscribe over one you"
                    + " hold.")));
            return;
        }
        GraphQLTransportWsConnection.Requester subscriber = new GraphQLTransportWsConnection.Requester(
                requester instanceof Requester.Authenticated authenticated ? authenticated.identity() : ANONYMOUS,
                !requester.isReader());
        context.request().toWebSocket().onComplete(upgraded -> {
            if (upgraded.failed()) {
                clientSockets.close(client);
                LOG.debugf("WebSocket upgrade failed: %s", upgraded.cause().getMessage());
                return;
            }
            serve(upgraded.result(), client, subscriber);
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
