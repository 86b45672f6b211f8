package io.newsgraph.core.planning.writers;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;

import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.json.RawJsonReader;

/**
 * The row a to-one relation points to, from a slot {@code [foreign key, object slot]}: the key says which row the
 * answer read even when the object is null because readers may not see that row (a reply to a comment that is not
 * approved), so that the answer is evicted when the row becomes visible.
 */
public record ToOneWriter(ReadSubject.Rows target, ObjectWriter object) implements ValueWriter {

    @Override
    public void write(RawJsonReader in, JsonGenerator out, PlanBindings bindings) throws IOException {
        ObjectWriter.expect(in.nextToken(), JsonToken.START_ARRAY);
        if (in.nextToken() == JsonToken.VALUE_NUMBER_INT) {
            bindings.reads().read(target, in.getLongValue());
        }
        object.write(in, out, bindings);
        ObjectWriter.expect(in.nextToken(), JsonToken.END_ARRAY);
    }
}
