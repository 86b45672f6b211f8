package io.newsgraph.core.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Takes a bearer token's roles only from a {@code groups} claim written as MicroProfile JWT defines it, a JSON array of
 * strings, each an exact role name ({@link Roles}). smallrye-jwt also accepts a string there, split on spaces
 * ({@code smallrye.jwt.groups-separator}), so {@code "groups": "editor"} or {@code "reader editor"} would grant the
 * role. Such a token is refused as UNAUTHENTICATED, like any other malformed token, rather than read as one without
 * roles: the issuer that wrote it is misconfigured, and its users are told so at once instead of being refused
 * everything they try as if they had no role. The claim is read from the token as it was signed, since smallrye-jwt
 * replaces a string with the list it split it into.
 */
@ApplicationScoped
class GroupsClaimCheck implements SecurityIdentityAugmentor {

    private static final String REFUSAL = "The bearer token's groups claim is not a JSON array of role names: its issuer must"
            + " write it as [\"editor\"], not as text.";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        try {
            if (identity.getPrincipal() instanceof JsonWebToken token && !isListOfStrings(signedGroups(token))) {
                throw new AuthenticationFailedException(REFUSAL, Map.of(SecurityRefusals.CLIENT_MESSAGE, REFUSAL));
            }
            return Uni.createFrom().item(identity);
        } catch (AuthenticationFailedException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** The groups claim in the payload of the token as signed (a JWS in compact form); null when it has none. */
    private static Object signedGroups(JsonWebToken token) {
        String[] parts = token.getRawToken().split("\\.", -1);
        if (parts.length != 3) {
            throw new AuthenticationFailedException("Only signed tokens in compact form (JWS) are accepted.");
        }
        try {
            Map<String, Object> claims = JsonUtil
                    .parseJson(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return claims.get(Claims.groups.name());
        } catch (JoseException | IllegalArgumentException e) {
            throw new AuthenticationFailedException(e);
        }
    }

    private static boolean isListOfStrings(Object groups) {
        return groups == null || groups instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
    }
}
