package io.newsgraph.core.digest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The service's one SHA-256: persisted queries' hashes, answers' entity tags, the response cache's keys, the
 * fingerprints of idempotent writes and of public keys, and the keys of names.
 */
public final class Sha256 {

    private static final Base64.Encoder BASE64_URL = Base64.getUrlEncoder().withoutPadding();

    private Sha256() {
    }

    /**
     * The digest of the text's UTF-8 bytes, in lower-case hexadecimal (Apollo's persisted queries' hashes, the keys of names).
     */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of the bytes, in lower-case hexadecimal (the fingerprints of keys). */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    /**
     * The digest of the bytes from the buffer's position to its limit, which it leaves where they are, in unpadded
     * URL-safe base64: 43 characters that an entity tag may hold as they are.
     */
    public static String base64Url(ByteBuffer bytes) {
        MessageDigest digest = newDigest();
        digest.update(bytes.duplicate());
        return BASE64_URL.encodeToString(digest.digest());
    }

    /** A digest to feed bytes into, for what is digested as it is written. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform has SHA-256
            throw new IllegalStateException(e);
        }
    }
}
