package io.newsgraph.core.planning;

import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.PageRequest;

/**
 * The values one request binds into a plan: for each field with arguments, what its arguments decode to,
 * in the order the plan numbered those fields; and where the plan's writers record what the request read.
 */
final class PlanBindings {

    private final Object[] values;
    private final Reads reads;

    PlanBindings(int size, Reads reads) {
        this.values = new Object[size];
        this.reads = reads;
    }

    Reads reads() {
        return reads;
    }

    void set(int index, Object value) {
        values[index] = value;
    }

    Object value(int index) {
        return values[index];
    }

    PageArguments page(int index) {
        return (PageArguments) values[index];
    }

    /** What the arguments of a connection field decode to. */
    record PageArguments(PageRequest request, KeysetOrder.Keyset keyset, Object[] filterValues) {
    }

    /** What the id of {@code node(id:)} decodes to: the index of its type among the node types, and its key. */
    record NodeArgument(String type, long key) {
    }
}
