package io.newsgraph.core.planning;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** An object of the response, from one slot holding the array of its fields' slots; null when the slot is. */
final class ObjectWriter implements ValueWriter {

    private final List<FieldStep> fields;

    ObjectWriter(List<FieldStep> fields) {
        this.fields = List.copyOf(fields);
    }

    @Override
    public void write(JsonParser in, JsonGenerator out, PlanBindings bindings) throws IOException {
        JsonToken token = in.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            out.writeNull();
            return;
        }
        expect(token, JsonToken.START_ARRAY);
        writeFields(in, out, bindings);
        expect(in.nextToken(), JsonToken.END_ARRAY);
    }

    /** The fields, from the slots that follow {@code in}'s position. */
    void writeFields(JsonParser in, JsonGenerator out, PlanBindings bindings) throws IOException {
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
