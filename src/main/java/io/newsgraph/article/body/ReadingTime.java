package io.newsgraph.article.body;

import java.util.regex.Pattern;

/** How long an adult takes to read a text, at the silent reading speed of about 200 words a minute. */
public final class ReadingTime {

    private static final int WORDS_PER_MINUTE = 200;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ReadingTime() {
    }

    public static int minutes(String text) {
        String trimmed = text.strip();
        int words = trimmed.isEmpty() ? 0 : WHITESPACE.split(trimmed).length;
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
