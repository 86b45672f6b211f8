package io.newsgraph.core.pagination;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.newsgraph.core.error.BadUserInputException;

/**
 * The position of a row in a keyset ordering: the name of the ordering, the row's sort value and its
 * id. Encoded as an opaque token so that clients pass it back rather than build it.
 */
record Cursor(String order, String value, long id) {

    private static final String SEPARATOR = "|";
    private static final int MAX_LENGTH = 1_000;

    String encode() {
        String text = order + SEPARATOR + id + SEPARATOR + value;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
        if (cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw invalid(cursor);
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
        String[] parts = text.split("\\" + SEPARATOR, 3);
        if (parts.length != 3) {
            throw invalid(cursor);
        }
        try {
            return new Cursor(parts[0], parts[2], Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            throw invalid(cursor);
        }
    }

    static BadUserInputException invalid(String cursor) {
        return new BadUserInputException("The cursor '" + cursor + "' is not valid for this list.");
    }
}
