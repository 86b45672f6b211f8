package io.newsgraph.core.planning.writers;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;

import io.newsgraph.core.json.RawJsonReader;
import io.newsgraph.core.pagination.CursorValueType;
import io.newsgraph.core.pagination.KeysetOrder;

/** A row's cursor in an ordering, from a slot {@code [sort value, id]}; null when the slot is (an empty page). */
public record CursorWriter(KeysetOrder<?> order) implements ValueWriter {

    @Override
    public void write(RawJsonReader in, JsonGenerator out, PlanBindings bindings) throws IOException {
        if (in.nextToken() == JsonToken.VALUE_NULL) {
            out.writeNull();
            return;
        }
        ObjectWriter.expect(in.currentToken(), JsonToken.START_ARRAY);
        in.nextToken();
        Object sortValue = order.valueType() == CursorValueType.INSTANT ? ScalarWriters.instant(in) : in.getText();
        in.nextToken();
        long id = in.getLongValue();
        ObjectWriter.expect(in.nextToken(), JsonToken.END_ARRAY);
        out.writeString(order.cursorOf(sortValue, id));
    }
}
