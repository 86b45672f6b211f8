package io.newsgraph.core.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import io.newsgraph.core.json.NettyBuffers;
import io.vertx.core.buffer.Buffer;

/** The SHA-256 digests the endpoint speaks in: persisted queries' hashes and answers' entity tags. */
final class Sha256 {

    private static final Base64.Encoder BASE64_URL = Base64.getUrlEncoder().withoutPadding();

    private Sha256() {
    }

    /** The hash of Apollo's persisted queries: the digest of the text's UTF-8 bytes, in lower-case hexadecimal. */
    static String hex(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The digest of the bytes, in unpadded URL-safe base64: 43 characters that an entity tag may hold as they are. */
    static String base64Url(Buffer bytes) {
        MessageDigest digest = digest();
        digest.update(NettyBuffers.asNetty(bytes).nioBuffer());
        return BASE64_URL.encodeToString(digest.digest());
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
