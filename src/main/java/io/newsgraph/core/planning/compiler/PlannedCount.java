package io.newsgraph.core.planning.compiler;

import java.util.ArrayList;
import java.util.List;

import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.planning.writers.PlanBindings;
import io.newsgraph.core.sql.SqlParameter;

/**
 * A count of a top-level list that the plan's statement takes as a parameter when the count cache has it, and counts
 * otherwise: the SQL that counts (with the same fixed aliases in every plan, so that it identifies the list and its
 * conditions whichever document asks), its parameters, and what it reads, which changes are matched against.
 */
public record PlannedCount(String sql, List<SqlParameter> parameters, ReadSubject.ListOf list) {

    public PlannedCount {
        parameters = List.copyOf(parameters);
    }

    /** The values a request binds into the count's SQL, in order: with its text, what says which rows it counts. */
    public List<Object> values(PlanBindings bindings) {
        List<Object> values = new ArrayList<>(parameters.size());
        for (SqlParameter parameter : parameters) {
            values.add(parameter.valueFor(bindings));
        }
        return values;
    }
}
