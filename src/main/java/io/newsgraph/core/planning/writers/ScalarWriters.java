package io.newsgraph.core.planning.writers;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.newsgraph.core.node.GlobalId;

/** The writers of leaf values: they write what the resolvers' answers hold, in the same form. */
public final class ScalarWriters {

    /** A string, number or boolean exactly as PostgreSQL gave it. */
    public static final ValueWriter COPY = (in, out, bindings) -> {
        in.nextToken();
        out.copyCurrentEvent(in);
    };

    /**
     * A {@code DateTime}: the statement gives seconds since the epoch, written as SmallRye GraphQL writes an
     * {@link Instant}.
     */
    public static final ValueWriter DATE_TIME = (in, out, bindings) -> {
        if (in.nextToken() == JsonToken.VALUE_NULL) {
            out.writeNull();
        } else {
            out.writeString(DateTimeFormatter.ISO_INSTANT.format(instant(in)));
        }
    };

    private ScalarWriters() {
    }

    /** A value that needs no slot: a type name. */
    public static ValueWriter constant(String value) {
        return new ValueWriter() {
            @Override
            public void write(JsonParser in, JsonGenerator out, PlanBindings bindings) throws IOException {
                out.writeString(value);
            }

            @Override
            public int slots() {
                return 0;
            }
        };
    }

    /** The global id of a row of {@code type}, from its key. */
    public static ValueWriter globalId(String type) {
        return (in, out, bindings) -> {
            in.nextToken();
            out.writeString(GlobalId.encode(type, in.getLongValue()));
        };
    }

    /** A value computed from a text attribute, e.g. paragraphs from a body: a string or a list of strings. */
    public static ValueWriter derived(Function<Object, Object> compute) {
        return (in, out, bindings) -> {
            Object source = in.nextToken() == JsonToken.VALUE_NULL ? null : in.getText();
            writeValue(out, source == null ? null : compute.apply(source));
        };
    }

    /** The instant a number of seconds since the epoch, with its fraction, stands for. */
    static Instant instant(JsonParser in) throws IOException {
        BigDecimal seconds = in.getDecimalValue();
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        return Instant.ofEpochSecond(whole.longValueExact(), seconds.subtract(whole).movePointRight(9).longValue());
    }

    private static void writeValue(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                writeValue(out, item);
            }
            out.writeEndArray();
        } else {
            throw new IllegalArgumentException("Cannot write a derived " + value.getClass().getSimpleName());
        }
    }
}
