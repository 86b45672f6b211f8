package io.newsgraph.core.pagination;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** How the sort value of a keyset is written into a cursor and read back for the SQL comparison. */
public enum CursorValueType {
    INSTANT {
        @Override
        Object parse(String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    },
    TEXT {
        @Override
        Object parse(String text) {
            return text;
        }
    };

    /** The value, or null when the text cannot be one. */
    abstract Object parse(String text);
}
