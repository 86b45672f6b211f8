package io.newsgraph.core.pagination;

import java.util.function.Function;
import java.util.function.ToLongFunction;

import io.newsgraph.core.sql.EntityTables;
import io.newsgraph.core.sql.Sql;

/**
 * An ordering that pages by keyset: rows sorted by one attribute, then by id to break ties, both in the
 * same direction, so that "the rows after this one" is a single indexable row comparison.
 *
 * @param name the name written into cursors, so that a cursor of one ordering is refused by another
 * @param attribute the entity attribute rows are sorted by
 */
public record KeysetOrder<E>(String name, String attribute, SortDirection direction, CursorValueType valueType,
        Function<E, Object> sortValue, ToLongFunction<E> id) {

    public String cursorOf(E entity) {
        return cursorOf(sortValue.apply(entity), id.applyAsLong(entity));
    }

    /** The cursor of the row with this sort value and id. */
    public String cursorOf(Object sortValue, long id) {
        return new Cursor(name, String.valueOf(sortValue), id).encode();
    }

    /** The position a client's cursor designates, checked against this ordering. */
    public Keyset keysetOf(String cursor) {
        Cursor decoded = Cursor.decode(cursor);
        Object value = decoded.order().equals(name) ? valueType.parse(decoded.value()) : null;
        if (value == null) {
            throw Cursor.invalid(cursor);
        }
        return new Keyset(value, decoded.id());
    }

    /** The direction rows are read in to serve the request: backward pages read the ordering in reverse. */
    public SortDirection directionFor(PageRequest request) {
        return request.backward() ? direction.reversed() : direction;
    }

    public Sql orderBy(EntityTables tables, Class<E> entity, Sql alias, SortDirection effective) {
        return Sql.of("%s.%s " + effective.sql() + ", %s.%s " + effective.sql(), alias,
                tables.column(entity, attribute), alias, tables.idColumn(entity));
    }

    /** The rows that come after the keyset in the effective direction. */
    public Sql after(EntityTables tables, Class<E> entity, Sql alias, SortDirection effective, Sql keysetValue,
            Sql keysetId) {
        return Sql.of("(%s.%s, %s.%s) " + effective.afterOperator() + " (%s, %s)", alias, tables.column(entity, attribute),
                alias, tables.idColumn(entity), keysetValue, keysetId);
    }

    /** The sort value and id a cursor points at. */
    public record Keyset(Object value, long id) {
    }
}
