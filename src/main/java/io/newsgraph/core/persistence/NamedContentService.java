package io.newsgraph.core.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.newsgraph.core.fetching.ListingQueries;
import io.newsgraph.core.pagination.CursorValueType;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.SortDirection;
import io.newsgraph.core.pagination.TotalCount;
import io.newsgraph.core.sql.Condition;

/**
 * What readers can see of one kind of named content: any row, by key, by slug or in pages by name. A
 * feature's service extends it and is the transactional bean.
 *
 * <p>
 * Reads use {@code @Transactional(SUPPORTS)}: they join a caller's transaction and otherwise run without
 * one, on the request's session, so that the statements of one GraphQL request are not each wrapped in a
 * transaction of their own (a BEGIN and a COMMIT per batch).
 */
public abstract class NamedContentService<E extends NamedContentEntity> {

    private final ListingQueries listingQueries;
    private final Listing<E> all;
    private final KeysetOrder<E> byName;

    /** For the proxies CDI puts in front of the transactional subclasses; they delegate every call. */
    protected NamedContentService() {
        this.listingQueries = null;
        this.all = null;
        this.byName = null;
    }

    /** @param cursorName the name cursors of the list by name carry, so that other lists refuse them */
    protected NamedContentService(Class<E> type, String cursorName, ListingQueries listingQueries) {
        this.listingQueries = listingQueries;
        this.all = listing(type);
        this.byName = byName(cursorName);
    }

    /** Every row of named content is visible to readers. */
    public static <E extends NamedContentEntity> Listing<E> listing(Class<E> type) {
        return Listing.of(type, Condition.always());
    }

    /** The order named content is listed in: by name, then by key. */
    public static <E extends NamedContentEntity> KeysetOrder<E> byName(String cursorName) {
        return new KeysetOrder<>(cursorName + ".NAME", "name", SortDirection.ASC, CursorValueType.TEXT,
                entity -> entity.name, entity -> entity.id);
    }

    public Optional<E> find(long key) {
        return Optional.ofNullable(findAll(List.of(key)).get(key));
    }

    public Optional<E> findBySlug(String slug) {
        return listingQueries.first(all.narrowedBy(Condition.equal("slug", slug)));
    }

    public Map<Long, E> findAll(Collection<Long> keys) {
        return listingQueries.byKeys(all, keys, row -> row.id);
    }

    /** A page of all the rows, by name. */
    public Slice<E> page(PageRequest request) {
        return listingQueries.page(all, byName, request);
    }

    public KeysetOrder<E> byName() {
        return byName;
    }

    /** The size of the whole list {@link #page} pages through. */
    public TotalCount totalCount() {
        return new TotalCount.OfListing(all);
    }

    public List<Integer> totalCounts(List<TotalCount> counts) {
        return listingQueries.totalCounts(counts);
    }
}
