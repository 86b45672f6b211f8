package io.newsgraph.core.planning.writers;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;

import io.newsgraph.core.json.RawJsonReader;

/**
 * The object {@code node(id:)} found, from a slot {@code [type index, field slots...]} whose first element says
 * which of the node types it is; null when no visible row has the id. Either way the request read the row with that
 * id, as {@code idRead} records.
 */
public record NodeWriter(List<ObjectWriter> types, BoundRead idRead) implements ValueWriter {

    @Override
    public void write(RawJsonReader in, JsonGenerator out, PlanBindings bindings) throws IOException {
        idRead.record(bindings);
        if (in.nextToken() == JsonToken.VALUE_NULL) {
            out.writeNull();
            return;
        }
        ObjectWriter.expect(in.currentToken(), JsonToken.START_ARRAY);
        in.nextToken();
        types.get(in.getIntValue()).writeFields(in, out, bindings);
        ObjectWriter.expect(in.nextToken(), JsonToken.END_ARRAY);
    }
}
