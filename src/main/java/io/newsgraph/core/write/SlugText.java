package io.newsgraph.core.write;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.newsgraph.core.validation.Slug;

/**
 * The slug a title or a name reads as: accents folded ({@code é} to {@code e}, {@code ß} to {@code ss}), lower case,
 * words of letters and digits joined by hyphens, short enough for a numeric suffix to fit.
 */
final class SlugText {

    /** Room for {@code -} and nine digits of a suffix within {@link Slug#MAX_LENGTH}. */
    static final int MAX_BASE_LENGTH = Slug.MAX_LENGTH - 10;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    /** Letters that decomposition leaves as they are. */
    private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("ß", "ss"), Map.entry("æ", "ae"),
            Map.entry("œ", "oe"), Map.entry("ø", "o"), Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("ł", "l"),
            Map.entry("þ", "th"), Map.entry("ı", "i"));

    private SlugText() {
    }

    /** The slug of the text; empty when it has no Latin letter or digit (a title in Arabic or Chinese script). */
    static String of(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : LETTERS.entrySet()) {
            folded = folded.replace(letter.getKey(), letter.getValue());
        }
        String slug = trimHyphens(SEPARATORS.matcher(folded).replaceAll("-"));
        return slug.length() <= MAX_BASE_LENGTH ? slug : trimHyphens(slug.substring(0, MAX_BASE_LENGTH));
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
