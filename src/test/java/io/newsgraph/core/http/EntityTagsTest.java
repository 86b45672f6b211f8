package io.newsgraph.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.newsgraph.core.digest.Sha256;

class EntityTagsTest {

    private static final String DIGEST = Sha256.base64Url(ByteBuffer.wrap("{\"data\":{}}".getBytes(StandardCharsets.UTF_8)));
    private static final String TAG = EntityTags.of(DIGEST, ResponseMediaType.JSON);

    @Test
    void aTagIsTheQuotedDigestOfTheBytesMarkedWithTheMediaType() {
        assertEquals("\"j" + DIGEST + "\"", TAG);
        assertNotEquals(TAG, EntityTags.of(DIGEST, ResponseMediaType.GRAPHQL_RESPONSE_JSON));
        assertEquals(43, DIGEST.length());
    }

    @Test
    void ifNoneMatchNamesATagWeaklyInAListOrAsAny() {
        assertTrue(EntityTags.matches(TAG, TAG));
        assertTrue(EntityTags.matches("W/" + TAG, TAG));
        assertTrue(EntityTags.matches("\"a\", W/\"b,c\" ,  " + TAG, TAG));
        assertTrue(EntityTags.matches("*", TAG));
        assertFalse(EntityTags.matches("\"a\"", TAG));
        assertFalse(EntityTags.matches(TAG.replace("\"", ""), TAG));
        assertFalse(EntityTags.matches(null, TAG));
    }
}
