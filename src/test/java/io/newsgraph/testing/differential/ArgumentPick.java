package io.newsgraph.testing.differential;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.GraphQLInputType;

/**
 * One argument chosen for a field, with its value: an Integer, String, Boolean, {@link EnumName}, a map for an
 * input object, null for an explicit null, or a {@link Malformed} value that GraphQL itself refuses. Whether it is
 * written as a literal or through a variable is the writer's choice.
 */
record ArgumentPick(String name, GraphQLInputType type, Object value) {

    /** An enum value, written bare in a document and as a string in variables. */
    record EnumName(String name) {
    }

    /**
     * A value of the wrong GraphQL type: written as {@code literal} in the document when that is set (validation
     * refuses it), otherwise passed through a variable as {@code json} (variable coercion refuses it).
     */
    record Malformed(String literal, Object json) {
    }

    /** The value as graphql-java resolves it, to compare with its normalized arguments. */
    static Object resolved(Object value) {
        if (value instanceof EnumName enumName) {
            return enumName.name();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            map.forEach((name, fieldValue) -> resolved.put((String) name, resolved(fieldValue)));
            return resolved;
        }
        return value;
    }

    /** The value in a variables map. */
    static Object json(Object value) {
        if (value instanceof Malformed malformed) {
            return malformed.json();
        }
        return resolved(value);
    }

    /** The value as a GraphQL literal. */
    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof EnumName enumName) {
            return enumName.name();
        }
        if (value instanceof Malformed malformed) {
            return malformed.literal();
        }
        if (value instanceof String text) {
            // JSON string syntax is GraphQL string syntax for these values
            return Json.write(text);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> entry.getKey() + ": " + literal(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }
}
