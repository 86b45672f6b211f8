package io.newsgraph.core.pagination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import io.newsgraph.core.pagination.KeysetOrder.Keyset;

/**
 * Runs listings as SQL: pages by keyset, never OFFSET, and for nested lists one statement for all the
 * parents of a batch (a LATERAL join that takes the first rows of each parent from its index).
 */
@ApplicationScoped
public class ListingQueries {

    private static final String ENTITY = "e";

    private final EntityManager entityManager;

    ListingQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public <E> Slice<E> page(Class<E> type, Listing listing, SqlFilter filter, KeysetOrder<E> order,
            PageRequest request) {
        SortDirection direction = effectiveDirection(order, request);
        Keyset keyset = request.hasCursor() ? order.keysetOf(request.cursor()) : null;
        List<String> conditions = conditions(listing, filter);
        if (keyset != null) {
            conditions.add(order.after(direction));
        }
        String sql = "select {e.*} from " + listing.from()
                + " where " + String.join(" and ", conditions)
                + " order by " + order.orderBy(direction)
                + " limit :limit";
        NativeQuery<?> query = nativeQuery(sql).addEntity(ENTITY, type);
        filter.parameters().forEach(query::setParameter);
        bindKeyset(query, keyset, request);
        @SuppressWarnings("unchecked")
        List<E> rows = (List<E>) query.getResultList();
        return Slice.of(rows, request);
    }

    /**
     * The rows of a listing with these keys, keyed by key. One array parameter rather than an IN list, so that
     * Hibernate plans the statement once whatever the number of keys.
     */
    public <E> Map<Long, E> byKeys(Class<E> type, Listing listing, Collection<Long> keys, ToLongFunction<E> keyOf) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        String sql = "select {e.*} from " + listing.from() + " where e.id = any(cast(:keys as bigint[])) and "
                + listing.where();
        NativeQuery<?> query = nativeQuery(sql).addEntity(ENTITY, type);
        query.setParameter("keys", keys.toArray(Long[]::new));
        Map<Long, E> rows = new HashMap<>();
        for (Object row : query.getResultList()) {
            @SuppressWarnings("unchecked")
            E entity = (E) row;
            rows.put(keyOf.applyAsLong(entity), entity);
        }
        return rows;
    }

    /** The whole of a short nested list (an article's tags) under each parent, keyed by parent, in order. */
    public <E> Map<Long, List<E>> allByParent(Class<E> type, Listing listing, Collection<Long> parentKeys,
            KeysetOrder<E> order) {
        if (parentKeys.isEmpty()) {
            return Map.of();
        }
        String sql = "select {e.*}, " + listing.parentKey() + " as parent_key from " + listing.from()
                + " where " + listing.parentKey() + " = any(cast(:parentKeys as bigint[])) and " + listing.where()
                + " order by " + order.orderBy(order.direction());
        NativeQuery<?> query = nativeQuery(sql).addEntity(ENTITY, type).addScalar("parent_key", Long.class);
        query.setParameter("parentKeys", parentKeys.toArray(Long[]::new));
        return groupByParent(query.getResultList());
    }

    /** The same page of a nested list under each parent, keyed by parent. */
    public <E> Map<Long, Slice<E>> pagesByParent(Class<E> type, Listing listing, Collection<Long> parentKeys,
            KeysetOrder<E> order, PageRequest request) {
        if (parentKeys.isEmpty()) {
            return Map.of();
        }
        SortDirection direction = effectiveDirection(order, request);
        Keyset keyset = request.hasCursor() ? order.keysetOf(request.cursor()) : null;
        String sql = "select {e.*}, p.key as parent_key"
                + " from unnest(cast(:parentKeys as bigint[])) as p(key)"
                + " cross join lateral (select e.* from " + listing.from()
                + " where " + listing.parentKey() + " = p.key and " + listing.where()
                + (keyset != null ? " and " + order.after(direction) : "")
                + " order by " + order.orderBy(direction) + " limit :limit) e"
                + " order by p.key, " + order.orderBy(direction);
        NativeQuery<?> query = nativeQuery(sql).addEntity(ENTITY, type).addScalar("parent_key", Long.class);
        query.setParameter("parentKeys", parentKeys.toArray(Long[]::new));
        bindKeyset(query, keyset, request);

        Map<Long, List<E>> rowsByParent = groupByParent(query.getResultList());
        Map<Long, Slice<E>> pages = new HashMap<>();
        for (Long parentKey : parentKeys) {
            pages.put(parentKey, Slice.of(rowsByParent.getOrDefault(parentKey, List.of()), request));
        }
        return pages;
    }

    /** The totals of several connections, in their order, with one statement per kind of list. */
    public List<Integer> totalCounts(List<TotalCount> counts) {
        Map<Listing, List<Long>> parentsByListing = counts.stream()
                .filter(TotalCount.OfParent.class::isInstance)
                .map(TotalCount.OfParent.class::cast)
                .collect(Collectors.groupingBy(TotalCount.OfParent::listing, LinkedHashMap::new,
                        Collectors.mapping(TotalCount.OfParent::parentKey, Collectors.toList())));
        Map<Listing, Map<Long, Long>> countsByListing = new HashMap<>();
        parentsByListing.forEach((listing, parentKeys) -> countsByListing.put(listing, countByParent(listing, parentKeys)));

        return counts.stream().map(count -> {
            if (count instanceof TotalCount.OfParent ofParent) {
                return countsByListing.get(ofParent.listing()).getOrDefault(ofParent.parentKey(), 0L);
            }
            TotalCount.OfFilter ofFilter = (TotalCount.OfFilter) count;
            return count(ofFilter.listing(), ofFilter.filter());
        }).map(Math::toIntExact).toList();
    }

    /** How many rows of each parent's nested list there are, for parents that have any. */
    public Map<Long, Long> countByParent(Listing listing, Collection<Long> parentKeys) {
        if (parentKeys.isEmpty()) {
            return Map.of();
        }
        String sql = "select " + listing.parentKey() + " as parent_key, count(*) as total from " + listing.from()
                + " where " + listing.parentKey() + " in (:parentKeys) and " + listing.where()
                + " group by " + listing.parentKey();
        NativeQuery<?> query = nativeQuery(sql)
                .addScalar("parent_key", Long.class)
                .addScalar("total", Long.class);
        query.setParameter("parentKeys", List.copyOf(parentKeys));
        Map<Long, Long> totals = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            totals.put((Long) columns[0], (Long) columns[1]);
        }
        return totals;
    }

    private long count(Listing listing, SqlFilter filter) {
        String sql = "select count(*) as total from " + listing.from() + " where "
                + String.join(" and ", conditions(listing, filter));
        NativeQuery<?> query = nativeQuery(sql).addScalar("total", Long.class);
        filter.parameters().forEach(query::setParameter);
        return (Long) query.getSingleResult();
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

    /** What every row of a listing meets, then what the client's filter adds. */
    private static List<String> conditions(Listing listing, SqlFilter filter) {
        List<String> conditions = new ArrayList<>();
        conditions.add(listing.where());
        conditions.addAll(filter.conditions());
        return conditions;
    }

    private static SortDirection effectiveDirection(KeysetOrder<?> order, PageRequest request) {
        return request.backward() ? order.direction().reversed() : order.direction();
    }

    private static void bindKeyset(NativeQuery<?> query, Keyset keyset, PageRequest request) {
        if (keyset != null) {
            query.setParameter("keysetValue", keyset.value());
            query.setParameter("keysetId", keyset.id());
        }
        // one row more than asked tells whether another page follows
        query.setParameter("limit", request.size() + 1);
    }

    private NativeQuery<?> nativeQuery(String sql) {
        return entityManager.unwrap(Session.class).createNativeQuery(sql).setReadOnly(true);
    }
}
