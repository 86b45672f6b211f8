package io.newsgraph.core.graphql;

import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import io.newsgraph.core.error.ErrorCode;

/**
 * Over WebSocket the service runs subscriptions only. SmallRye's WebSocket handler would run a query or a mutation too,
 * but on the event loop, where the resolvers must not wait for the database, and past the HTTP gate; queries and
 * mutations have their one way in, over HTTP, which {@link ResolverExecution} marks.
 */
class WebSocketOperations extends SimplePerformantInstrumentation {

    /** The key {@link ResolverExecution} puts into the GraphQL context of what it executes. */
    static final String OVER_HTTP = WebSocketOperations.class.getName() + ".overHttp";

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        if (context.getOperationDefinition().getOperation() != OperationDefinition.Operation.SUBSCRIPTION
                && !context.getGraphQLContext().hasKey(OVER_HTTP)) {
            throw new AbortExecutionException(List.of(ApiErrors.of(ErrorCode.BAD_USER_INPUT, "Over WebSocket the"
                    + " service runs subscriptions only: send queries and mutations over HTTP to " + GraphQLRoutes.PATH
                    + ".")));
        }
        return SimpleInstrumentationContext.noOp();
    }
}
