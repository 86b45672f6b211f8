package io.newsgraph.core.planning.writers;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;

import io.newsgraph.core.json.RawJsonReader;
import io.newsgraph.core.node.GlobalId;

/** The writers of leaf values: they write what the resolvers' answers hold, in the same form. */
public final class ScalarWriters {

    private static final int MICROSECOND_DIGITS = 6;
    private static final long MICROS_PER_SECOND = 1_000_000;
    private static final long NANOS_PER_MICRO = 1_000;

    /** A string, number or boolean exactly as PostgreSQL gave it, byte for byte. */
    public static final ValueWriter COPY = (in, out, bindings) -> {
        in.nextToken();
        in.copyCurrentValue(out);
    };

    /**
     * A {@code DateTime}: the statement gives seconds since the epoch, written as SmallRye GraphQL writes an
     * {@link Instant}.
     */
    public static final ValueWriter DATE_TIME = (in, out, bindings) -> {
        if (in.nextToken() == JsonToken.VALUE_NULL) {
            out.writeNull();
        } else {
            InstantText.write(out, in.getScaledValue(MICROSECOND_DIGITS));
        }
    };

    private ScalarWriters() {
    }

    /** A value that needs no slot: a type name. */
    public static ValueWriter constant(String value) {
        return new ValueWriter() {
            @Override
            public void write(RawJsonReader in, JsonGenerator out, PlanBindings bindings) throws IOException {
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

    /**
     * The instant a number of seconds since the epoch stands for, to the microsecond: PostgreSQL keeps no finer
     * fraction.
     */
    static Instant instant(RawJsonReader in) {
        long micros = in.getScaledValue(MICROSECOND_DIGITS);
        return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND),
                Math.floorMod(micros, MICROS_PER_SECOND) * NANOS_PER_MICRO);
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
