package io.newsgraph.core.documents;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.FieldCoordinates;
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;

/**
 * Checks an operation with its variables, just before it runs and so before any SQL: its weighted cost
 * (see {@link OperationCost}) and that it pages each nested list one way only. Nested lists are loaded in
 * one batch per field for all their parents, so {@code comments(first: 3)} and {@code comments(first: 10)}
 * on articles in one operation would get pages cut to the wrong size; the client gets a clear error instead.
 */
public class OperationGuardInstrumentation extends SimplePerformantInstrumentation {

    private final long maxCost;

    public OperationGuardInstrumentation(long maxCost) {
        this.maxCost = maxCost;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                .createExecutableNormalizedOperation(context.getGraphQLSchema(), context.getOperationDefinition(),
                        context.getFragmentsByName(), context.getCoercedVariables());
        long cost = OperationCost.of(operation, context.getGraphQLSchema());
        if (cost > maxCost) {
            throw refusal(ApiErrors.of(ErrorCode.QUERY_TOO_COMPLEX, "The operation costs " + costText(cost)
                    + ", more than the " + maxCost + " allowed: ask for smaller pages or fewer nested lists."));
        }
        checkBatchArguments(operation);
        return SimpleInstrumentationContext.noOp();
    }

    private static void checkBatchArguments(ExecutableNormalizedOperation operation) {
        operation.getCoordinatesToNormalizedFields().asMap().forEach((coordinates, fields) -> {
            Object first = null;
            for (ExecutableNormalizedField field : fields) {
                if (field.getLevel() == 1) {
                    // top-level fields are resolved one by one, so aliases may page them differently
                    return;
                }
                Object arguments = comparable(field.getResolvedArguments());
                if (first == null) {
                    first = arguments;
                } else if (!first.equals(arguments)) {
                    throw refusal(conflict(coordinates, operation, field));
                }
            }
        });
    }

    /**
     * Argument values as they compare for meaning: a number is one number whether written as a literal, given in a
     * variable or taken from a default (SmallRye's scalars resolve them as different Java types), and an argument
     * given as null is one left out.
     */
    private static Object comparable(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> values = new HashMap<>();
            map.forEach((name, item) -> {
                if (item != null) {
                    values.put(name, comparable(item));
                }
            });
            return values;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OperationGuardInstrumentation::comparable).toList();
        }
        return value instanceof Enum<?> constant ? constant.name() : value;
    }

    private static ApiError conflict(FieldCoordinates coordinates, ExecutableNormalizedOperation operation,
            ExecutableNormalizedField field) {
        String name = coordinates.getTypeName() + "." + coordinates.getFieldName();
        return ApiErrors.of(ErrorCode.BAD_USER_INPUT, "'" + name + "' is asked for with different arguments in one"
                + " operation. Use the same arguments everywhere, or send separate operations.",
                operation.getMergedField(field).getSingleField().getSourceLocation());
    }

    private static String costText(long cost) {
        return cost == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : String.valueOf(cost);
    }

    private static AbortExecutionException refusal(ApiError error) {
        return new AbortExecutionException(List.of(error));
    }
}
