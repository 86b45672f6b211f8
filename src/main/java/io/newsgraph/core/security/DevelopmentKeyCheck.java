package io.newsgraph.core.security;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

import io.newsgraph.core.digest.Sha256;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.ResourceUtils;

/**
 * Keeps the development key pair ({@code dev/jwt/}) out of production: its private key is in the repository, so anyone
 * could sign an editor's token with it. The packaged application refuses to start when the key it verifies tokens
 * with is that key, given as PEM, JWK or JWK set, inline or from a file or the class path; a key served over HTTP comes
 * from an identity provider and is not fetched here. It warns when no key is configured, since then every token is
 * refused and no one can write. Dev mode and the tests trust keys of their own.
 */
@ApplicationScoped
class DevelopmentKeyCheck {

    /** SHA-256 of the DER encoding (SubjectPublicKeyInfo) of dev/jwt/public-key.pem. */
    static final String DEVELOPMENT_KEY_SHA256 = "da497030336057cc12e95c19ba2163b123b0ed0b6c391ce6eb1fa381da8a0de1";

    private static final Logger LOG = Logger.getLogger(DevelopmentKeyCheck.class);
    private static final Pattern PEM = Pattern
            .compile("-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");

    private final Optional<String> inlineKey;
    private final Optional<String> keyLocation;

    DevelopmentKeyCheck(@ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation) {
        this.inlineKey = inlineKey;
        this.keyLocation = keyLocation;
    }

    void check(@Observes StartupEvent startup) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        if (inlineKey.isEmpty() && keyLocation.isEmpty()) {
            LOG.warn("No key to verify bearer tokens is configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION): every token is"
                    + " refused, so no one can write. Readers are served as usual.");
            return;
        }
        String keys = inlineKey.orElseGet(() -> read(keyLocation.get()));
        if (keys != null && fingerprints(keys).contains(DEVELOPMENT_KEY_SHA256)) {
            throw new IllegalStateException("The key configured to verify bearer tokens is the development key of"
                    + " dev/jwt/, whose private key is public: the packaged application does not start with it. Set"
                    + " MP_JWT_VERIFY_PUBLICKEY_LOCATION to your identity provider's JWKS URL or public key, and"
                    + " MP_JWT_VERIFY_ISSUER to its issuer.");
        }
    }

    /** The text of a key given by location; null for one served over HTTP, which is not fetched. */
    private static String read(String location) {
        if (location.startsWith("http:") || location.startsWith("https:")) {
            return null;
        }
        try {
            return ResourceUtils.readResource(location);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The key to verify bearer tokens cannot be read from " + location, e);
        }
    }

    /** The fingerprints of the public keys in a PEM text, a JWK or a JWK set. */
    static List<String> fingerprints(String keys) {
        String text = keys.strip();
        if (text.startsWith("{")) {
            try {
                List<JsonWebKey> jwks = text.contains("\"keys\"") ? new JsonWebKeySet(text).getJsonWebKeys()
                        : List.of(JsonWebKey.Factory.newJwk(text));
                return jwks.stream().filter(PublicJsonWebKey.class::isInstance)
                        .map(jwk -> fingerprint(((PublicJsonWebKey) jwk).getPublicKey())).toList();
            } catch (JoseException e) {
                return List.of();
            }
        }
        Matcher pem = PEM.matcher(text);
        String base64 = pem.find() ? pem.group(1) : text;
        try {
            return List.of(Sha256.hex(Base64.getMimeDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII))));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static String fingerprint(PublicKey key) {
        return Sha256.hex(key.getEncoded());
    }
}
