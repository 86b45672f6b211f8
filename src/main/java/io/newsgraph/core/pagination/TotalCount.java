package io.newsgraph.core.pagination;

/**
 * What a connection's {@code totalCount} counts. Connections carry it unevaluated, so that the count
 * costs a statement only when a client selects it, and one statement for all the connections of a list.
 */
public sealed interface TotalCount {

    /** The rows of a top-level list, as a client's filter narrowed it. */
    record OfListing(Listing<?> listing) implements TotalCount {
    }

    /** The rows of a nested list under one parent. */
    record OfParent(Listing<?> listing, long parentKey) implements TotalCount {
    }
}
