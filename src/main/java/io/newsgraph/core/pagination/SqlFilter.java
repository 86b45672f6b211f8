package io.newsgraph.core.pagination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Conditions a client added to a listing, with their bound parameters (never concatenated values). */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public static SqlFilter none() {
        return new SqlFilter();
    }

    /** Adds {@code condition}, which refers to the value as {@code :parameter}, when the value is given. */
    public SqlFilter and(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    List<String> conditions() {
        return conditions;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
