package io.newsgraph.core.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.newsgraph.core.digest.Sha256;

/**
 * What identifies an answer: the SHA-256 of the document's text, the operation's name and the variables written as
 * canonical JSON (the members of every object in the order of their names), so that two requests that differ only in
 * the order of their variables share an answer. 32 bytes, whatever the size of the document.
 */
public record CacheKey(long first, long second, long third, long fourth) {

    private static final ObjectWriter CANONICAL_JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .writer();

    public static CacheKey of(String query, String operationName, Map<String, Object> variables) {
        MessageDigest digest = Sha256.newDigest();
        // each part with its length first, so that no two requests run together into the same bytes
        update(digest, query);
        update(digest, operationName == null ? "" : operationName);
        digest.update((byte) (operationName == null ? 0 : 1));
        try {
            CANONICAL_JSON.writeValue(new DigestStream(digest), variables);
        } catch (IOException e) {
            // the variables came from JSON, so they can be written as JSON again
            throw new UncheckedIOException(e);
        }
        ByteBuffer hash = ByteBuffer.wrap(digest.digest());
        return new CacheKey(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    /** Feeds what Jackson writes to the digest, without a buffer in between. */
    private static final class DigestStream extends OutputStream {

        private final MessageDigest digest;

        DigestStream(MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            digest.update(bytes, offset, length);
        }
    }
}
