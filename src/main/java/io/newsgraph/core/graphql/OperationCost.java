package io.newsgraph.core.graphql;

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
            cost = saturatedSum(cost, of(field, schema));
        }
        return cost;
    }

    private static long of(ExecutableNormalizedField field, GraphQLSchema schema) {
        long children = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            children = saturatedSum(children, of(child, schema));
        }
        return saturatedSum(1, saturatedProduct(pageSize(field, schema), children));
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

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedProduct(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
