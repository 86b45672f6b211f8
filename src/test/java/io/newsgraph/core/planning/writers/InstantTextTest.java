package io.newsgraph.core.planning.writers;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonGenerator;

import io.newsgraph.core.json.ResponseJson;

/** {@link InstantText} writes the text {@link DateTimeFormatter#ISO_INSTANT} gives, as SmallRye writes a DateTime. */
class InstantTextTest {

    @ParameterizedTest
    @ValueSource(strings = { "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999Z", "1969-12-31T23:59:58.500Z",
            "2026-01-02T03:04:05Z", "2026-01-02T03:04:05.000100Z", "2026-01-02T03:04:05.120Z",
            "2024-02-29T23:59:59.000001Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z",
            "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59.5Z", "+294247-01-10T04:00:54.775807Z" })
    void anInstantIsWrittenAsTheFormatterWritesIt(String text) throws IOException {
        assertWrittenAsTheFormatterWrites(Instant.parse(text));
    }

    @Test
    void instantsToTheMicrosecondOverTenThousandYearsAreWrittenAsTheFormatterWritesThem() throws IOException {
        Random random = new Random(18);
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 10_000; i++) {
            long seconds = first + (long) (random.nextDouble() * (last - first));
            int micros = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1000;
                default -> random.nextInt(1_000_000);
            };
            assertWrittenAsTheFormatterWrites(Instant.ofEpochSecond(seconds, micros * 1000L));
        }
    }

    private static void assertWrittenAsTheFormatterWrites(Instant instant) throws IOException {
        long micros = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000), instant.getNano() / 1000);
        assertEquals(json(out -> out.writeString(DateTimeFormatter.ISO_INSTANT.format(instant))),
                json(out -> InstantText.write(out, micros)), instant::toString);
    }

    private interface Writing {
        void writeTo(JsonGenerator out) throws IOException;
    }

    private static String json(Writing writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = ResponseJson.generator(bytes)) {
            writing.writeTo(out);
        }
        return bytes.toString(UTF_8);
    }
}
