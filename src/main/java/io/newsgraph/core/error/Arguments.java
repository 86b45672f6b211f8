package io.newsgraph.core.error;

/** Checks on arguments that GraphQL's type system cannot express. */
public final class Arguments {

    private Arguments() {
    }

    /** For lookups such as {@code article(id: …)} or {@code article(slug: …)}: one key, never both. */
    public static void requireExactlyOne(String firstName, Object first, String secondName, Object second) {
        if ((first == null) == (second == null)) {
            throw new BadUserInputException("Give either '" + firstName + "' or '" + secondName + "', exactly one.");
        }
    }
}
