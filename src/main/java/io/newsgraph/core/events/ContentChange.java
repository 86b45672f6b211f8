package io.newsgraph.core.events;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One statement's change to a table of the content, as PostgreSQL reported it at COMMIT (see the migration
 * {@code V2__content_change_notifications.sql}). It says which rows changed, not what they hold now: a subscriber
 * reads them again as its readers may see them, e.g. the comments an insert or an update of {@code comment} names
 * (with the articles of their {@code article_id}) for new approved comments, or the articles an update of the
 * {@code status} of {@code article} names for newly published ones.
 *
 * @param table the table the statement changed, e.g. {@code comment}
 * @param operation what the statement did
 * @param keys for each column named {@code id} or ending in {@code _id}, the values it held in the changed rows,
 *        before and after; null when the notification could not list them (a bulk statement): any row then
 * @param columns for an update, the columns whose value changed in some row; null when every column may have
 *        changed (inserts, deletes, truncations)
 * @param at when the statement ran, by the database's clock
 */
public record ContentChange(String table, Operation operation, Map<String, Set<Long>> keys, Set<String> columns,
        Instant at) {

    public enum Operation {
        INSERT,
        UPDATE,
        DELETE,
        TRUNCATE
    }

    public ContentChange {
        keys = keys == null ? null : Map.copyOf(keys);
        columns = columns == null ? null : Set.copyOf(columns);
    }

    /** The values of a key column in the changed rows; empty when they were not listed, which means any value. */
    public Optional<Set<Long>> keys(String column) {
        return keys == null ? Optional.empty() : Optional.of(keys.getOrDefault(column, Set.of()));
    }

    /** Whether the statement may have changed this column. */
    public boolean mayHaveChanged(String column) {
        return columns == null || columns.contains(column);
    }
}
