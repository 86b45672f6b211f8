package io.newsgraph.core.planning.writers;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import io.newsgraph.core.json.RawJsonReader;

/**
 * A top-level list's {@code totalCount}: the count the statement gave, which is the count cache's when it had one, and
 * otherwise what the statement counted, handed to the cache to keep.
 *
 * @param count the number of the plan's count whose look-up the bindings hold
 */
public record CountWriter(int count) implements ValueWriter {

    @Override
    public void write(RawJsonReader in, JsonGenerator out, PlanBindings bindings) throws IOException {
        in.nextToken();
        long value = in.getLongValue();
        out.writeNumber(value);
        bindings.count(count).counted(value);
    }
}
