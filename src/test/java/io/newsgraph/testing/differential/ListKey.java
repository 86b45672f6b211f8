package io.newsgraph.testing.differential;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;

/**
 * Which list a cursor belongs to: the field (type and name) and the arguments that choose the rows and their
 * order, such as a filter or {@code orderBy}, but not the page. For a nested list the parent is left out: its
 * arguments apply to every parent alike, since nested lists load in one batch.
 */
record ListKey(String coordinate, String arguments) {

    /** From arguments as graphql-java resolves them: defaults included, enum values as their names. */
    static ListKey of(String typeName, String fieldName, Map<String, Object> resolvedArguments) {
        return new ListKey(typeName + "." + fieldName, canonical(withoutPaging(resolvedArguments)));
    }

    /** From the arguments chosen for a field, with the schema's defaults for those not given. */
    static ListKey ofChoice(String typeName, GraphQLFieldDefinition field, Map<String, Object> chosen) {
        Map<String, Object> resolved = new TreeMap<>();
        for (GraphQLArgument argument : field.getArguments()) {
            if (chosen.containsKey(argument.getName())) {
                resolved.put(argument.getName(), ArgumentPick.resolved(chosen.get(argument.getName())));
            } else if (argument.hasSetDefaultValue()) {
                resolved.put(argument.getName(), GraphQLArgument.getArgumentDefaultValue(argument));
            }
        }
        return of(typeName, field.getName(), resolved);
    }

    private static Map<String, Object> withoutPaging(Map<String, Object> arguments) {
        Map<String, Object> rest = new TreeMap<>();
        arguments.forEach((name, value) -> {
            if (!Relay.isPagingArgument(name)) {
                rest.put(name, value);
            }
        });
        return rest;
    }

    /** Sorted, with null entries dropped: an explicit null and an absent argument choose the same rows. */
    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().filter(entry -> entry.getValue() != null)
                    .sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                    .map(entry -> entry.getKey() + "=" + canonical(entry.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ListKey::canonical).collect(Collectors.joining(",", "[", "]"));
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return coordinate + arguments;
    }
}
