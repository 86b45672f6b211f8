package io.newsgraph.core.planning.writers;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;

import io.newsgraph.core.json.RawJsonReader;

/** A list of objects, e.g. an article's tags, from one slot holding an array of their slot arrays. */
public record ListWriter(ObjectWriter items) implements ValueWriter {

    @Override
    public void write(RawJsonReader in, JsonGenerator out, PlanBindings bindings) throws IOException {
        ObjectWriter.expect(in.nextToken(), JsonToken.START_ARRAY);
        out.writeStartArray();
        while (in.nextToken() == JsonToken.START_ARRAY) {
            items.writeFields(in, out, bindings);
            ObjectWriter.expect(in.nextToken(), JsonToken.END_ARRAY);
        }
        out.writeEndArray();
    }
}
