package io.newsgraph.core.planning.writers;

import io.newsgraph.core.cache.CountLookup;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.PageRequest;

/**
 * The values one request binds into a plan: for each field with arguments, what its arguments decode to,
 * in the order the plan numbered those fields; what the count cache gives for each count the plan may take from it;
 * and where the plan's writers record what the request read.
 */
public final class PlanBindings {

    private final Object[] values;
    private final CountLookup[] counts;
    private final Reads reads;

    public PlanBindings(int size, int counts, Reads reads) {
        this.values = new Object[size];
        this.counts = new CountLookup[counts];
        this.reads = reads;
    }

    public Reads reads() {
        return reads;
    }

    public void set(int index, Object value) {
        values[index] = value;
    }

    public Object value(int index) {
        return values[index];
    }

    public void setCount(int index, CountLookup count) {
        counts[index] = count;
    }

    public CountLookup count(int index) {
        return counts[index];
    }

    public PageArguments page(int index) {
        return (PageArguments) values[index];
    }

    /** What the arguments of a connection field decode to. */
    public record PageArguments(PageRequest request, KeysetOrder.Keyset keyset, Object[] filterValues) {
    }

    /** What the id of {@code node(id:)} decodes to: the index of its type among the node types, and its key. */
    public record NodeArgument(String type, long key) {
    }
}
