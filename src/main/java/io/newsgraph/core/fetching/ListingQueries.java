package io.newsgraph.core.fetching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.KeysetOrder.Keyset;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.SortDirection;
import io.newsgraph.core.pagination.TotalCount;
import io.newsgraph.core.sql.EntityTables;
import io.newsgraph.core.sql.Sql;
import io.newsgraph.core.sql.SqlParameter;

/**
 * Runs listings as SQL: pages by keyset, never OFFSET, and for nested lists one statement for all the
 * parents of a batch (a LATERAL join that takes the first rows of each parent from its index). Tells
 * {@link ListingReads} what each call read, for the response cache.
 */
@ApplicationScoped
public class ListingQueries {

    private static final Sql ROW = Sql.alias("e");
    private static final Sql PARENT_KEY = Sql.of("p.key");

    private final EntityManager entityManager;
    private final EntityTables tables;
    private final ListingReads reads;

    ListingQueries(EntityManager entityManager, EntityTables tables, ListingReads reads) {
        this.entityManager = entityManager;
        this.tables = tables;
        this.reads = reads;
    }

    public <E> Slice<E> page(Listing<E> listing, KeysetOrder<E> order, PageRequest request) {
        SortDirection direction = order.directionFor(request);
        Sql sql = Sql.of("select {e.*} from %s where %s order by %s limit %s", listing.from(tables, ROW, null),
                conditions(listing, null, order, direction, request), order.orderBy(tables, listing.entity(), ROW, direction),
                // one row more than asked tells whether another page follows
                Sql.value(request.size() + 1));
        Slice<E> page = Slice.of(entities(sql, listing.entity()), request);
        reads.list(listing, order, List.of(Reads.TOP_LEVEL));
        reads.rows(listing, page.items(), order.id());
        return page;
    }

    /**
     * The rows of a listing with these keys, keyed by key. One array parameter rather than an IN list, so that
     * Hibernate plans the statement once whatever the number of keys.
     */
    public <E> Map<Long, E> byKeys(Listing<E> listing, Collection<Long> keys, ToLongFunction<E> keyOf) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Sql sql = Sql.of("select {e.*} from %s where e.%s = any(%s) and %s", listing.from(tables, ROW, null),
                tables.idColumn(listing.entity()), keyArray(keys), where(listing));
        Map<Long, E> rows = new HashMap<>();
        for (E entity : entities(sql, listing.entity())) {
            rows.put(keyOf.applyAsLong(entity), entity);
        }
        reads.keys(listing, keys);
        return rows;
    }

    /** The first row of a listing that meets a condition, e.g. the article with a slug. */
    public <E> Optional<E> first(Listing<E> listing) {
        Sql sql = Sql.of("select {e.*} from %s where %s limit 1", listing.from(tables, ROW, null), where(listing));
        Optional<E> first = entities(sql, listing.entity()).stream().findFirst();
        reads.first(listing, first.map(this::keyOf));
        return first;
    }

    /** The whole of a short nested list (an article's tags) under each parent, keyed by parent, in order. */
    public <E> Map<Long, List<E>> allByParent(Listing<E> listing, Collection<Long> parentKeys, KeysetOrder<E> order) {
        if (parentKeys.isEmpty()) {
            return Map.of();
        }
        Sql sql = Sql.of("select {e.*}, p.key as parent_key from unnest(%s) as p(key)"
                + " cross join lateral (select e.* from %s where %s order by %s) e", keyArray(parentKeys),
                listing.from(tables, ROW, PARENT_KEY), conditions(listing, PARENT_KEY, order, order.direction(), null),
                order.orderBy(tables, listing.entity(), ROW, order.direction()));
        Map<Long, List<E>> rowsByParent = groupByParent(entitiesWithParentKey(sql, listing.entity()));
        reads.list(listing, order, parentKeys);
        reads.rows(listing, rowsByParent.values().stream().flatMap(List::stream).toList(), order.id());
        return rowsByParent;
    }

    /** The same page of a nested list under each parent, keyed by parent. */
    public <E> Map<Long, Slice<E>> pagesByParent(Listing<E> listing, Collection<Long> parentKeys, KeysetOrder<E> order,
            PageRequest request) {
        if (parentKeys.isEmpty()) {
            return Map.of();
        }
        SortDirection direction = order.directionFor(request);
        Sql orderBy = order.orderBy(tables, listing.entity(), ROW, direction);
        Sql sql = Sql.of("select {e.*}, p.key as parent_key from unnest(%s) as p(key)"
                + " cross join lateral (select e.* from %s where %s order by %s limit %s) e order by p.key, %s",
                keyArray(parentKeys), listing.from(tables, ROW, PARENT_KEY),
                conditions(listing, PARENT_KEY, order, direction, request), orderBy, Sql.value(request.size() + 1),
                orderBy);
        Map<Long, List<E>> rowsByParent = groupByParent(entitiesWithParentKey(sql, listing.entity()));
        Map<Long, Slice<E>> pages = new HashMap<>();
        for (Long parentKey : parentKeys) {
            pages.put(parentKey, Slice.of(rowsByParent.getOrDefault(parentKey, List.of()), request));
        }
        reads.list(listing, order, parentKeys);
        reads.rows(listing, pages.values().stream().flatMap(page -> page.items().stream()).toList(), order.id());
        return pages;
    }

    /** The totals of several connections, in their order, with one statement per kind of list. */
    public List<Integer> totalCounts(List<TotalCount> counts) {
        Map<Listing<?>, List<Long>> parentsByListing = new LinkedHashMap<>();
        for (TotalCount count : counts) {
            if (count instanceof TotalCount.OfParent ofParent) {
                parentsByListing.computeIfAbsent(ofParent.listing(), key -> new ArrayList<>()).add(ofParent.parentKey());
            }
        }
        Map<Listing<?>, Map<Long, Long>> countsByListing = new HashMap<>();
        parentsByListing.forEach((listing, parentKeys) -> countsByListing.put(listing, countByParent(listing, parentKeys)));

        return counts.stream().map(count -> {
            if (count instanceof TotalCount.OfParent ofParent) {
                return countsByListing.get(ofParent.listing()).getOrDefault(ofParent.parentKey(), 0L);
            }
            Listing<?> listing = ((TotalCount.OfListing) count).listing();
            reads.list(listing, null, List.of(Reads.TOP_LEVEL));
            return count(listing);
        }).map(Math::toIntExact).toList();
    }

    /** How many rows of each parent's nested list there are, for parents that have any. */
    public Map<Long, Long> countByParent(Listing<?> listing, Collection<Long> parentKeys) {
        if (parentKeys.isEmpty()) {
            return Map.of();
        }
        Sql sql = Sql.of("select p.key as parent_key, (select count(*) from %s where %s) as total"
                + " from unnest(%s) as p(key)", listing.from(tables, ROW, PARENT_KEY),
                conditions(listing, PARENT_KEY, null, null, null), keyArray(parentKeys));
        NativeQuery<?> query = nativeQuery(sql).addScalar("parent_key", Long.class).addScalar("total", Long.class);
        Map<Long, Long> totals = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            totals.put((Long) columns[0], (Long) columns[1]);
        }
        reads.list(listing, null, parentKeys);
        return totals;
    }

    private long keyOf(Object entity) {
        return (Long) entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
    }

    private long count(Listing<?> listing) {
        Sql sql = Sql.of("select count(*) as total from %s where %s", listing.from(tables, ROW, null), where(listing));
        return (Long) nativeQuery(sql).addScalar("total", Long.class).getSingleResult();
    }

    private Sql where(Listing<?> listing) {
        return listing.where(tables, ROW, null);
    }

    /** What every row of the list meets, its parent, and where the requested page starts. */
    private <E> Sql conditions(Listing<E> listing, Sql parentKey, KeysetOrder<E> order, SortDirection direction,
            PageRequest request) {
        Sql rows = listing.where(tables, ROW, parentKey);
        if (request == null || !request.hasCursor()) {
            return rows;
        }
        Keyset keyset = order.keysetOf(request.cursor());
        return Sql.of("%s and %s", rows,
                order.after(tables, listing.entity(), ROW, direction, Sql.value(keyset.value()), Sql.value(keyset.id())));
    }

    private static Sql keyArray(Collection<Long> keys) {
        return Sql.of("cast(%s as bigint[])", Sql.value(keys.toArray(Long[]::new)));
    }

    private <E> List<E> entities(Sql sql, Class<E> entity) {
        @SuppressWarnings("unchecked")
        List<E> rows = (List<E>) nativeQuery(sql).addEntity("e", entity).getResultList();
        return rows;
    }

    private List<?> entitiesWithParentKey(Sql sql, Class<?> entity) {
        return nativeQuery(sql).addEntity("e", entity).addScalar("parent_key", Long.class).getResultList();
    }

    /** Rows of (entity, parent key) grouped by parent key, in the order they came. */
    private static <E> Map<Long, List<E>> groupByParent(List<?> rows) {
        Map<Long, List<E>> rowsByParent = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            @SuppressWarnings("unchecked")
            E entity = (E) columns[0];
            rowsByParent.computeIfAbsent((Long) columns[1], key -> new ArrayList<>()).add(entity);
        }
        return rowsByParent;
    }

    private NativeQuery<?> nativeQuery(Sql sql) {
        NativeQuery<?> query = entityManager.unwrap(Session.class)
                .createNativeQuery(sql.text(position -> "?" + position), Object.class)
                .setReadOnly(true);
        List<SqlParameter> parameters = sql.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i).valueFor(null));
        }
        return query;
    }
}
