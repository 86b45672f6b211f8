package io.newsgraph.core.language;

import java.util.regex.Pattern;

import io.newsgraph.core.error.BadUserInputException;

/** BCP 47 language tags as the database stores them: a lower-case language, then optional subtags. */
public final class LanguageTag {

    private static final Pattern FORM = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private LanguageTag() {
    }

    public static String requireValid(String tag) {
        if (tag == null || tag.length() > 35 || !FORM.matcher(tag).matches()) {
            throw new BadUserInputException("'" + tag + "' is not a BCP 47 language tag such as 'fr' or 'en-GB'.");
        }
        return tag;
    }
}
