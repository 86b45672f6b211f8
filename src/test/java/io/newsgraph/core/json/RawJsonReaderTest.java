package io.newsgraph.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * {@link RawJsonReader} reads what Jackson reads from the same text, and copies strings and numbers into a response
 * as the bytes {@link ResponseJson} would have written for their values.
 */
class RawJsonReaderTest {

    /** Every character PostgreSQL or the response escapes, and the ones neither does. */
    private static final String AWKWARD_TEXT = controlCharacters() + "\"quoted\" back\\slash /slash \u007f é ß ü"
            + " 日本語 😀 \u2028line\u2029paragraph";

    private static final JsonFactory JACKSON = new JsonFactory();

    @Test
    void aStringIsCopiedAsTheBytesTheResponseWritesForItsText() throws IOException {
        byte[] written = write(out -> out.writeString(AWKWARD_TEXT));
        RawJsonReader in = new RawJsonReader(written);
        assertEquals(JsonToken.VALUE_STRING, in.nextToken());
        assertArrayEquals(written, write(in::copyCurrentValue));
    }

    @Test
    void aStringIsDecodedToItsText() throws IOException {
        RawJsonReader in = new RawJsonReader(write(out -> out.writeString(AWKWARD_TEXT)));
        in.nextToken();
        assertEquals(AWKWARD_TEXT, in.getText());
    }

    @Test
    void postgresqlsEscapesAreReadAndCopiedAsTheyAre() throws IOException {
        // as PostgreSQL's to_json writes E'\u0001\u001f"\\\b\f\n\r\t/ é 😀' (lower-case hexadecimal)
        String postgresql = "\"\\u0001\\u001f\\\"\\\\\\b\\f\\n\\r\\t/ é 😀\"";
        String text = "\u0001\u001f\"\\\b\f\n\r\t/ é 😀";
        RawJsonReader in = new RawJsonReader(postgresql.getBytes(UTF_8));
        in.nextToken();
        assertEquals(text, in.getText());
        assertEquals(new String(write(out -> out.writeString(text)), UTF_8),
                new String(write(in::copyCurrentValue), UTF_8));
    }

    @Test
    void nestedArraysAndObjectsGiveJacksonsTokensAndTexts() throws IOException {
        String json = "[1, \"a\", [true, false, null], {\"key\" : [-2, 3.25], \"k\\\"2\":{}}, [], \"\\u00e9t\\u00E9\"]";
        assertEquals(jacksonTokens(json), tokens(json));
    }

    @Test
    void postgresqlsLineBreaksBetweenAggregatedRowsAreSkipped() throws IOException {
        assertEquals(jacksonTokens("[[1, \"a\"], \n [2, \"b\"]]"), tokens("[[1, \"a\"], \n [2, \"b\"]]"));
    }

    @Test
    void skippingAnArrayMovesOntoItsEndAndTheNextTokenFollowsIt() {
        RawJsonReader in = new RawJsonReader("[[1, [2, \"]\"], {\"a\": [3]}], 4]".getBytes(UTF_8));
        in.nextToken();
        in.nextToken();
        in.skipChildren();
        assertEquals(JsonToken.END_ARRAY, in.currentToken());
        in.nextToken();
        assertEquals(4, in.getIntValue());
        assertEquals(JsonToken.END_ARRAY, in.nextToken());
        assertNull(in.nextToken());
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "7", "-7", "9223372036854775807", "-9223372036854775808", "-0" })
    void integersAreReadAsLongs(String number) {
        RawJsonReader in = new RawJsonReader(number.getBytes(UTF_8));
        assertEquals(JsonToken.VALUE_NUMBER_INT, in.nextToken());
        assertEquals(Long.parseLong(number), in.getLongValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "1733456789.123456", "1733456789.000000", "1733456789", "0.000001", "-1.500000",
            "-0.000001", "-1733456789.999999", "12.5", "-12.1234567", "12.1234567" })
    void decimalsAreReadAsCountsOfTheirScaleRoundedDown(String number) {
        RawJsonReader in = new RawJsonReader(number.getBytes(UTF_8));
        in.nextToken();
        long expected = new BigDecimal(number).movePointRight(6)
                .setScale(0, RoundingMode.FLOOR).longValueExact();
        assertEquals(expected, in.getScaledValue(6));
    }

    @ParameterizedTest
    @ValueSource(strings = { "42", "-3", "3.25", "true", "false", "null" })
    void numbersBooleansAndNullAreCopiedAsWritten(String value) throws IOException {
        RawJsonReader in = new RawJsonReader(("[" + value + "]").getBytes(UTF_8));
        in.nextToken();
        in.nextToken();
        assertEquals("[" + value + "]", new String(write(out -> {
            out.writeStartArray();
            in.copyCurrentValue(out);
            out.writeEndArray();
        }), UTF_8));
    }

    private interface Writing {
        void writeTo(JsonGenerator out) throws IOException;
    }

    private static byte[] write(Writing writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = ResponseJson.generator(bytes)) {
            writing.writeTo(out);
        }
        return bytes.toByteArray();
    }

    /** Each token with its text, as Jackson reads them. */
    private static List<String> jacksonTokens(String json) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (JsonParser in = JACKSON.createParser(json.getBytes(UTF_8))) {
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                tokens.add(token + " " + (token.isScalarValue() || token == JsonToken.FIELD_NAME ? in.getText() : ""));
            }
        }
        return tokens;
    }

    private static List<String> tokens(String json) {
        List<String> tokens = new ArrayList<>();
        RawJsonReader in = new RawJsonReader(json.getBytes(UTF_8));
        for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
            tokens.add(token + " " + (token.isScalarValue() || token == JsonToken.FIELD_NAME ? in.getText() : ""));
        }
        return tokens;
    }

    private static String controlCharacters() {
        StringBuilder characters = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            characters.append(c);
        }
        return characters.toString();
    }
}
