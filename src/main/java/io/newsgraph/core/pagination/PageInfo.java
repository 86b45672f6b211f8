package io.newsgraph.core.pagination;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page lies in its list, as the Relay cursor connection specification defines.")
public record PageInfo(
        @NonNull @Description("Whether items follow this page.") Boolean hasNextPage,
        @NonNull @Description("Whether items precede this page.") Boolean hasPreviousPage,
        @Description("The cursor of the first item of the page.") String startCursor,
        @Description("The cursor of the last item of the page.") String endCursor) {

    public static <E> PageInfo of(Slice<E> slice, KeysetOrder<E> order) {
        List<E> items = slice.items();
        return new PageInfo(slice.hasNext(), slice.hasPrevious(),
                items.isEmpty() ? null : order.cursorOf(items.get(0)),
                items.isEmpty() ? null : order.cursorOf(items.get(items.size() - 1)));
    }
}
