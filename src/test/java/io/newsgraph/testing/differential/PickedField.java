package io.newsgraph.testing.differential;

import java.util.List;

import graphql.schema.GraphQLFieldDefinition;

/**
 * One field of a {@link Selection} as the response shows it: its response key, its arguments and, for an object,
 * what is selected under it.
 *
 * @param alias null when the response key is the field's name
 * @param children null for a leaf
 * @param divergent set on both fields of a divergent pair, which are written once each, side by side, so that their
 *        answers sit side by side and each half of the operation can take the other out
 */
record PickedField(GraphQLFieldDefinition definition, String alias, List<ArgumentPick> arguments, Selection children,
        boolean divergent) {

    String responseKey() {
        return alias == null ? definition.getName() : alias;
    }

    boolean isLeaf() {
        return children == null;
    }
}
