package io.newsgraph.core.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ErrorShapingInstrumentation;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.buffer.Buffer;

/**
 * Writes an execution result as the bytes SmallRye GraphQL's {@link ExecutionResponse#getExecutionResultAsString()}
 * gives, straight into a buffer, instead of building a JSON-P tree, then a string, then the buffer: the errors, the
 * data when there is any, then the extensions, with the values converted as SmallRye converts them.
 * <p>
 * Each error is its {@link GraphQLError#toSpecification() specification}, which is all SmallRye writes for the
 * errors that reach here ({@link ApiError}s, see {@link ErrorShapingInstrumentation}); SmallRye adds extensions of its
 * own only to graphql-java's validation and data fetching errors, and only with {@code error-extension-fields} set.
 * SmallRye's {@code exclude-null-fields-in-responses} is not supported.
 */
public final class ExecutionResultJson {

    private static final String DATA_ONLY_PREFIX = "{\"data\":";

    private ExecutionResultJson() {
    }

    /**
     * @param addedExtensions what resolvers added to SmallRye's context; written when the result has no extensions
     */
    public static Buffer write(ExecutionResult result, Map<String, Object> addedExtensions) {
        return ResponseJson.write(generator -> {
            generator.writeStartObject();
            List<GraphQLError> errors = result.getErrors();
            if (errors != null && !errors.isEmpty()) {
                generator.writeFieldName("errors");
                writeErrors(generator, errors);
            }
            if (result.isDataPresent()) {
                generator.writeFieldName("data");
                writeValue(generator, result.getData());
            }
            if (result.getExtensions() != null) {
                writeExtensions(generator, result.getExtensions());
            } else if (addedExtensions != null && !addedExtensions.isEmpty()) {
                // SmallRye copies them into a HashMap, whose order is then the order written
                writeExtensions(generator, new HashMap<>(addedExtensions));
            }
            generator.writeEndObject();
        });
    }

    /** An execution result that has only errors: a request refused before it ran. */
    public static Buffer errors(List<? extends GraphQLError> errors) {
        return write(ExecutionResultImpl.newExecutionResult().errors(List.copyOf(errors)).build(), null);
    }

    /** The errors alone, as a JSON array: what graphql-transport-ws's {@code error} message carries. */
    public static Buffer errorList(List<? extends GraphQLError> errors) {
        return ResponseJson.write(generator -> writeErrors(generator, errors));
    }

    private static void writeErrors(JsonGenerator generator, List<? extends GraphQLError> errors) throws IOException {
        generator.writeStartArray();
        for (GraphQLError error : errors) {
            writeValue(generator, error.toSpecification());
        }
        generator.writeEndArray();
    }

    private static void writeExtensions(JsonGenerator generator, Map<?, ?> extensions) throws IOException {
        generator.writeFieldName("extensions");
        generator.writeStartObject();
        for (Map.Entry<?, ?> extension : extensions.entrySet()) {
            // SmallRye leaves out extensions whose key is not a string
            if (extension.getKey() instanceof String key) {
                generator.writeFieldName(key);
                writeValue(generator, extension.getValue());
            }
        }
        generator.writeEndObject();
    }

    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> member : map.entrySet()) {
                generator.writeFieldName((String) member.getKey());
                writeValue(generator, member.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> collection) {
            generator.writeStartArray();
            for (Object element : collection) {
                writeValue(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            generator.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof Double number) {
            // as Parsson writes a double: BigDecimal's notation, 1.0E+10 rather than 1.0E10
            generator.writeNumber(BigDecimal.valueOf(number));
        } else if (value instanceof Float number) {
            generator.writeNumber(new BigDecimal(String.valueOf(number)));
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            generator.writeNumber(number);
        } else if (value instanceof Enum<?> constant) {
            generator.writeString(constant.name());
        } else {
            writeAsSmallRye(generator, value);
        }
    }

    /**
     * Anything else (a JSON-P value, which SmallRye writes as it is, or an object, which it writes through JSON-B)
     * is rendered by SmallRye itself: no scalar of the schema returns such a value, so this is never the fast path.
     */
    private static void writeAsSmallRye(JsonGenerator generator, Object value) throws IOException {
        String response = new ExecutionResponse(ExecutionResultImpl.newExecutionResult().data(value).build())
                .getExecutionResultAsString();
        generator.writeRawValue(response.substring(DATA_ONLY_PREFIX.length(), response.length() - 1));
    }
}
