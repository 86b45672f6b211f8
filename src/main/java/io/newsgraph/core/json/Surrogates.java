package io.newsgraph.core.json;

/** Surrogate characters that are not half of a pair, which UTF-8 cannot encode. */
final class Surrogates {

    private static final char REPLACEMENT = '?';

    private Surrogates() {
    }

    /** The text with each lone surrogate replaced by {@code ?}, as Java's UTF-8 encoder does; null stays null. */
    static String pairedOnly(String text) {
        if (text == null) {
            return null;
        }
        char[] replaced = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (replaced == null) {
                replaced = text.toCharArray();
            }
            replaced[i] = REPLACEMENT;
        }
        return replaced == null ? text : new String(replaced);
    }
}
