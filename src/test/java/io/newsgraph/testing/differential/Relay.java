package io.newsgraph.testing.differential;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The Relay cursor connection conventions, recognised by the shape of a type rather than by its name, so that a
 * new list of the schema is treated like the others.
 */
final class Relay {

    static final String FIRST = "first";
    static final String LAST = "last";
    static final String AFTER = "after";
    static final String BEFORE = "before";

    private Relay() {
    }

    static boolean isPagingArgument(String name) {
        return name.equals(FIRST) || name.equals(LAST) || name.equals(AFTER) || name.equals(BEFORE);
    }

    /** A field that returns a page: it takes {@code first}. */
    static boolean isPaged(GraphQLFieldDefinition field) {
        return field.getArgument(FIRST) != null;
    }

    static boolean isConnection(GraphQLType type) {
        return hasFields(type, "edges", "pageInfo");
    }

    static boolean isEdge(GraphQLType type) {
        return hasFields(type, "cursor", "node");
    }

    static boolean isPageInfo(GraphQLType type) {
        return hasFields(type, "hasNextPage", "hasPreviousPage", "startCursor", "endCursor");
    }

    /** The named type under any list and non-null wrappers. */
    static GraphQLNamedType named(GraphQLType type) {
        return (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
    }

    private static boolean hasFields(GraphQLType type, String... names) {
        if (!(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLFieldsContainer container)) {
            return false;
        }
        for (String name : names) {
            if (container.getFieldDefinition(name) == null) {
                return false;
            }
        }
        return true;
    }
}
