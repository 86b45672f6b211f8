package io.newsgraph.core.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.vertx.core.buffer.Buffer;

class EntityTagsTest {

    private static final String DIGEST = Sha256.base64Url(Buffer.buffer("{\"data\":{}}"));
    private static final String TAG = EntityTags.of(DIGEST, ResponseMediaType.JSON);

    @Test
    void aTagIsTheQuotedDigestOfTheBytesMarkedWithTheMediaType() {
        assertEquals("\"j" + DIGEST + "\"", TAG);
        assertNotEquals(TAG, EntityTags.of(DIGEST, ResponseMediaType.GRAPHQL_RESPONSE_JSON));
        assertEquals(43, DIGEST.length());
    }

    @Test
    void theDigestIsSha256InUrlSafeBase64() {
        // SHA-256 of "abc", from FIPS 180-2
        assertEquals("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0", Sha256.base64Url(Buffer.buffer("abc")));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
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
