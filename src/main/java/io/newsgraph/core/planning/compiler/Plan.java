package io.newsgraph.core.planning.compiler;

import java.util.List;

import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.planning.writers.ObjectWriter;
import io.newsgraph.core.sql.SqlParameter;

/**
 * A read operation compiled for one shape of its arguments: one SQL statement whose single value holds
 * every slot the writers read, the writer of the response's {@code data}, the binders that turn a request's
 * arguments into the statement's parameters, the operation's cost, the top-level lists it reads (what else it
 * reads, its writers record), and the counts it takes from the count cache when the cache has them, numbered as the
 * bindings hold their look-ups.
 */
public record Plan(String sql, List<SqlParameter> parameters, ObjectWriter data, List<FieldBinder> binders, CostNode cost,
        List<ReadSubject.ListOf> topLevelLists, List<PlannedCount> counts) {

    /** About what the plan holds in memory, for the cache's bound. */
    public long weight() {
        return 2L * sql.length() + 256L * (parameters.size() + binders.size()) + 1024;
    }
}
