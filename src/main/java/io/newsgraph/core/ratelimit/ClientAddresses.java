package io.newsgraph.core.ratelimit;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The address of the client that sent the current request. Behind a reverse proxy, Quarkus takes it from the
 * {@code Forwarded} or {@code X-Forwarded-For} header ({@code quarkus.http.proxy.*}), but only from the proxies listed
 * in {@code quarkus.http.proxy.trusted-proxies}: any client can send such a header, so the service refuses to start
 * with forwarding on and no proxy listed, which Quarkus would take as trusting every sender.
 */
@ApplicationScoped
class ClientAddresses {

    private final CurrentVertxRequest currentRequest;
    private final boolean forwarding;
    private final Optional<List<String>> trustedProxies;

    ClientAddresses(CurrentVertxRequest currentRequest,
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.currentRequest = currentRequest;
        this.forwarding = forwarding;
        this.trustedProxies = trustedProxies;
    }

    void check(@Observes StartupEvent startup) {
        if (forwarding && trustedProxies.isEmpty()) {
            throw new IllegalStateException("quarkus.http.proxy.proxy-address-forwarding is on but"
                    + " quarkus.http.proxy.trusted-proxies lists no proxy: any client could pose as any address. List"
                    + " the addresses of your reverse proxies (QUARKUS_HTTP_PROXY_TRUSTED_PROXIES).");
        }
    }

    /** The client's address; one shared name for requests that have none (not over HTTP). */
    String current() {
        RoutingContext context = currentRequest.getCurrent();
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}
