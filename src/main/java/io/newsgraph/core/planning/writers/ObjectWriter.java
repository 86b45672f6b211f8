package io.newsgraph.core.planning.writers;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;

import io.newsgraph.core.json.RawJsonReader;

/**
 * An object of the response, from one slot holding the array of its fields' slots; null when the slot is. An object
 * that is a row has its key as the first slot, for the {@link RowReads} it records.
 */
public final class ObjectWriter implements ValueWriter {

    private final List<FieldStep> fields;
    /** Null for an object that is not a row: an edge, an image. */
    private final RowReads row;
    /** What a null object records, if anything: a lookup that found nothing. */
    private final BoundRead whenNull;

    public ObjectWriter(List<FieldStep> fields) {
        this(fields, null, null);
    }

    public ObjectWriter(List<FieldStep> fields, RowReads row) {
        this(fields, row, null);
    }

    private ObjectWriter(List<FieldStep> fields, RowReads row, BoundRead whenNull) {
        this.fields = List.copyOf(fields);
        this.row = row;
        this.whenNull = whenNull;
    }

    /** The same writer, recording {@code read} when the object is null. */
    public ObjectWriter whenNull(BoundRead read) {
        return new ObjectWriter(fields, row, read);
    }

    @Override
    public void write(RawJsonReader in, JsonGenerator out, PlanBindings bindings) throws IOException {
        JsonToken token = in.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            if (whenNull != null) {
                whenNull.record(bindings);
            }
            out.writeNull();
            return;
        }
        expect(token, JsonToken.START_ARRAY);
        writeFields(in, out, bindings);
        expect(in.nextToken(), JsonToken.END_ARRAY);
    }

    /** The fields, from the slots that follow {@code in}'s position. */
    void writeFields(RawJsonReader in, JsonGenerator out, PlanBindings bindings) throws IOException {
        if (row != null) {
            expect(in.nextToken(), JsonToken.VALUE_NUMBER_INT);
            row.record(in.getLongValue(), bindings.reads());
        }
        out.writeStartObject();
        for (FieldStep field : fields) {
            out.writeFieldName(field.key());
            field.writer().write(in, out, bindings);
        }
        out.writeEndObject();
    }

    static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("The statement's result does not match its plan: " + actual
                    + " where " + expected + " was expected");
        }
    }
}
