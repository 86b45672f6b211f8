package io.newsgraph.core.planning.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.Listing;

/** How the planner answers one field of the Query type. */
public sealed interface QueryField {

    /** One row of a type by its global id or its slug ({@code thing(id: …)} or {@code thing(slug: …)}), if visible. */
    record Lookup(Class<?> entity, String slugAttribute) implements QueryField {
    }

    /**
     * A page of a top-level list as a Relay connection, paged both ways, narrowed by the fields of a filter
     * argument; the arguments (with their defaults) choose the order.
     */
    record TopConnection<C>(Listing<C> listing, String filterArgument, List<FilterField> filterFields,
            Function<Map<String, Object>, KeysetOrder<C>> order) implements QueryField {
    }
}
