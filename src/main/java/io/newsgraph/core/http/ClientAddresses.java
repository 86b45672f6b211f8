package io.newsgraph.core.http;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The one place that says which address a request comes from, for whatever counts clients (the rate limit on comments,
 * limits per client on WebSocket): the TCP peer, or behind the trusted proxies of {@link ProxiesConfig} the hop their
 * header names ({@link ProxyChain}). Quarkus's own forwarding ({@code quarkus.http.proxy.proxy-address-forwarding})
 * believes the left-most hop, which the client writes: the service refuses to start with it on, so that nothing in the
 * process sees that address as the client's. Invalid proxies stop the start too.
 */
@ApplicationScoped
public class ClientAddresses {

    private final CurrentVertxRequest currentRequest;
    private final ProxyChain chain;
    private final boolean quarkusForwarding;

    ClientAddresses(CurrentVertxRequest currentRequest, ProxiesConfig config,
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean quarkusForwarding) {
        this.currentRequest = currentRequest;
        this.chain = new ProxyChain(TrustedProxies.of(config.trusted().orElse(List.of())), config.header());
        this.quarkusForwarding = quarkusForwarding;
    }

    void check(@Observes StartupEvent startup) {
        if (quarkusForwarding) {
            throw new IllegalStateException("quarkus.http.proxy.proxy-address-forwarding is on: Quarkus would take the"
                    + " client's address from the left-most X-Forwarded-For entry, which the client writes. Turn it off"
                    + " and list your reverse proxies in NEWSGRAPH_PROXIES_TRUSTED instead: the service walks the"
                    + " forwarding header from the right, past them.");
        }
    }

    /** The address of the client that sent the current HTTP request. */
    public String current() {
        RoutingContext context = currentRequest.getCurrent();
        return context == null ? ProxyChain.UNKNOWN : of(context.request());
    }

    /** The address of the client that sent the request. */
    public String of(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        SocketAddress peer = connection == null ? null : connection.remoteAddress();
        return chain.client(peer == null ? null : peer.hostAddress(),
                request.headers().getAll(chain.header().headerName()));
    }
}
