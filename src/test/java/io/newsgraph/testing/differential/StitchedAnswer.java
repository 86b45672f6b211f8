package io.newsgraph.testing.differential;

import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The answer a divergent operation must get, from the answers to its two halves (see {@link DivergentSplit}):
 * everything they share, once, with the second half's key right after the first's, where the operation has it.
 */
final class StitchedAnswer {

    private StitchedAnswer() {
    }

    /** @throws IllegalStateException when the halves do not fit together, which says the split was wrong */
    static JsonNode merge(JsonNode one, JsonNode other, String oneKey, String otherKey) {
        return merge(one, other, oneKey, otherKey, "");
    }

    private static JsonNode merge(JsonNode one, JsonNode other, String oneKey, String otherKey, String path) {
        if (one.isObject() && other.isObject()) {
            ObjectNode merged = Json.MAPPER.createObjectNode();
            for (Iterator<String> names = one.fieldNames(); names.hasNext();) {
                String name = names.next();
                String at = path.isEmpty() ? name : path + "." + name;
                if (name.equals(oneKey)) {
                    if (!other.has(otherKey)) {
                        throw mismatch(at, "the other half has no '" + otherKey + "' there");
                    }
                    merged.set(name, one.get(name));
                    merged.set(otherKey, other.get(otherKey));
                } else if (other.has(name)) {
                    merged.set(name, merge(one.get(name), other.get(name), oneKey, otherKey, at));
                } else {
                    throw mismatch(at, "only one half has it");
                }
            }
            for (Iterator<String> names = other.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!merged.has(name)) {
                    throw mismatch(path.isEmpty() ? name : path + "." + name, "only the other half has it");
                }
            }
            return merged;
        }
        if (one.isArray() && other.isArray()) {
            if (one.size() != other.size()) {
                throw mismatch(path, one.size() + " items against " + other.size());
            }
            var merged = Json.MAPPER.createArrayNode();
            for (int i = 0; i < one.size(); i++) {
                merged.add(merge(one.get(i), other.get(i), oneKey, otherKey, path + "[" + i + "]"));
            }
            return merged;
        }
        if (!one.equals(other)) {
            throw mismatch(path, one + " against " + other);
        }
        return one;
    }

    private static IllegalStateException mismatch(String path, String detail) {
        return new IllegalStateException("The halves of the divergent operation differ at " + path + ": " + detail);
    }
}
