package io.newsgraph.core.pagination;

public enum SortDirection {
    ASC("asc", ">"),
    DESC("desc", "<");

    private final String sql;
    private final String afterOperator;

    SortDirection(String sql, String afterOperator) {
        this.sql = sql;
        this.afterOperator = afterOperator;
    }

    public String sql() {
        return sql;
    }

    /** The comparison that keeps the rows coming after a keyset in this direction. */
    public String afterOperator() {
        return afterOperator;
    }

    public SortDirection reversed() {
        return this == ASC ? DESC : ASC;
    }
}
