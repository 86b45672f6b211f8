package io.newsgraph.testing.differential;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Says where two answers first differ, in words a person can act on: the JSON path and both values, or, when
 * the JSON is the same, where the bytes part.
 */
final class JsonDifference {

    private static final int SHOWN = 160;

    private JsonDifference() {
    }

    /** The first difference between two answers, or empty when they are byte-identical. */
    static Optional<String> between(Answer expected, Answer actual) {
        List<String> differences = new ArrayList<>();
        if (expected.status() != actual.status()) {
            differences.add("HTTP status: expected " + expected.status() + ", got " + actual.status());
        }
        if (!String.valueOf(expected.contentType()).equals(String.valueOf(actual.contentType()))) {
            differences.add("Content-Type: expected " + expected.contentType() + ", got " + actual.contentType());
        }
        if (!java.util.Arrays.equals(expected.body(), actual.body())) {
            differences.add(ofBodies(expected.body(), actual.body()));
        }
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", differences));
    }

    /** Where two bodies that are not byte-identical first differ. */
    static String ofBodies(byte[] expected, byte[] actual) {
        Optional<JsonNode> expectedJson = parse(expected);
        Optional<JsonNode> actualJson = parse(actual);
        if (expectedJson.isPresent() && actualJson.isPresent()) {
            Optional<String> difference = first("", expectedJson.get(), actualJson.get());
            if (difference.isPresent()) {
                return difference.get();
            }
            return "the same JSON in the same order, but different bytes (formatting or escaping): "
                    + byteDifference(expected, actual);
        }
        return "not both JSON: " + byteDifference(expected, actual);
    }

    /** The first difference between two JSON values, field order included. */
    static Optional<String> first(String path, JsonNode expected, JsonNode actual) {
        if (expected.getNodeType() != actual.getNodeType()) {
            return Optional.of(at(path) + "expected " + shown(expected) + ", got " + shown(actual));
        }
        if (expected.isObject()) {
            return firstInObject(path, expected, actual);
        }
        if (expected.isArray()) {
            int common = Math.min(expected.size(), actual.size());
            for (int i = 0; i < common; i++) {
                Optional<String> difference = first(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            if (expected.size() != actual.size()) {
                return Optional.of(at(path) + "expected " + expected.size() + " items, got " + actual.size());
            }
            return Optional.empty();
        }
        // equals tells 1 from 1.0 and "1" from 1, as bytes would
        return expected.equals(actual) ? Optional.empty()
                : Optional.of(at(path) + "expected " + shown(expected) + ", got " + shown(actual));
    }

    private static Optional<String> firstInObject(String path, JsonNode expected, JsonNode actual) {
        List<String> expectedNames = names(expected);
        List<String> actualNames = names(actual);
        for (String name : expectedNames) {
            if (actual.has(name)) {
                Optional<String> difference = first(path.isEmpty() ? name : path + "." + name, expected.get(name),
                        actual.get(name));
                if (difference.isPresent()) {
                    return difference;
                }
            } else {
                return Optional.of(at(path) + "expected field '" + name + "', missing; fields expected "
                        + expectedNames + ", got " + actualNames);
            }
        }
        if (!expectedNames.equals(actualNames)) {
            return Optional.of(at(path) + "fields expected " + expectedNames + ", got " + actualNames);
        }
        return Optional.empty();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    private static String at(String path) {
        return "at " + (path.isEmpty() ? "(root)" : path) + ": ";
    }

    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }

    private static String byteDifference(byte[] expected, byte[] actual) {
        int offset = 0;
        while (offset < expected.length && offset < actual.length && expected[offset] == actual[offset]) {
            offset++;
        }
        return "from byte " + offset + ", expected «" + excerpt(expected, offset) + "», got «" + excerpt(actual, offset)
                + "»";
    }

    private static String excerpt(byte[] bytes, int offset) {
        int from = Math.max(0, offset - 20);
        int to = Math.min(bytes.length, offset + 60);
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    private static Optional<JsonNode> parse(byte[] bytes) {
        try {
            return Optional.ofNullable(Json.read(bytes));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
