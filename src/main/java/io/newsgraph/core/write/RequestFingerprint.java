package io.newsgraph.core.write;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.newsgraph.core.digest.Sha256;

/**
 * What tells two writes apart under one idempotency key: the SHA-256 of the operation, the requester and every field of
 * the arguments, written as canonical JSON. JSON escapes every string and marks where each value starts and ends, so text
 * moved from one field to another, or a field null rather than the text "null", makes another fingerprint; the members
 * of every object are written in the order of their names, so the fingerprint does not change with the order a record
 * declares its components in. Every field as it is, none summarised by a {@code toString} or a {@code hashCode}.
 */
final class RequestFingerprint {

    private static final ObjectWriter CANONICAL_JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build()
            .writer();

    private RequestFingerprint() {
    }

    /**
     * @param operation the mutation's name
     * @param requester who sends it; null for an anonymous reader
     * @param arguments its other arguments: records, lists, strings, numbers, enum constants, nulls
     * @return 64 hexadecimal digits
     */
    static String of(String operation, String requester, Object arguments) {
        Map<String, Object> request = new HashMap<>();
        request.put("operation", operation);
        request.put("requester", requester);
        request.put("arguments", arguments);
        try {
            return Sha256.hex(CANONICAL_JSON.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The arguments of " + operation + " cannot be written as JSON", e);
        }
    }
}
