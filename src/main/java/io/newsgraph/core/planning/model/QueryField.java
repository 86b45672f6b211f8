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
     * argument; the arguments (with their defaults) choose the order, and with the requester's visibility the rows
     * listed.
     */
    record TopConnection<C>(ListedRows<C> listing, String filterArgument, List<FilterField> filterFields,
            Function<Map<String, Object>, KeysetOrder<C>> order) implements QueryField {

        /** A list whose rows are the same for every requester. */
        public TopConnection(Listing<C> listing, String filterArgument, List<FilterField> filterFields,
                Function<Map<String, Object>, KeysetOrder<C>> order) {
            this((arguments, visibility) -> listing, filterArgument, filterFields, order);
        }
    }

    /** The rows a top-level list holds for a request's arguments (with their defaults) and requester. */
    @FunctionalInterface
    interface ListedRows<C> {

        Listing<C> of(Map<String, Object> arguments, Visibility visibility);
    }
}
