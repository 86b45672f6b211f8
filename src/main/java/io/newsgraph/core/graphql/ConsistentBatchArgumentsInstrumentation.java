package io.newsgraph.core.graphql;

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
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.FieldCoordinates;
import io.newsgraph.core.error.ErrorCode;

/**
 * Refuses an operation that asks for the same nested list with different arguments, such as
 * {@code comments(first: 3)} and {@code comments(first: 10)} on articles. Nested lists are loaded in
 * one batch per field for all their parents, so one operation can only page a field one way;
 * the client gets a clear error instead of pages cut to the wrong size.
 */
class ConsistentBatchArgumentsInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        if (context.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY) {
            ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                    .createExecutableNormalizedOperation(context.getGraphQLSchema(), context.getOperationDefinition(),
                            context.getFragmentsByName(), context.getCoercedVariables());
            checkArguments(operation);
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static void checkArguments(ExecutableNormalizedOperation operation) {
        operation.getCoordinatesToNormalizedFields().asMap().forEach((coordinates, fields) -> {
            Map<String, Object> first = null;
            for (ExecutableNormalizedField field : fields) {
                if (field.getLevel() == 1) {
                    return;
                }
                if (first == null) {
                    first = field.getResolvedArguments();
                } else if (!first.equals(field.getResolvedArguments())) {
                    throw conflict(coordinates, operation.getMergedField(field).getSingleField().getSourceLocation());
                }
            }
        });
    }

    private static AbortExecutionException conflict(FieldCoordinates coordinates, SourceLocation location) {
        String field = coordinates.getTypeName() + "." + coordinates.getFieldName();
        return new AbortExecutionException(List.of(new ApiError(
                "'" + field + "' is asked for with different arguments in one operation."
                        + " Use the same arguments everywhere, or send separate operations.",
                List.of(location), null, ErrorCode.BAD_USER_INPUT)));
    }
}
