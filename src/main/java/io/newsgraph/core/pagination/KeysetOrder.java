package io.newsgraph.core.pagination;

import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * An ordering that pages by keyset: rows sorted by one column, then by id to break ties, both in the
 * same direction, so that "the rows after this one" is a single indexable row comparison.
 *
 * @param name the name written into cursors, so that a cursor of one ordering is refused by another
 * @param column the sort column of the entity's table, aliased {@code e} in listings
 */
public record KeysetOrder<E>(String name, String column, SortDirection direction, CursorValueType valueType,
        Function<E, Object> sortValue, ToLongFunction<E> id) {

    public String cursorOf(E entity) {
        return new Cursor(name, String.valueOf(sortValue.apply(entity)), id.applyAsLong(entity)).encode();
    }

    /** The position a client's cursor designates, checked against this ordering. */
    Keyset keysetOf(String cursor) {
        Cursor decoded = Cursor.decode(cursor);
        Object value = decoded.order().equals(name) ? valueType.parse(decoded.value()) : null;
        if (value == null) {
            throw Cursor.invalid(cursor);
        }
        return new Keyset(value, decoded.id());
    }

    String orderBy(SortDirection effectiveDirection) {
        return "e." + column + " " + effectiveDirection.sql() + ", e.id " + effectiveDirection.sql();
    }

    String after(SortDirection effectiveDirection) {
        return "(e." + column + ", e.id) " + effectiveDirection.afterOperator() + " (:keysetValue, :keysetId)";
    }

    record Keyset(Object value, long id) {
    }
}
