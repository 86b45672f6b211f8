package io.newsgraph.core.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.newsgraph.core.error.BadUserInputException;

/**
 * The opaque, globally unique id of a {@link Node}: its GraphQL type name and its database key,
 * encoded so that clients treat it as a token rather than build it themselves.
 */
public record GlobalId(String type, long key) {

    private static final char SEPARATOR = ':';

    public static String encode(String type, long key) {
        return new GlobalId(type, key).toString();
    }

    /** Decodes any well-formed id, whatever its type. */
    public static GlobalId decode(String id) {
        String text = decodeBase64(id);
        int separator = text.indexOf(SEPARATOR);
        if (separator <= 0) {
            throw invalid(id);
        }
        try {
            long key = Long.parseLong(text.substring(separator + 1));
            if (key <= 0) {
                throw invalid(id);
            }
            return new GlobalId(text.substring(0, separator), key);
        } catch (NumberFormatException e) {
            throw invalid(id);
        }
    }

    /** Decodes an id that must designate a node of the given type, and returns its key. */
    public static long decodeKey(String id, String expectedType) {
        GlobalId globalId = decode(id);
        if (!globalId.type().equals(expectedType)) {
            throw new BadUserInputException(
                    "The id '" + id + "' is not the id of " + articleFor(expectedType) + " " + expectedType + ".");
        }
        return globalId.key();
    }

    /** As {@link #decodeKey(String, String)}, for an id in a mutation's input: the error names the field. */
    public static long decodeKey(String id, String expectedType, String field) {
        try {
            return decodeKey(id, expectedType);
        } catch (BadUserInputException e) {
            throw BadUserInputException.of(field, e.getMessage());
        }
    }

    @Override
    public String toString() {
        byte[] bytes = (type + SEPARATOR + key).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String decodeBase64(String id) {
        if (id == null || id.isBlank() || id.length() > 200) {
            throw invalid(id);
        }
        try {
            return new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(id);
        }
    }

    static BadUserInputException invalid(String id) {
        return new BadUserInputException("The id '" + id + "' is not a valid newsgraph id.");
    }

    private static String articleFor(String word) {
        return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
