package io.newsgraph.core.documents;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import io.newsgraph.core.pagination.PageRequest;

/**
 * The weighted cost of an operation with its variables: every field costs 1, and the selections under a
 * paged field cost as many times over as the page it asks for. The resolvers' guard measures an operation
 * ({@link OperationGuardInstrumentation}), the read planner a plan with a request's pages, with the same formula
 * ({@link #of(List, ToLongFunction, Function)}).
 */
public final class OperationCost {

    private static final String FIRST = "first";
    private static final String LAST = "last";

    private OperationCost() {
    }

    static long of(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
        return of(operation.getTopLevelFields(), field -> pageSize(field, schema), ExecutableNormalizedField::getChildren);
    }

    /** The cost of fields: each costs 1, plus its children's cost times the page it asks for (1 if it is not paged). */
    public static <F> long of(List<F> fields, ToLongFunction<F> pageSize, Function<F, List<F>> children) {
        long cost = 0;
        for (F field : fields) {
            long childrenCost = of(children.apply(field), pageSize, children);
            cost = Saturating.sum(cost, Saturating.sum(1, Saturating.product(pageSize.applyAsLong(field), childrenCost)));
        }
        return cost;
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
