package io.newsgraph.core.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.http.HttpMethod;

/**
 * One GraphQL request as the gate read it, from a POST body or from GET parameters; see
 * {@link GraphQLExchange#request}.
 *
 * @param query the document's text, never blank: the text sent, or the one a persisted query's hash names (see
 *        {@link PersistedQueries}); null only before the gate found it
 * @param operationName the operation to run; null when the request names none
 * @param variables the variables' values as JSON gives them (strings, booleans, numbers, lists, maps and nulls;
 *        numbers with a fraction or an exponent as {@link java.math.BigDecimal}); empty when there are none
 * @param extensions likewise
 * @param method POST or GET
 * @param responseType what the response is written as
 */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables,
        Map<String, Object> extensions, HttpMethod method, ResponseMediaType responseType) {

    public GraphQLRequest {
        variables = unmodifiableMap(variables);
        extensions = unmodifiableMap(extensions);
    }

    /** The same request with the text of its document. */
    GraphQLRequest withQuery(String text) {
        return new GraphQLRequest(text, operationName, variables, extensions, method, responseType);
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
