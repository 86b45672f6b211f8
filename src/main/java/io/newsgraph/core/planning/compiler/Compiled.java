package io.newsgraph.core.planning.compiler;

import java.util.List;

import graphql.normalized.ExecutableNormalizedField;
import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.planning.writers.FieldStep;
import io.newsgraph.core.planning.writers.ValueWriter;
import io.newsgraph.core.sql.Sql;

/**
 * What one field compiles to: its slot (null when it needs none), its writer, and the list it reads under the row it
 * is a field of, if any.
 */
record Compiled(Sql slot, ValueWriter writer, ReadSubject.ListOf nestedList) {

    Compiled(Sql slot, ValueWriter writer) {
        this(slot, writer, null);
    }

    /** Adds the field's slot, if it has one, and its step to those of the object it is a field of. */
    void addTo(ExecutableNormalizedField field, List<Sql> slots, List<FieldStep> steps) {
        if (slot != null) {
            slots.add(slot);
        }
        steps.add(new FieldStep(field.getResultKey(), writer));
    }
}
