package io.newsgraph.core.planning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/**
 * The JSON the service writes, byte for byte as SmallRye GraphQL writes it through JSON-P: no spaces, only
 * {@code "}, {@code \} and control characters escaped, with lower-case hexadecimal digits.
 */
final class ResponseJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    private ResponseJson() {
    }

    static JsonFactory factory() {
        return FACTORY;
    }
}
