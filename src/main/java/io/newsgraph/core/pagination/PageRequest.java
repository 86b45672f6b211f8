package io.newsgraph.core.pagination;

import io.newsgraph.core.error.BadUserInputException;

/**
 * The page a client asked for with the Relay arguments: {@code first} rows after a cursor, or
 * {@code last} rows before one, {@value #DEFAULT_SIZE} when the client does not say. Sizes outside
 * 1..{@value #MAX_SIZE} are refused.
 */
public record PageRequest(int size, boolean backward, String cursor) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static PageRequest forward(Integer first, String after) {
        return of(first, after, null, null);
    }

    public static PageRequest of(Integer first, String after, Integer last, String before) {
        if (last != null || before != null) {
            if (first != null || after != null) {
                throw new BadUserInputException("Page forward with first/after or backward with last/before, not both.");
            }
            if (last == null) {
                throw new BadUserInputException("Paging backward with before needs last.");
            }
            return new PageRequest(checkSize("last", last), true, before);
        }
        return new PageRequest(first == null ? DEFAULT_SIZE : checkSize("first", first), false, after);
    }

    private static int checkSize(String argument, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadUserInputException(
                    "'" + argument + "' must be between 1 and " + MAX_SIZE + ", not " + size + ".");
        }
        return size;
    }

    public boolean hasCursor() {
        return cursor != null;
    }
}
