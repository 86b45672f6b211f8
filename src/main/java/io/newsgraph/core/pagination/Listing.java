package io.newsgraph.core.pagination;

import io.newsgraph.core.sql.Condition;
import io.newsgraph.core.sql.Relation;

/**
 * The rows of one kind of list: the entity listed, the condition every row meets (what readers may see),
 * and, for a list nested under a parent (an author's articles), how a row belongs to its parent.
 *
 * @param parent null for a top-level list
 */
public record Listing<E>(Class<E> entity, Condition where, Relation parent) {

    public static <E> Listing<E> of(Class<E> entity, Condition where) {
        return new Listing<>(entity, where, null);
    }

    public Listing<E> nestedBy(Relation relation) {
        return new Listing<>(entity, where, relation);
    }

    /** The same list, narrowed by a client's filter. */
    public Listing<E> narrowedBy(Condition filter) {
        return new Listing<>(entity, Condition.all(where, filter), parent);
    }
}
