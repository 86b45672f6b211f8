package io.newsgraph.testing.differential;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * One GraphQL request as it goes over HTTP: the document, the variables, the operation to run, the media type the
 * client accepts (null for no Accept header) and who sends it.
 */
public record ReadRequest(String query, Map<String, Object> variables, String operationName, String accept,
        Credentials credentials) {

    public ReadRequest {
        variables = variables == null ? Map.of() : variables;
    }

    static ReadRequest of(String query, Map<String, Object> variables) {
        return new ReadRequest(query, variables, null, null, Credentials.READER);
    }

    ReadRequest withQuery(String otherQuery, Map<String, Object> otherVariables) {
        return new ReadRequest(otherQuery, otherVariables, operationName, accept, credentials);
    }

    /** The same request, sent by another requester. */
    public ReadRequest sentBy(Credentials other) {
        return new ReadRequest(query, variables, operationName, accept, other);
    }

    /** The JSON body, serialised once so that both paths receive the very same bytes. */
    public byte[] body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        if (!variables.isEmpty()) {
            body.put("variables", variables);
        }
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request as a person reproducing a failure needs it. */
    String describe() {
        StringBuilder text = new StringBuilder(query.strip()).append('\n');
        text.append("variables: ").append(Json.write(variables)).append('\n');
        if (operationName != null) {
            text.append("operationName: ").append(operationName).append('\n');
        }
        text.append("Accept: ").append(accept == null ? "(none)" : accept).append('\n');
        text.append("sent by: ").append(credentials).append('\n');
        return text.toString();
    }
}
