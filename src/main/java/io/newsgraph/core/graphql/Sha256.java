package io.newsgraph.core.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 digests the endpoint speaks in: persisted queries' hashes. */
final class Sha256 {

    private Sha256() {
    }

    /** The hash of Apollo's persisted queries: the digest of the text's UTF-8 bytes, in lower-case hexadecimal. */
    static String hex(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform has SHA-256
            throw new IllegalStateException(e);
        }
    }
}
