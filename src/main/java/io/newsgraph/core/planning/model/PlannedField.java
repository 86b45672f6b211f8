package io.newsgraph.core.planning.model;

import java.util.Map;
import java.util.function.Function;

import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.Listing;

/** How the planner reads one field of a GraphQL object type declared in the {@link ReadModel}. */
public sealed interface PlannedField {

    /** The global id of the row: its GraphQL type and its key. */
    record GlobalIdOfRow() implements PlannedField {
    }

    /** The value of one attribute of the row. */
    record Attribute(String attribute) implements PlannedField {
    }

    /** A value computed from one attribute, e.g. an article's paragraphs from its body. */
    record Derived(String attribute, Function<Object, Object> compute) implements PlannedField {
    }

    /**
     * An object made of attributes of the row itself, e.g. an article's image; null when {@code presentWhen}
     * is null.
     */
    record Embedded(String presentWhen, Map<String, String> attributesByField) implements PlannedField {
    }

    /** The row a to-one relation points to, if readers may see it. */
    record ToOne(String attribute) implements PlannedField {
    }

    /** The values of an element collection, e.g. an author's social links, in the order of one of their attributes. */
    record Elements(String attribute, Map<String, String> attributesByField, String orderBy)
            implements
                PlannedField {
    }

    /** All the rows of a short nested list, e.g. an article's tags. */
    record NestedList<C>(Listing<C> listing, KeysetOrder<C> order) implements PlannedField {
    }

    /**
     * A page of a nested list, as a Relay connection; the arguments (with their defaults) choose the order.
     */
    record NestedConnection<C>(Listing<C> listing, Function<Map<String, Object>, KeysetOrder<C>> order)
            implements
                PlannedField {
    }

    /** How many rows a nested list holds, e.g. an article's approved comments. */
    record Count(Listing<?> listing) implements PlannedField {
    }
}
