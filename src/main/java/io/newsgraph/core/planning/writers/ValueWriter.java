package io.newsgraph.core.planning.writers;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import io.newsgraph.core.json.RawJsonReader;

/**
 * Writes one field's value into the response, reading what it needs from the statement's result: a JSON
 * array of slots, in the order the plan put them, which the writers consume in the same order.
 */
public interface ValueWriter {

    /**
     * Writes the value; a writer that reads a slot moves {@code in} onto it first, one that needs none (a
     * type name, a flag the request decides) leaves {@code in} where it is.
     */
    void write(RawJsonReader in, JsonGenerator out, PlanBindings bindings) throws IOException;

    /** How many slots of the enclosing array this writer reads: 0 or 1. */
    default int slots() {
        return 1;
    }
}
