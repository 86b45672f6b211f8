package io.newsgraph.core.planning.writers;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes an instant as SmallRye GraphQL writes a {@code DateTime}, {@link DateTimeFormatter#ISO_INSTANT}'s text
 * ({@code 2026-01-02T03:04:05.123456Z}: the fraction in groups of three digits, none when it is zero), straight as
 * ASCII bytes: the formatter cost about a microsecond a value, as much as reading a front page's other slots.
 * Years outside 0000–9999, which the formatter writes with a sign, are left to it.
 */
final class InstantText {

    private static final long MICROS_PER_SECOND = 1_000_000;
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int LAST_FOUR_DIGIT_YEAR = 9999;
    /** {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ} */
    private static final int LONGEST = 27;

    private InstantText() {
    }

    static void write(JsonGenerator out, long epochMicros) throws IOException {
        long seconds = Math.floorDiv(epochMicros, MICROS_PER_SECOND);
        int micros = (int) Math.floorMod(epochMicros, MICROS_PER_SECOND);
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        if (date.getYear() < 0 || date.getYear() > LAST_FOUR_DIGIT_YEAR) {
            out.writeString(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(seconds, micros * 1_000L)));
            return;
        }
        int secondOfDay = Math.floorMod(seconds, SECONDS_PER_DAY);
        byte[] text = new byte[LONGEST];
        int end = digits(text, 0, date.getYear(), 4);
        text[end++] = '-';
        end = digits(text, end, date.getMonthValue(), 2);
        text[end++] = '-';
        end = digits(text, end, date.getDayOfMonth(), 2);
        text[end++] = 'T';
        end = digits(text, end, secondOfDay / 3600, 2);
        text[end++] = ':';
        end = digits(text, end, secondOfDay / 60 % 60, 2);
        text[end++] = ':';
        end = digits(text, end, secondOfDay % 60, 2);
        if (micros != 0) {
            text[end++] = '.';
            end = micros % 1000 == 0 ? digits(text, end, micros / 1000, 3) : digits(text, end, micros, 6);
        }
        text[end++] = 'Z';
        out.writeRawUTF8String(text, 0, end);
    }

    /** {@code value}'s last {@code count} decimal digits, zero-padded, at {@code at}; where they end. */
    private static int digits(byte[] text, int at, int value, int count) {
        int rest = value;
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return at + count;
    }
}
