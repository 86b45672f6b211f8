package io.newsgraph.core.cache.tracking;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.newsgraph.core.events.ContentChange;
import io.newsgraph.core.sql.Footprint;
import io.newsgraph.core.sql.TableColumn;

/**
 * Something an answer read, with keys: the rows of a table, by key, or a kind of list, by the key of the parent it
 * lists under. A {@link ContentChange} tells which keys of a subject it affects: those are what an answer that read
 * them must be evicted for.
 */
public sealed interface ReadSubject {

    /** The keys of this subject that a change affects. */
    Affected affectedBy(ContentChange change);

    /**
     * Rows of a table, by their id: what an answer shows of them, whatever columns it shows. A change to one of the
     * row's collections (an author's social links, an article's tags) changes the row.
     *
     * @param collectionOwnerKeys the tables of the rows' collections, each with its column holding the row's id
     */
    record Rows(String table, String idColumn, Map<String, String> collectionOwnerKeys) implements ReadSubject {

        public Rows {
            collectionOwnerKeys = Map.copyOf(collectionOwnerKeys);
        }

        @Override
        public Affected affectedBy(ContentChange change) {
            if (change.table().equals(table)) {
                return Affected.of(change.keys(idColumn));
            }
            String ownerKey = collectionOwnerKeys.get(change.table());
            return ownerKey == null ? Affected.NONE : Affected.of(change.keys(ownerKey));
        }
    }

    /**
     * The rows a kind of list holds, their order and their count, under each parent (or {@link Reads#TOP_LEVEL} for a
     * top-level list): a list changes when a change touches a column its SQL reads, of the listed table or of another
     * (a condition on a related row, a collection table). Whose list it changed is known when the change names the
     * parents in the column that holds their key; otherwise it may be anyone's.
     *
     * @param table the table of the listed rows
     * @param footprint the tables and columns the list's conditions, relation to its parent and order read
     * @param parentKey where the parent's key is held; null for a top-level list
     */
    record ListOf(String table, Footprint footprint, TableColumn parentKey) implements ReadSubject {

        @Override
        public Affected affectedBy(ContentChange change) {
            if (!touches(change)) {
                return Affected.NONE;
            }
            if (parentKey == null || !parentKey.table().equals(change.table())) {
                return Affected.ALL;
            }
            return Affected.of(change.keys(parentKey.column()));
        }

        private boolean touches(ContentChange change) {
            if (change.table().equals(table) && change.columns() == null) {
                // rows came or went
                return true;
            }
            if (!footprint.reads(change.table())) {
                return false;
            }
            Set<String> read = footprint.columnsOf(change.table());
            return change.columns() == null || read.stream().anyMatch(change::mayHaveChanged);
        }
    }

    /** The keys of a subject that a change affects: none, all of them, or some. */
    record Affected(boolean all, Set<Long> keys) {

        public static final Affected NONE = new Affected(false, Set.of());
        public static final Affected ALL = new Affected(true, Set.of());

        static Affected of(Optional<Set<Long>> keys) {
            return keys.map(some -> some.isEmpty() ? NONE : new Affected(false, some)).orElse(ALL);
        }

        public boolean none() {
            return !all && keys.isEmpty();
        }
    }
}
