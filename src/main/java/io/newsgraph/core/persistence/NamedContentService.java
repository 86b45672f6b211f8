package io.newsgraph.core.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import io.newsgraph.core.pagination.CursorValueType;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.ListingQueries;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.SortDirection;
import io.newsgraph.core.pagination.SqlFilter;
import io.newsgraph.core.pagination.TotalCount;

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

    private final Class<E> type;
    private final EntityManager entityManager;
    private final ListingQueries listingQueries;
    private final Listing all;
    private final KeysetOrder<E> byName;

    /** For the proxies CDI puts in front of the transactional subclasses; they delegate every call. */
    protected NamedContentService() {
        this.type = null;
        this.entityManager = null;
        this.listingQueries = null;
        this.all = null;
        this.byName = null;
    }

    protected NamedContentService(Class<E> type, String table, EntityManager entityManager,
            ListingQueries listingQueries) {
        this.type = type;
        this.entityManager = entityManager;
        this.listingQueries = listingQueries;
        this.all = Listing.of(table + " e", "true");
        this.byName = new KeysetOrder<>(table + ".NAME", "name", SortDirection.ASC, CursorValueType.TEXT,
                entity -> entity.name, entity -> entity.id);
    }

    public Optional<E> find(long key) {
        return Optional.ofNullable(entityManager.find(type, key));
    }

    public Optional<E> findBySlug(String slug) {
        return entityManager.createQuery("from " + type.getSimpleName() + " where slug = :slug", type)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Map<Long, E> findAll(Collection<Long> keys) {
        return listingQueries.byKeys(type, all, keys, row -> row.id);
    }

    /** A page of all the rows, by name. */
    public Slice<E> page(PageRequest request) {
        return listingQueries.page(type, all, SqlFilter.none(), byName, request);
    }

    public KeysetOrder<E> byName() {
        return byName;
    }

    /** The size of the whole list {@link #page} pages through. */
    public TotalCount totalCount() {
        return new TotalCount.OfFilter(all, SqlFilter.none());
    }
}
