package io.newsgraph.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.Test;

/** The development key is recognised however it is given: PEM, JWK or JWK set. */
class DevelopmentKeyCheckTest {

    private static final Path DEVELOPMENT_KEY = Path.of("dev/jwt/public-key.pem");

    @Test
    void theFingerprintIsTheOneOfTheCommittedKey() throws Exception {
        assertEquals(List.of(DevelopmentKeyCheck.DEVELOPMENT_KEY_SHA256),
                DevelopmentKeyCheck.fingerprints(Files.readString(DEVELOPMENT_KEY)));
    }

    @Test
    void theDevelopmentKeyIsFoundInAJwkAndInAJwkSet() throws Exception {
        PublicJsonWebKey development = PublicJsonWebKey.Factory.newPublicJwk(developmentKey());
        PublicJsonWebKey other = PublicJsonWebKey.Factory.newPublicJwk(otherKey());
        assertTrue(DevelopmentKeyCheck.fingerprints(development.toJson())
                .contains(DevelopmentKeyCheck.DEVELOPMENT_KEY_SHA256));
        assertTrue(DevelopmentKeyCheck.fingerprints(new JsonWebKeySet(List.<JsonWebKey> of(other, development)).toJson())
                .contains(DevelopmentKeyCheck.DEVELOPMENT_KEY_SHA256));
    }

    @Test
    void anotherKeyPasses() throws Exception {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(otherKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        assertFalse(DevelopmentKeyCheck.fingerprints(pem).contains(DevelopmentKeyCheck.DEVELOPMENT_KEY_SHA256));
        assertEquals(1, DevelopmentKeyCheck.fingerprints(pem).size());
    }

    private static PublicKey developmentKey() throws Exception {
        String base64 = Files.readString(DEVELOPMENT_KEY).replaceAll("-----[A-Z ]+-----|\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static PublicKey otherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPublic();
    }
}
