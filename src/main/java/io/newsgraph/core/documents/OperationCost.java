package io.newsgraph.core.documents;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import io.newsgraph.core.pagination.PageRequest;

/**
 * The weighted cost of an operation with its variables: every field costs 1, and the selections under a
 * paged field cost as many times over as the page it asks for.
 */
final class OperationCost {

    private static final String FIRST = "first";
    private static final String LAST = "last";

    private OperationCost() {
    }

    static long of(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
        long cost = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            cost = Saturating.sum(cost, of(field, schema));
        }
        return cost;
    }

    private static long of(ExecutableNormalizedField field, GraphQLSchema schema) {
        long children = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            children = Saturating.sum(children, of(child, schema));
        }
        return Saturating.sum(1, Saturating.product(pageSize(field, schema), children));
    }

    /** The page a paged field asks for; 1 for any other field. */
    private static long pageSize(ExecutableNormalizedField field, GraphQLSchema schema) {
        boolean paged = field.getFieldDefinitions(schema).stream().map(GraphQLFieldDefinition::getArguments)
                .anyMatch(arguments -> arguments.stream().anyMatch(argument -> argument.getName().equals(FIRST)));
        if (!paged) {
            return 1;
        }
        Object size = field.getResolvedArguments().get(FIRST);
        if (size == null) {
            size = field.getResolvedArguments().get(LAST);
        }
        // a size out of range is refused by the resolver, with a clearer error than a cost would give
        return size instanceof Number number
                ? Math.min(PageRequest.MAX_SIZE, Math.max(1, number.longValue()))
                : PageRequest.DEFAULT_SIZE;
    }
}
