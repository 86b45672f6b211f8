package io.newsgraph.core.websocket;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.smallrye.mutiny.Uni;

/**
 * Verifies the bearer token a client gives in {@code connection_init}, where a browser, which cannot send headers with a
 * WebSocket upgrade, gives it: {@code {"type": "connection_init", "payload": {"Authorization": "Bearer <token>"}}}. The
 * token is verified as the {@code Authorization} header's is, by the same identity providers (smallrye-jwt's).
 */
@ApplicationScoped
class InitPayloadAuthentication {

    private static final String SCHEME = "Bearer ";

    private final IdentityProviderManager identities;

    InitPayloadAuthentication(IdentityProviderManager identities) {
        this.identities = identities;
    }

    /** The identity the value proves, or a failure when it holds no valid bearer token. */
    Uni<SecurityIdentity> authenticate(String authorization) {
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || authorization.length() == SCHEME.length()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Not a bearer token"));
        }
        String token = authorization.substring(SCHEME.length()).trim();
        // smallrye-jwt's identity provider takes its own kind of credential only
        return identities.authenticate(new TokenAuthenticationRequest(new JsonWebTokenCredential(token)));
    }
}
