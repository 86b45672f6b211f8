package io.newsgraph.core.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing wrong with a request's arguments: the argument or input field at fault, as a path from the field's
 * arguments ({@code input.title}, {@code input.socialLinks[1].url}), and what is wrong with it.
 */
public record Violation(String field, String message) {

    /** How {@code extensions.violations} lists them. */
    public static List<Map<String, Object>> asExtension(List<Violation> violations) {
        return violations.stream().map(violation -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", violation.field());
            entry.put("message", violation.message());
            return entry;
        }).toList();
    }
}
