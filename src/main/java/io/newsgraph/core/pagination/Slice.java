package io.newsgraph.core.pagination;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** One page of rows, in the order of the listing, and whether rows exist beyond each end. */
public record Slice<E>(List<E> items, boolean hasNext, boolean hasPrevious) {

    /**
     * Cuts the rows fetched for a request (one more than asked, to learn whether there are more) into
     * the page, putting backward pages back into the listing's order.
     */
    public static <E> Slice<E> of(List<E> fetched, PageRequest request) {
        boolean more = fetched.size() > request.size();
        List<E> items = new ArrayList<>(more ? fetched.subList(0, request.size()) : fetched);
        if (request.backward()) {
            Collections.reverse(items);
            return new Slice<>(items, request.hasCursor(), more);
        }
        return new Slice<>(items, more, request.hasCursor());
    }

    /** The Relay edges of this page: each row mapped to its API type, with its cursor. */
    public <N, G> List<G> edges(KeysetOrder<E> order, Function<E, N> toNode, BiFunction<String, N, G> toEdge) {
        return items.stream().map(item -> toEdge.apply(order.cursorOf(item), toNode.apply(item))).toList();
    }
}
