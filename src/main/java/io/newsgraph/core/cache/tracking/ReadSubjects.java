package io.newsgraph.core.cache.tracking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.sql.EntityTables;
import io.newsgraph.core.sql.Footprint;
import io.newsgraph.core.sql.Sql;

/**
 * The {@link ReadSubject}s of what the read paths read, derived from the listings they read through and the entity
 * model: a list's footprint is what its SQL reads, recorded while the SQL is rendered, so that nothing lists the
 * tables and columns a second time.
 */
@ApplicationScoped
public class ReadSubjects {

    private static final Sql ROW = Sql.alias("r");
    private static final Sql PARENT = Sql.alias("p");

    private final EntityTables tables;
    private final Map<Class<?>, ReadSubject.Rows> rows = new ConcurrentHashMap<>();

    ReadSubjects(EntityTables tables) {
        this.tables = tables;
    }

    /** The rows of an entity. */
    public ReadSubject.Rows rows(Class<?> entity) {
        return rows.computeIfAbsent(entity, type -> new ReadSubject.Rows(tables.table(type).jdbcText(),
                tables.idColumn(type).jdbcText(), tables.collectionsOwnedBy(type)));
    }

    /** The rows of every entity: what a change to any table can affect of the rows read. */
    public List<ReadSubject.Rows> allRows() {
        return tables.entities().stream().map(this::rows).toList();
    }

    /**
     * A kind of list: the rows of a listing in an order, under a parent if the listing is nested; without an order,
     * what counts them.
     */
    public ReadSubject.ListOf listOf(Listing<?> listing, KeysetOrder<?> order) {
        Class<?> entity = listing.entity();
        Footprint footprint = tables.footprint(recording -> {
            listing.where().render(recording, entity, ROW);
            if (listing.parent() != null) {
                listing.parent().from(recording, entity, ROW);
                listing.parent().belongsTo(recording, entity, ROW, PARENT);
            }
            if (order != null) {
                renderOrder(recording, order, entity);
            }
        });
        return new ReadSubject.ListOf(tables.table(entity).jdbcText(), footprint,
                listing.parent() == null ? null : listing.parent().parentKey(tables, entity));
    }

    /**
     * What a row found by key (or by a condition) in a listing depends on besides the row itself: when the listing's
     * condition reads other tables (a comment is visible if its article is), every row of it may come or go with a
     * change there, which only the top-level list of the listing sees.
     */
    public Optional<ReadSubject.ListOf> beyondRow(Listing<?> listing) {
        String table = tables.table(listing.entity()).jdbcText();
        Footprint footprint = tables.footprint(recording -> listing.where().render(recording, listing.entity(), ROW));
        boolean readsOtherTables = footprint.columnsByTable().keySet().stream().anyMatch(read -> !read.equals(table));
        return readsOtherTables ? Optional.of(listOf(Listing.of(listing.entity(), listing.where()), null))
                : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static <E> void renderOrder(EntityTables recording, KeysetOrder<E> order, Class<?> entity) {
        order.orderBy(recording, (Class<E>) entity, ROW, order.direction());
    }
}
