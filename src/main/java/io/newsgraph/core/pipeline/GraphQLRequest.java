package io.newsgraph.core.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newsgraph.core.error.BadUserInputException;

/**
 * One GraphQL request, as a POST body, GET parameters or a graphql-transport-ws {@code subscribe} message gave it.
 *
 * @param query the document's text, never blank: the text sent, or the one a persisted query's hash names; null only
 *        until the documents' stage finds it, for a request that names a persisted query
 * @param operationName the operation to run; null when the request names none
 * @param variables the variables' values as JSON gives them (strings, booleans, numbers, lists, maps and nulls;
 *        numbers with a fraction or an exponent as {@link java.math.BigDecimal}); empty when there are none
 * @param extensions likewise
 */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables,
        Map<String, Object> extensions) {

    public GraphQLRequest {
        variables = unmodifiableMap(variables);
        extensions = unmodifiableMap(extensions);
    }

    /**
     * The request made of the members of a JSON object, as the GraphQL over HTTP specification names them; refused when
     * a member is of the wrong type. No query is for the documents' stage to judge: the request may name a persisted
     * one instead.
     */
    public static GraphQLRequest of(Object query, Object operationName, Object variables, Object extensions) {
        if (query != null && !(query instanceof String)) {
            throw new BadUserInputException("'query' must be a string.");
        }
        if (operationName != null && !(operationName instanceof String)) {
            throw new BadUserInputException("'operationName' must be a string.");
        }
        if (variables != null && !(variables instanceof Map)) {
            throw new BadUserInputException("'variables' must be a JSON object.");
        }
        if (extensions != null && !(extensions instanceof Map)) {
            throw new BadUserInputException("'extensions' must be a JSON object.");
        }
        return new GraphQLRequest(sent((String) query), named((String) operationName), orEmpty(variables),
                orEmpty(extensions));
    }

    /** The same request with the text of its document. */
    public GraphQLRequest withQuery(String text) {
        return new GraphQLRequest(text, operationName, variables, extensions);
    }

    /** A blank query is no query. */
    private static String sent(String query) {
        return query == null || query.isBlank() ? null : query;
    }

    /** An empty name names no operation, for graphql-java as for the GET rules. */
    private static String named(String operationName) {
        return operationName == null || operationName.isEmpty() ? null : operationName;
    }

    @SuppressWarnings("unchecked") // the members of a JSON object are named by strings
    private static Map<String, Object> orEmpty(Object map) {
        return map == null ? Map.of() : (Map<String, Object>) map;
    }

    private static Map<String, Object> unmodifiableMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((name, value) -> copy.put((String) name, unmodifiable(value)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object unmodifiable(Object value) {
        if (value instanceof Map<?, ?> map) {
            return unmodifiableMap(map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GraphQLRequest::unmodifiable).toList();
        }
        return value;
    }
}
