package io.newsgraph.core.pagination;

import io.newsgraph.core.sql.Condition;
import io.newsgraph.core.sql.EntityTables;
import io.newsgraph.core.sql.Relation;
import io.newsgraph.core.sql.Sql;

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

    /**
     * The tables the list's rows are read from, the entity's own aliased {@code alias}.
     *
     * @param parentKey the parent the rows are read under; null for the whole list
     */
    public Sql from(EntityTables tables, Sql alias, Sql parentKey) {
        return parentKey == null ? Sql.of("%s %s", tables.table(entity), alias) : parent.from(tables, entity, alias);
    }

    /** What every row of the list meets, and, under a parent ({@code parentKey} not null), that it belongs to it. */
    public Sql where(EntityTables tables, Sql alias, Sql parentKey) {
        Sql rows = where.render(tables, entity, alias);
        return parentKey == null ? rows
                : Sql.of("%s and %s", rows, parent.belongsTo(tables, entity, alias, parentKey));
    }
}
