package io.newsgraph.core.planning.writers;

/** One entry of an object in the response: its response key (the alias, or the field's name) and its writer. */
public record FieldStep(String key, ValueWriter writer) {
}
