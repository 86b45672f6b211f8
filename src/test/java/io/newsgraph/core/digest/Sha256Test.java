package io.newsgraph.core.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Sha256Test {

    // SHA-256 of "abc", from FIPS 180-2
    private static final String ABC_HEX = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void aTextsDigestIsOfItsUtf8BytesInLowerCaseHexadecimal() {
        assertEquals(ABC_HEX, Sha256.hex("abc"));
    }

    @Test
    void bytesAreDigestedInUrlSafeBase64WithoutPadding() {
        assertEquals("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0",
                Sha256.base64Url(ByteBuffer.wrap("abc".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void digestingABufferLeavesItsPositionWhereItWas() {
        ByteBuffer bytes = ByteBuffer.wrap("xabc".getBytes(StandardCharsets.UTF_8));
        bytes.position(1);
        assertEquals(Sha256.base64Url(ByteBuffer.wrap("abc".getBytes(StandardCharsets.UTF_8))), Sha256.base64Url(bytes));
        assertEquals(1, bytes.position());
    }
}
