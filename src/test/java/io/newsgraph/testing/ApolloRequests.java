package io.newsgraph.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request bodies as Apollo Client's persisted query link sends them: first the operation name, the variables and the
 * extensions with the query's hash and no query; after a {@code PersistedQueryNotFound}, the same with the query.
 * Apollo Client also names itself in the extensions, which the server ignores.
 */
public final class ApolloRequests {

    private ApolloRequests() {
    }

    /** The first request: no query, only its hash. */
    public static Map<String, Object> hashOnly(String operationName, Map<String, Object> variables, String sha256Hash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("operationName", operationName);
        body.put("variables", variables);
        body.put("extensions", extensions(sha256Hash));
        return body;
    }

    /** The retry after a miss: the query with its hash, which registers it. */
    public static Map<String, Object> withQuery(String query, String operationName, Map<String, Object> variables,
            String sha256Hash) {
        Map<String, Object> body = hashOnly(operationName, variables, sha256Hash);
        body.put("query", query);
        return body;
    }

    /** The extensions member of a request naming a persisted query. */
    public static Map<String, Object> extensions(String sha256Hash) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("clientLibrary", Map.of("name", "@apollo/client", "version", "4.0.0"));
        extensions.put("persistedQuery", Map.of("version", 1, "sha256Hash", sha256Hash));
        return extensions;
    }

    /** The hash Apollo's clients compute: SHA-256 of the query's UTF-8 bytes, in lower-case hexadecimal. */
    public static String sha256(String query) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(query.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
