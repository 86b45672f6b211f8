package io.newsgraph.testing;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.newsgraph.core.security.Roles;
import io.smallrye.jwt.build.Jwt;

/** Bearer tokens as an identity provider would issue them, signed with the run's {@link TestKeys}. */
public final class Tokens {

    static final String ISSUER = "newsgraph-test";

    private Tokens() {
    }

    public static String editor() {
        return withRoles(Roles.EDITOR);
    }

    public static String moderator() {
        return withRoles(Roles.MODERATOR);
    }

    /** A signed-in requester with these roles, or with none. */
    public static String withRoles(String... roles) {
        return sign(ISSUER, Set.of(roles), Instant.now().plus(Duration.ofHours(1)), TestKeys.privateKey());
    }

    /** A token whose groups claim is this text, not a list: {@code "groups": "editor moderator"}. */
    public static String withGroupsAsText(String groups) {
        Instant expiry = Instant.now().plus(Duration.ofHours(1));
        return Jwt.issuer(ISSUER).upn("test-text-groups").claim("groups", groups)
                .issuedAt(expiry.minus(Duration.ofHours(2))).expiresAt(expiry).sign(TestKeys.privateKey());
    }

    public static String expiredEditor() {
        return sign(ISSUER, Set.of(Roles.EDITOR), Instant.now().minus(Duration.ofHours(1)), TestKeys.privateKey());
    }

    public static String editorSignedByAStranger() {
        return sign(ISSUER, Set.of(Roles.EDITOR), Instant.now().plus(Duration.ofHours(1)), TestKeys.strangerKey());
    }

    public static String editorFromAnotherIssuer() {
        return sign("https://issuer.example.org", Set.of(Roles.EDITOR), Instant.now().plus(Duration.ofHours(1)),
                TestKeys.privateKey());
    }

    private static String sign(String issuer, Set<String> roles, Instant expiry, PrivateKey key) {
        return Jwt.issuer(issuer).upn("test-" + String.join("-", roles)).groups(roles)
                .issuedAt(expiry.minus(Duration.ofHours(2))).expiresAt(expiry).sign(key);
    }
}
