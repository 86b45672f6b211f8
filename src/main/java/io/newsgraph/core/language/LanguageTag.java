package io.newsgraph.core.language;

import java.util.regex.Pattern;

import io.newsgraph.core.error.BadUserInputException;

/** BCP 47 language tags as the database stores them: a lower-case language, then optional subtags. */
public final class LanguageTag {

    /** The form of a tag, as a regular expression. */
    public static final String FORM = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    public static final int MAX_LENGTH = 35;

    private static final Pattern PATTERN = Pattern.compile(FORM);

    private LanguageTag() {
    }

    public static String requireValid(String tag) {
        if (tag == null || tag.length() > MAX_LENGTH || !PATTERN.matcher(tag).matches()) {
            throw new BadUserInputException("'" + tag + "' is not a BCP 47 language tag such as 'fr' or 'en-GB'.");
        }
        return tag;
    }

    /** Whether a tag designates a language: the same tag, or the tag with more subtags ({@code fr} covers {@code fr-CA}). */
    public static boolean covers(String tag, String language) {
        return language.equals(tag) || language.startsWith(tag + "-");
    }
}
