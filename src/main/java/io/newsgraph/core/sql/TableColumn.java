package io.newsgraph.core.sql;

/** A column of a table, by their names in the database. */
public record TableColumn(String table, String column) {
}
