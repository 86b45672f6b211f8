package io.newsgraph.testing.differential;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import graphql.schema.GraphQLObjectType;

/**
 * What an object of one type is asked for, as the answer will show it: each response key once, in order. The
 * {@link DocumentWriter} decides how it is spelt (fragments, directives, one field written twice).
 */
final class Selection {

    private final GraphQLObjectType type;
    private final List<PickedField> fields = new ArrayList<>();

    Selection(GraphQLObjectType type) {
        this.type = type;
    }

    GraphQLObjectType type() {
        return type;
    }

    List<PickedField> fields() {
        return fields;
    }

    void add(PickedField field) {
        fields.add(field);
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    Set<String> responseKeys() {
        Set<String> keys = new LinkedHashSet<>();
        fields.forEach(field -> keys.add(field.responseKey()));
        return keys;
    }

    /** How deep the selection nests, counted in fields as the service counts depth. */
    int depth() {
        int deepest = 0;
        for (PickedField field : fields) {
            deepest = Math.max(deepest, field.isLeaf() ? 0 : field.children().depth());
        }
        return deepest + 1;
    }
}
