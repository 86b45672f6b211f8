package io.newsgraph.core.http;

/**
 * The strong entity tags of GET answers and the If-None-Match test. A tag is the digest of the answer's bytes
 * ({@link io.newsgraph.core.digest.Sha256#base64Url}) marked with its media type, since the same bytes sent as another media
 * type are another
 * representation, which a strong validator must tell apart.
 */
final class EntityTags {

    private static final String ANY = "*";
    private static final String WEAK = "W/";

    private EntityTags() {
    }

    static String of(String digest, ResponseMediaType type) {
        String mark = switch (type) {
            case GRAPHQL_RESPONSE_JSON -> "g";
            case JSON -> "j";
        };
        return "\"" + mark + digest + "\"";
    }

    /**
     * Whether an If-None-Match header names this tag: {@code *}, or a list of tags one of which is this one by the weak
     * comparison that RFC 9110 prescribes for If-None-Match, which ignores a {@code W/} prefix. Tags here never hold a
     * comma, so splitting the list at commas finds this one whatever the others hold.
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String listed : ifNoneMatch.split(",")) {
            String candidate = listed.trim();
            if (candidate.equals(ANY)) {
                return true;
            }
            if (candidate.startsWith(WEAK)) {
                candidate = candidate.substring(WEAK.length());
            }
            if (candidate.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
