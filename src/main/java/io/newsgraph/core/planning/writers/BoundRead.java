package io.newsgraph.core.planning.writers;

/**
 * What a request read that its arguments say rather than its rows: the row it looked up by id, whose absence is an
 * answer too, since the row may become visible.
 */
@FunctionalInterface
public interface BoundRead {

    void record(PlanBindings bindings);
}
