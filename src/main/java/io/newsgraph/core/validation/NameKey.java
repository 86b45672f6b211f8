package io.newsgraph.core.validation;

import java.util.regex.Pattern;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

import io.newsgraph.core.digest.Sha256;

/**
 * What a name reads as, so that names a reader cannot tell apart are one: {@code Mali}, {@code MALI}, {@code Ｍａｌｉ},
 * {@code Ma\u200Bli} and {@code Mаli} with a Cyrillic {@code а}. The name is normalised (NFKC with case folding, which
 * also drops invisible characters), its spaces collapsed, its characters mapped to the prototypes of the ones they can
 * be confused with (Unicode's confusable skeleton, UTS #39, with ICU4J's {@link SpoofChecker}), and case-folded again,
 * since a prototype may be a capital. Case is folded before confusables, so {@code I} reads as {@code i}, not as
 * {@code l}. The key is the SHA-256 of that text, so that the database can hold it in a unique index whatever its length.
 */
public final class NameKey {

    private static final Normalizer2 NFKC_CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();
    /** Thread-safe once built (its documentation says so), like the normaliser. */
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    private static final Pattern SPACES = Pattern.compile("\\p{IsWhite_Space}+");

    private NameKey() {
    }

    /** The key of the name: 64 hexadecimal digits. */
    public static String of(String name) {
        return Sha256.hex(readAs(name));
    }

    /** The text the name reads as, which the key digests. */
    static String readAs(String name) {
        String folded = SPACES.matcher(NFKC_CASE_FOLD.normalize(name)).replaceAll(" ").strip();
        return NFKC_CASE_FOLD.normalize(CONFUSABLES.getSkeleton(folded));
    }
}
