package io.newsgraph.core.sql;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables a piece of SQL reads, with the columns it reads of each, as {@link EntityTables#footprint} recorded them
 * while the SQL was rendered: a change to other tables, or to other columns of these, cannot change what it selects.
 */
public record Footprint(Map<String, Set<String>> columnsByTable) {

    public Footprint {
        Map<String, Set<String>> copy = new HashMap<>();
        columnsByTable.forEach((table, columns) -> copy.put(table, Set.copyOf(columns)));
        columnsByTable = Map.copyOf(copy);
    }

    public boolean reads(String table) {
        return columnsByTable.containsKey(table);
    }

    /** The columns read of a table; empty when it reads none of them, or not the table. */
    public Set<String> columnsOf(String table) {
        return columnsByTable.getOrDefault(table, Set.of());
    }

    /** What {@link EntityTables} records while SQL is rendered with it. */
    static final class Recorder {

        private final Map<String, Set<String>> columnsByTable = new HashMap<>();

        void table(Sql table) {
            columnsByTable.computeIfAbsent(table.jdbcText(), name -> new TreeSet<>());
        }

        void column(Sql table, Sql column) {
            columnsByTable.computeIfAbsent(table.jdbcText(), name -> new TreeSet<>()).add(column.jdbcText());
        }

        Footprint footprint() {
            return new Footprint(columnsByTable);
        }
    }
}
